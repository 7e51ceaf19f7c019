package org.readout.report.compare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readout.compare.Alignment;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.Finding;
import org.readout.compare.Framing;
import org.readout.compare.TopicCoverage;
import org.readout.compare.SideQuotes;
import org.readout.compare.SpeakerShare;
import org.readout.compare.Voice;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.time.TimelineEvent;
import org.readout.model.Evidence;
import org.readout.model.StatementMeta;
import org.readout.report.escape.MarkdownEscaper;
import org.readout.topics.CodedStatement;

/**
 * The comparison as an analyst's brief in Markdown: the statements, the findings (each with its
 * evidence sentences quoted, with who said them), the coverage matrix, topic order, aligned sentences,
 * framing, who each side quotes, the commitments (and those both sides report), and the timeline.
 * Thread-safe.
 */
public final class CompareMarkdown {
  static final List<String> TYPE_ORDER = List.of(Finding.SINGLE_SIDE, Finding.OUTCOME, Finding.INITIATIVE, Finding.MIRROR,
      Finding.CONTRAST, Finding.ONE_SIDED_REPORT, Finding.LENGTH_ASYMMETRY, Finding.ONE_SIDED_TOPIC, Finding.TOPIC_MENTIONED_BRIEFLY, Finding.SHARED_TOPIC,
      Finding.EMPHASIS_DIFFERENCE, Finding.MAIN_TOPIC, Finding.TOPIC_ORDER, Finding.CONVERGENCE, Finding.FRAMING_DIFFERENCE,
      Finding.COMMITMENT_MATCH, Finding.FIRMNESS_DIFFERENCE);

  private CompareMarkdown() {
  }

  public static String render(Comparison c) {
    StringBuilder sb = new StringBuilder();
    int n = c.statements().size();
    sb.append("# Comparison of ").append(n).append(n == 1 ? " statement\n\n" : " statements\n\n");
    sb.append("| id | side | publisher | date | kind | words | sentences | title |\n|---|---|---|---|---|---:|---:|---|\n");
    for (CodedStatement s : c.statements()) {
      StatementMeta m = s.statement().meta();
      sb.append("| ").append(cell(s.id())).append(" | ").append(cell(m.side())).append(" | ").append(cell(m.publisher()))
          .append(" | ").append(m.date() == null ? "" : m.date()).append(" | ").append(cell(m.kind())).append(" | ")
          .append(s.words()).append(" | ").append(s.sentences().size()).append(" | ")
          .append(cell(m.title())).append(" |\n");
    }
    sb.append("\n## Findings\n\n");
    for (String type : TYPE_ORDER) {
      List<Finding> fs = c.findings().stream().filter(f -> f.type().equals(type)).toList();
      if (fs.isEmpty()) {
        continue;
      }
      sb.append("### ").append(title(type)).append("\n\n");
      for (Finding f : fs) {
        sb.append("- ").append(inline(f.text())).append('\n');
        if (!type.equals(Finding.LENGTH_ASYMMETRY) && !type.equals(Finding.CONVERGENCE)) {
          for (Evidence e : f.evidence()) {
            sb.append("  - ").append(inline(e.statement())).append(" §").append(e.sentence()).append(": “")
                .append(inline(sentence(c, e.statement(), e.sentence()))).append("” *(").append(inline(e.rule())).append(")*");
            List<Voice> voices = c.voices(e);
            if (!voices.isEmpty()) {
              sb.append(" — ").append(inline(chain(voices)));
            }
            sb.append('\n');
          }
        }
      }
      sb.append('\n');
    }
    sb.append("## Coverage matrix\n\n");
    sb.append("Level (share of the statement's words, sentence indexes). *brief*: one sentence under ")
        .append(Math.round(Coverage.EXTENDED_SHARE * 100)).append("% of the words; *extended*: more.\n\n");
    sb.append("| topic |");
    for (CodedStatement s : c.statements()) {
      sb.append(' ').append(cell(s.id())).append(" |");
    }
    sb.append("\n|---|").append("---|".repeat(c.statements().size())).append('\n');
    for (TopicCoverage t : c.topics()) {
      if (c.statements().stream().noneMatch(s -> t.presentIn(s.id()))) {
        continue;
      }
      sb.append("| ").append(cell(t.label())).append(" |");
      for (CodedStatement s : c.statements()) {
        Coverage v = t.coverage().get(s.id());
        sb.append(' ').append(v.present()
            ? String.format(Locale.ROOT, "%s (%d%%; %s)", v.level(), Math.round(v.share() * 100),
                v.sentences().stream().map(String::valueOf).collect(Collectors.joining(", ")))
            : "—").append(" |");
      }
      sb.append('\n');
    }
    sb.append("\n## Topic order\n\n");
    for (CodedStatement s : c.statements()) {
      sb.append("- **").append(inline(s.id())).append("**: ").append(c.topicOrder().get(s.id()).stream()
          .map(id -> inline(c.topic(id).map(TopicCoverage::label).orElse(id))).collect(Collectors.joining(" → "))).append('\n');
    }
    sb.append("\n## Aligned sentences\n\n");
    if (c.alignments().isEmpty()) {
      sb.append("None above the alignment threshold.\n");
    }
    for (Alignment a : c.alignments()) {
      sb.append(String.format(Locale.ROOT, "- **%.2f** %s §%d “%s” ↔ %s §%d “%s”%s\n", a.score(), inline(a.a().statement()),
          a.a().sentence(), inline(sentence(c, a.a().statement(), a.a().sentence())), inline(a.b().statement()),
          a.b().sentence(), inline(sentence(c, a.b().statement(), a.b().sentence())),
          a.topics().isEmpty() ? "" : " *(" + inline(String.join(", ", a.topics())) + ")*"));
    }
    sb.append("\n## Framing on shared topics (keyness, G²)\n\n");
    if (c.framings().isEmpty()) {
      sb.append("No topic is shared across sides.\n");
    }
    for (Framing f : c.framings()) {
      sb.append("- **").append(inline(f.topic())).append("** — ").append(inline(f.statement())).append(" (vs ")
          .append(inline(f.other())).append("): ")
          .append(f.terms().stream().map(k -> String.format(Locale.ROOT, "%s (%d/%d, G²=%.2f)", inline(k.term()), k.count(),
              k.otherCount(), k.g2())).collect(Collectors.joining(", "))).append('\n');
    }
    quoted(c, sb);
    commitments(c, sb);
    timeline(c, sb);
    sb.append("\n## Sources\n\n");
    for (CodedStatement s : c.statements()) {
      StatementMeta m = s.statement().meta();
      sb.append("- ").append(inline(s.id())).append(": ").append(inline(m.publisher()))
          .append(m.url().isEmpty() ? "" : ", " + MarkdownEscaper.autolink(m.url()))
          .append(m.licence().isEmpty() ? "" : " — " + inline(m.licence())).append('\n');
    }
    sb.append("\nTopics coded with the codebook ").append(inline(c.codebook().source()))
        .append(" (phrase rules and bge-small-en-v1.5 sentence embeddings).\n");
    return sb.toString();
  }

  private static void quoted(Comparison c, StringBuilder sb) {
    sb.append("\n## Who is quoted\n\n");
    sb.append("Attributed speech per side: quotes, reported speech and transcript turns; share of the side's words.\n");
    for (SideQuotes q : c.quoted()) {
      sb.append("\n**").append(inline(q.side())).append("** (").append(inline(String.join(", ", q.statements()))).append(")\n\n");
      if (q.speakers().isEmpty()) {
        sb.append("No attributed speech.\n");
        continue;
      }
      sb.append("| speaker | actor | count | words | share |\n|---|---|---:|---:|---:|\n");
      for (SpeakerShare s : q.speakers()) {
        sb.append("| ").append(cell(s.speaker())).append(" | ").append(cell(s.speakerActor())).append(" | ")
            .append(s.attributions()).append(" | ").append(s.words()).append(" | ")
            .append(String.format(Locale.ROOT, "%.0f%%", s.share() * 100)).append(" |\n");
      }
    }
  }

  private static void commitments(Comparison c, StringBuilder sb) {
    sb.append("\n## Commitments\n\n");
    if (!c.commitmentPairs().isEmpty()) {
      sb.append("Reported by both sides:\n\n");
      for (CommitmentPairs.Pair p : c.commitmentPairs()) {
        sb.append(String.format(Locale.ROOT, "- **%s** (%s, %.2f) %s “%s” ↔ %s “%s”\n", inline(p.a().kind().id()),
            inline(String.join("+", p.a().actors())), p.similarity(), inline(p.a().id()), inline(p.a().action()),
            inline(p.b().id()), inline(p.b().action())));
      }
      sb.append('\n');
    }
    for (CodedStatement s : c.statements()) {
      List<Commitment> ks = c.commitmentsOf(s.id());
      sb.append("**").append(inline(s.id())).append("**").append(ks.isEmpty() ? ": none.\n" : "\n\n");
      for (Commitment k : ks) {
        sb.append("- §").append(k.sentence()).append(" **").append(inline(k.kind().id())).append(k.negated() ? " (negated)" : "")
            .append("** by ").append(k.actors().isEmpty() ? "?" : inline(String.join("+", k.actors()))).append(": “")
            .append(inline(k.action())).append('”');
        if (!k.condition().isEmpty()) {
          sb.append(" — if: “").append(inline(k.condition())).append('”');
        }
        List<Voice> voices = c.voices(k);
        if (!voices.isEmpty()) {
          sb.append(" — ").append(inline(chain(voices)));
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
  }

  private static void timeline(Comparison c, StringBuilder sb) {
    sb.append("## Timeline\n\n");
    if (c.events().isEmpty()) {
      sb.append("No dated events.\n");
    }
    for (TimelineEvent e : c.events()) {
      sb.append("- **").append(inline(e.date())).append("** ").append(inline(e.label())).append(" (")
          .append(e.evidence().stream().map(x -> inline(x.statement()) + " §" + x.sentence()).collect(Collectors.joining(", ")))
          .append(")\n");
    }
  }

  /** "said by Joseph Biden (USA), reported by Kremlin; …" — one entry per voice. */
  static String chain(List<Voice> voices) {
    return voices.stream().map(v -> "said by " + v.speaker() + (v.speakerActor().isEmpty() ? "" : " (" + v.speakerActor() + ")")
        + (v.reportedBy().isEmpty() ? "" : ", reported by " + String.join(" → ", v.reportedBy())))
        .collect(Collectors.joining("; "));
  }

  static String sentence(Comparison c, String statement, int index) {
    return c.statement(statement).map(s -> s.sentences().get(index).text()).orElse("");
  }

  private static String title(String type) {
    return Character.toUpperCase(type.charAt(0)) + type.substring(1).replace('-', ' ');
  }

  /** Text safe inside a Markdown paragraph or table cell (see {@link MarkdownEscaper}). */
  private static String inline(String s) {
    return MarkdownEscaper.escape(s);
  }

  private static String cell(String s) {
    return MarkdownEscaper.escape(s);
  }
}

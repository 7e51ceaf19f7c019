package org.readout.report.compare;

import static org.readout.report.escape.HtmlEscaper.escape;

import java.util.List;
import java.util.Locale;
import org.readout.compare.Alignment;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.Finding;
import org.readout.compare.TopicCoverage;
import org.readout.compare.SideQuotes;
import org.readout.compare.SpeakerShare;
import org.readout.compare.Voice;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.time.TimelineEvent;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.topics.CodedStatement;
import org.readout.topics.TopicHit;

/**
 * The comparison as one self-contained HTML file (inline CSS and JavaScript, nothing fetched at view
 * time): findings, a coverage heatmap whose cells list their sentences, the statements side by side
 * with topic highlighting (click a topic), the aligned pairs, who each side quotes, the commitments
 * (and those both sides report) and a compact timeline of dated events. Every piece of statement text and
 * metadata is HTML-escaped. Thread-safe.
 */
public final class CompareHtml {
  private static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5em;color:#222}
      h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;font-size:13px}
      .cols{display:grid;gap:1em}.col{border:1px solid #ddd;padding:.6em;border-radius:4px}
      .s{display:block;padding:2px 4px;margin:2px 0;border-left:3px solid transparent}
      .s .ix{color:#888;font-size:11px;margin-right:4px}.s .tp{color:#666;font-size:11px;margin-left:4px}
      .s.hl{background:#fff3b0;border-left-color:#e0a800}.s:target{outline:2px solid #3a7}
      .topic{display:inline-block;margin:2px;padding:2px 8px;border:1px solid #aaa;border-radius:10px;cursor:pointer;font-size:12px;background:#f6f6f6}
      .topic.on{background:#e0a800;color:#fff;border-color:#e0a800}
      .cell ul{margin:0;padding-left:1.1em}.cell li{font-size:12px}.lvl{font-weight:600}
      .muted{color:#777;font-size:12px}a{color:#145aa0;text-decoration:none}
      .tl{list-style:none;padding-left:0;border-left:2px solid #e0a800;margin-left:.4em}
      .tl li{margin:.3em 0;padding-left:.7em}.tl .d{font-weight:600;font-variant-numeric:tabular-nums;margin-right:.5em}
      .who{font-size:12px;color:#555}
      """;
  private static final String JS = """
      document.querySelectorAll('.topic').forEach(function(b){b.addEventListener('click',function(){
        var t=b.getAttribute('data-topic'),on=!b.classList.contains('on');
        document.querySelectorAll('.topic').forEach(function(x){x.classList.remove('on')});
        document.querySelectorAll('.s').forEach(function(s){s.classList.remove('hl')});
        if(on){b.classList.add('on');document.querySelectorAll('.s').forEach(function(s){
          if((' '+s.getAttribute('data-topics')+' ').indexOf(' '+t+' ')>=0){s.classList.add('hl')}})}
      })});
      """;

  private CompareHtml() {
  }

  public static String render(Comparison c) {
    StringBuilder sb = new StringBuilder(32_768);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Readout comparison</title><style>").append(CSS).append("</style></head><body>\n");
    sb.append("<h1>Comparison of ").append(c.statements().size()).append(" statements</h1>\n");
    sb.append("<table><tr><th>id</th><th>side</th><th>publisher</th><th>date</th><th>kind</th><th>words</th><th>sentences</th><th>title</th></tr>\n");
    for (CodedStatement s : c.statements()) {
      StatementMeta m = s.statement().meta();
      sb.append("<tr><td>").append(escape(s.id())).append("</td><td>").append(escape(m.side())).append("</td><td>")
          .append(escape(m.publisher())).append("</td><td>").append(m.date() == null ? "" : m.date()).append("</td><td>")
          .append(escape(m.kind())).append("</td><td>").append(s.words()).append("</td><td>")
          .append(s.sentences().size()).append("</td><td>").append(escape(m.title())).append("</td></tr>\n");
    }
    sb.append("</table>\n<h2>Findings</h2>\n<ul>\n");
    for (String type : CompareMarkdown.TYPE_ORDER) {
      for (Finding f : c.findings()) {
        if (!f.type().equals(type)) {
          continue;
        }
        sb.append("<li><span class=\"muted\">").append(escape(f.type())).append("</span> ").append(escape(f.text()));
        for (Evidence e : f.evidence()) {
          sb.append(" <a href=\"#").append(anchor(e.statement(), e.sentence())).append("\" title=\"")
              .append(escape(e.rule())).append("\">[").append(escape(e.statement())).append(" §").append(e.sentence()).append("]</a>");
          List<Voice> voices = c.voices(e);
          if (!voices.isEmpty()) {
            sb.append(" <span class=\"who\">(").append(escape(CompareMarkdown.chain(voices))).append(")</span>");
          }
        }
        sb.append("</li>\n");
      }
    }
    sb.append("</ul>\n<h2>Coverage</h2>\n<p class=\"muted\">Share of each statement's words; each cell lists its sentences. ")
        .append("brief: one sentence under ").append(Math.round(Coverage.EXTENDED_SHARE * 100))
        .append("% of the words; extended: more.</p>\n<table><tr><th>topic</th>");
    for (CodedStatement s : c.statements()) {
      sb.append("<th>").append(escape(s.id())).append("</th>");
    }
    sb.append("</tr>\n");
    for (TopicCoverage t : c.topics()) {
      if (c.statements().stream().noneMatch(s -> t.presentIn(s.id()))) {
        continue;
      }
      sb.append("<tr><td><span class=\"topic\" data-topic=\"").append(escape(t.topic())).append("\">").append(escape(t.label()))
          .append("</span></td>");
      for (CodedStatement s : c.statements()) {
        Coverage v = t.coverage().get(s.id());
        double alpha = Math.min(0.6, v.share() * 2.0); // capped so the cell text stays readable
        sb.append(String.format(Locale.ROOT, "<td class=\"cell\" style=\"background:rgba(224,120,0,%.2f)\">", alpha));
        if (v.present()) {
          sb.append(String.format(Locale.ROOT, "<span class=\"lvl\">%s</span> %d%%<ul>", v.level(), Math.round(v.share() * 100)));
          for (int i : v.sentences()) {
            sb.append("<li><a href=\"#").append(anchor(s.id(), i)).append("\">§").append(i).append("</a> ")
                .append(escape(shorten(s.sentences().get(i).text()))).append("</li>");
          }
          sb.append("</ul>");
        } else {
          sb.append("<span class=\"muted\">absent</span>");
        }
        sb.append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<h2>Statements</h2>\n<p class=\"muted\">Click a topic to highlight its sentences.</p>\n<div>");
    for (TopicCoverage t : c.topics()) {
      if (c.statements().stream().anyMatch(s -> t.presentIn(s.id()))) {
        sb.append("<span class=\"topic\" data-topic=\"").append(escape(t.topic())).append("\">").append(escape(t.label())).append("</span>");
      }
    }
    sb.append("</div>\n<div class=\"cols\" style=\"grid-template-columns:repeat(").append(c.statements().size())
        .append(",1fr)\">\n");
    for (CodedStatement s : c.statements()) {
      StatementMeta m = s.statement().meta();
      sb.append("<div class=\"col\"><h3>").append(escape(m.title().isEmpty() ? s.id() : m.title())).append("</h3><p class=\"muted\">")
          .append(escape(s.id())).append(" · ").append(escape(m.publisher())).append(m.date() == null ? "" : " · " + m.date())
          .append("</p>\n");
      for (Sentence x : s.sentences()) {
        List<TopicHit> hits = s.hits().get(x.index());
        String ids = String.join(" ", hits.stream().map(TopicHit::topic).toList());
        sb.append("<span class=\"s\" id=\"").append(anchor(s.id(), x.index())).append("\" data-topics=\"").append(escape(ids))
            .append("\"><span class=\"ix\">§").append(x.index()).append("</span>").append(escape(x.text()));
        if (!hits.isEmpty()) {
          sb.append("<span class=\"tp\">[");
          for (int k = 0; k < hits.size(); k++) {
            TopicHit h = hits.get(k);
            sb.append(k == 0 ? "" : ", ").append("<span title=\"").append(escape(h.rule()))
                .append(h.phrase().isEmpty() ? "" : escape(" '" + h.phrase() + "'"))
                .append(String.format(Locale.ROOT, " score %.3f", h.score())).append("\">").append(escape(h.topic())).append("</span>");
          }
          sb.append("]</span>");
        }
        sb.append("</span>\n");
      }
      sb.append("</div>\n");
    }
    sb.append("</div>\n<h2>Aligned sentences</h2>\n<table><tr><th>score</th><th>sentence</th><th>sentence</th><th>topics</th></tr>\n");
    for (Alignment a : c.alignments()) {
      sb.append(String.format(Locale.ROOT, "<tr><td>%.2f</td>", a.score()))
          .append("<td><a href=\"#").append(anchor(a.a().statement(), a.a().sentence())).append("\">")
          .append(escape(a.a().statement())).append(" §").append(a.a().sentence()).append("</a> ")
          .append(escape(CompareMarkdown.sentence(c, a.a().statement(), a.a().sentence()))).append("</td>")
          .append("<td><a href=\"#").append(anchor(a.b().statement(), a.b().sentence())).append("\">")
          .append(escape(a.b().statement())).append(" §").append(a.b().sentence()).append("</a> ")
          .append(escape(CompareMarkdown.sentence(c, a.b().statement(), a.b().sentence()))).append("</td><td>")
          .append(escape(String.join(", ", a.topics()))).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    quoted(c, sb);
    commitments(c, sb);
    timeline(c, sb);
    sb.append("<h2>Sources</h2>\n<ul>\n");
    for (CodedStatement s : c.statements()) {
      StatementMeta m = s.statement().meta();
      sb.append("<li>").append(escape(s.id())).append(": ").append(escape(m.publisher())).append(m.url().isEmpty() ? "" : " — " + escape(m.url()))
          .append(m.licence().isEmpty() ? "" : " — " + escape(m.licence())).append("</li>\n");
    }
    sb.append("</ul>\n<script>").append(JS).append("</script>\n</body></html>\n");
    return sb.toString();
  }

  private static void quoted(Comparison c, StringBuilder sb) {
    sb.append("<h2>Who is quoted</h2>\n<p class=\"muted\">Attributed speech per side (quotes, reported speech, transcript turns); ")
        .append("share of the side's words.</p>\n<table><tr><th>side</th><th>speaker</th><th>actor</th><th>count</th><th>words</th><th>share</th></tr>\n");
    for (SideQuotes q : c.quoted()) {
      if (q.speakers().isEmpty()) {
        sb.append("<tr><td>").append(escape(q.side())).append("</td><td colspan=\"5\" class=\"muted\">no attributed speech</td></tr>\n");
      }
      for (SpeakerShare s : q.speakers()) {
        sb.append("<tr><td>").append(escape(q.side())).append("</td><td>").append(escape(s.speaker())).append("</td><td>")
            .append(escape(s.speakerActor())).append("</td><td>").append(s.attributions()).append("</td><td>").append(s.words())
            .append(String.format(Locale.ROOT, "</td><td>%.0f%%</td></tr>\n", s.share() * 100));
      }
    }
    sb.append("</table>\n");
  }

  private static void commitments(Comparison c, StringBuilder sb) {
    sb.append("<h2>Commitments</h2>\n");
    if (!c.commitmentPairs().isEmpty()) {
      sb.append("<p>Reported by both sides:</p>\n<table><tr><th>kind</th><th>actors</th><th>score</th><th>commitment</th><th>commitment</th></tr>\n");
      for (CommitmentPairs.Pair p : c.commitmentPairs()) {
        sb.append("<tr><td>").append(escape(p.a().kind().id())).append("</td><td>").append(escape(String.join("+", p.a().actors())))
            .append(String.format(Locale.ROOT, "</td><td>%.2f</td>", p.similarity()));
        for (Commitment k : List.of(p.a(), p.b())) {
          sb.append("<td><a href=\"#").append(anchor(k.statement(), k.sentence())).append("\">").append(escape(k.id()))
              .append("</a> ").append(escape(k.action())).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("<table><tr><th>commitment</th><th>kind</th><th>actors</th><th>action</th><th>condition</th><th>said by</th></tr>\n");
    for (CodedStatement s : c.statements()) {
      for (Commitment k : c.commitmentsOf(s.id())) {
        sb.append("<tr><td><a href=\"#").append(anchor(k.statement(), k.sentence())).append("\">").append(escape(k.id()))
            .append("</a></td><td>").append(escape(k.kind().id())).append(k.negated() ? " (negated)" : "").append("</td><td>")
            .append(escape(String.join("+", k.actors()))).append("</td><td>").append(escape(k.action())).append("</td><td>")
            .append(escape(k.condition())).append("</td><td class=\"who\">").append(escape(CompareMarkdown.chain(c.voices(k))))
            .append("</td></tr>\n");
      }
    }
    sb.append("</table>\n");
  }

  private static void timeline(Comparison c, StringBuilder sb) {
    sb.append("<h2>Timeline</h2>\n");
    if (c.events().isEmpty()) {
      sb.append("<p class=\"muted\">No dated events.</p>\n");
      return;
    }
    sb.append("<ul class=\"tl\">\n");
    for (TimelineEvent e : c.events()) {
      sb.append("<li><span class=\"d\">").append(escape(e.date())).append("</span>").append(escape(e.label()));
      for (TimelineEvent.EventEvidence x : e.evidence()) {
        sb.append(" <a href=\"#").append(anchor(x.statement(), x.sentence())).append("\">[").append(escape(x.statement()))
            .append(" §").append(x.sentence()).append("]</a>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  /** A fragment id that is safe whatever the statement id contains. */
  private static String anchor(String statement, int sentence) {
    StringBuilder sb = new StringBuilder("s-");
    for (char ch : statement.toCharArray()) {
      sb.append(Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' ? ch : '_');
    }
    return sb.append('-').append(sentence).toString();
  }

  private static String shorten(String t) {
    return t.length() <= 90 ? t : t.substring(0, 87) + "…";
  }
}

package org.readout.report.commitments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.readout.commitments.Commitment;
import org.readout.commitments.SpeakerLink;
import org.readout.commitments.TrackedCommitment;
import org.readout.report.escape.CsvWriter;
import org.readout.report.escape.JsonWriter;
import org.readout.report.escape.MarkdownEscaper;

/**
 * Renders commitments as JSON (the shape of issue 4: {@code {"commitments": [ {id, statement, sentence,
 * start, end, text, kind, actors, addressees, speakers, speakerChain, action, condition, topics, reportedBy, status,
 * history: [ {date, status, evidence: {statement, sentence}, by, note, confidence} ] } ] }}, followed by
 * the extensions {@code negated}, {@code refrain}, {@code rule}, {@code confidence}), Markdown or CSV.
 * Lists are sorted by statement, sentence, start and id, so output is deterministic. Stateless and
 * thread-safe.
 */
public final class CommitmentRenderer {
  private static final Comparator<TrackedCommitment> ORDER = Comparator
      .comparing((TrackedCommitment t) -> t.commitment().statement())
      .thenComparingInt(t -> t.commitment().sentence())
      .thenComparingInt(t -> t.commitment().start())
      .thenComparing(TrackedCommitment::id);

  private CommitmentRenderer() {
  }

  public static String render(List<TrackedCommitment> commitments, CommitmentFormat format) {
    List<TrackedCommitment> sorted = commitments.stream().sorted(ORDER).toList();
    return switch (format) {
      case JSON -> json(sorted);
      case MD -> markdown(sorted);
      case CSV -> csv(sorted);
    };
  }

  static String json(List<TrackedCommitment> cs) {
    ObjectNode root = JsonWriter.object();
    ArrayNode arr = root.putArray("commitments");
    for (TrackedCommitment t : cs) {
      CommitmentJson.write(arr.addObject(), t);
    }
    return JsonWriter.write(root);
  }

  static String markdown(List<TrackedCommitment> cs) {
    StringBuilder b = new StringBuilder();
    b.append("| id | kind | actors | addressees | voiced by | action | condition | reported by | status | evidence |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (TrackedCommitment t : cs) {
      Commitment c = t.commitment();
      String kind = c.kind().id() + (c.negated() ? " (negated)" : "") + (c.refrain() ? " (refrain)" : "");
      String evidence = c.statement() + " s" + c.sentence() + ' ' + c.start() + '–' + c.end() + " (" + c.rule() + ')';
      for (String cell : new String[] {c.id(), kind, String.join(", ", c.actors()), String.join(", ", c.addressees())}) {
        b.append("| ").append(MarkdownEscaper.escape(cell)).append(' ');
      }
      b.append("| ").append(chain(c, MarkdownEscaper::escape)).append(' ');
      for (String cell : new String[] {c.statedAction(), c.condition(), c.reportedBy(), t.status().id(), evidence}) {
        b.append("| ").append(MarkdownEscaper.escape(cell)).append(' ');
      }
      b.append("|\n");
    }
    return b.toString();
  }

  /** The chain as one cell, outermost first: {@code Jake Sullivan (turn) > Joseph Biden (indirect: told)}. */
  static String chain(Commitment c) {
    return chain(c, s -> s);
  }

  /** The chain with each name, type and cue passed through {@code escape}; the {@code " > "} between links is kept. */
  private static String chain(Commitment c, UnaryOperator<String> escape) {
    StringBuilder b = new StringBuilder();
    for (SpeakerLink l : c.speakerChain()) {
      b.append(b.length() == 0 ? "" : " > ").append(escape.apply(l.speaker())).append(" (").append(escape.apply(l.type()));
      if (!l.cue().isEmpty() && !"turn".equals(l.type())) {
        b.append(": ").append(escape.apply(l.cue()));
      }
      b.append(')');
    }
    return b.toString();
  }

  static String csv(List<TrackedCommitment> cs) {
    CsvWriter csv = new CsvWriter("id", "statement", "sentence", "start", "end", "kind", "negated", "refrain", "actors",
        "addressees", "speakers", "speakerChain", "action", "condition", "topics", "reportedBy", "status", "rule",
        "confidence", "text");
    for (TrackedCommitment t : cs) {
      Commitment c = t.commitment();
      csv.row(c.id(), c.statement(), c.sentence(), c.start(), c.end(), c.kind().id(), c.negated(), c.refrain(),
          String.join(";", c.actors()), String.join(";", c.addressees()), String.join(";", c.speakers()), chain(c),
          c.action(), c.condition(), String.join(";", c.topics()), c.reportedBy(), t.status().id(), c.rule(),
          CommitmentJson.round(c.confidence()), c.text());
    }
    return csv.toString();
  }
}

package org.readout.report.commitments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.readout.commitments.Commitment;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.SpeakerLink;
import org.readout.commitments.TrackedCommitment;
import org.readout.report.AtomicFiles;

/**
 * Renders commitments as JSON (the shape of issue 4: {@code {"commitments": [ {id, statement, sentence,
 * start, end, text, kind, actors, addressees, speakers, speakerChain, action, condition, topics, reportedBy, status,
 * history: [ {date, status, evidence: {statement, sentence}, by, note, confidence} ] } ] }}, followed by
 * the extensions {@code negated}, {@code refrain}, {@code rule}, {@code confidence}), Markdown or CSV.
 * Lists are sorted by statement, sentence, start and id, so output is deterministic. Stateless and
 * thread-safe.
 */
public final class CommitmentRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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
    ObjectNode root = JSON.createObjectNode();
    ArrayNode arr = root.putArray("commitments");
    for (TrackedCommitment t : cs) {
      Commitment c = t.commitment();
      ObjectNode o = arr.addObject();
      o.put("id", c.id());
      o.put("statement", c.statement());
      o.put("sentence", c.sentence());
      o.put("start", c.start());
      o.put("end", c.end());
      o.put("text", c.text());
      o.put("kind", c.kind().id());
      strings(o.putArray("actors"), c.actors());
      strings(o.putArray("addressees"), c.addressees());
      strings(o.putArray("speakers"), c.speakers());
      ArrayNode chain = o.putArray("speakerChain");
      for (SpeakerLink l : c.speakerChain()) {
        ObjectNode n = chain.addObject();
        n.put("speaker", l.speaker());
        n.put("speakerActor", l.speakerActor());
        n.put("type", l.type());
        n.put("cue", l.cue());
      }
      o.put("action", c.action());
      o.put("condition", c.condition());
      strings(o.putArray("topics"), c.topics());
      o.put("reportedBy", c.reportedBy());
      o.put("status", t.status().id());
      ArrayNode hist = o.putArray("history");
      for (HistoryEntry h : t.history()) {
        ObjectNode e = hist.addObject();
        e.put("date", h.date() == null ? null : h.date().toString());
        e.put("status", h.status().id());
        ObjectNode ev = e.putObject("evidence");
        ev.put("statement", h.evidenceStatement());
        ev.put("sentence", h.evidenceSentence());
        e.put("by", h.by());
        e.put("note", h.note());
        e.put("confidence", round(h.confidence()));
      }
      o.put("negated", c.negated());
      o.put("refrain", c.refrain());
      o.put("rule", c.rule());
      o.put("confidence", round(c.confidence()));
      t.status().compliance().ifPresentOrElse(v -> o.put("compliance", v), () -> o.putNull("compliance"));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise commitments", e);
    }
  }

  static String markdown(List<TrackedCommitment> cs) {
    StringBuilder b = new StringBuilder();
    b.append("| id | kind | actors | addressees | voiced by | action | condition | reported by | status | evidence |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (TrackedCommitment t : cs) {
      Commitment c = t.commitment();
      b.append("| ").append(md(c.id()))
          .append(" | ").append(c.kind().id()).append(c.negated() ? " (negated)" : "").append(c.refrain() ? " (refrain)" : "")
          .append(" | ").append(String.join(", ", c.actors()))
          .append(" | ").append(String.join(", ", c.addressees()))
          .append(" | ").append(md(chain(c)))
          .append(" | ").append(md(c.action()))
          .append(" | ").append(md(c.condition()))
          .append(" | ").append(c.reportedBy())
          .append(" | ").append(t.status().id())
          .append(" | ").append(md(c.statement())).append(" s").append(c.sentence()).append(' ')
          .append(c.start()).append('–').append(c.end()).append(" (").append(md(c.rule())).append(')')
          .append(" |\n");
    }
    return b.toString();
  }

  /** The chain as one cell, outermost first: {@code Jake Sullivan (turn) > Joseph Biden (indirect: told)}. */
  static String chain(Commitment c) {
    StringBuilder b = new StringBuilder();
    for (SpeakerLink l : c.speakerChain()) {
      b.append(b.length() == 0 ? "" : " > ").append(l.speaker()).append(" (").append(l.type());
      if (!l.cue().isEmpty() && !"turn".equals(l.type())) {
        b.append(": ").append(l.cue());
      }
      b.append(')');
    }
    return b.toString();
  }

  static String csv(List<TrackedCommitment> cs) {
    StringBuilder b = new StringBuilder(
        "id,statement,sentence,start,end,kind,negated,refrain,actors,addressees,speakers,speakerChain,action,condition,topics,reportedBy,status,rule,confidence,text\r\n");
    for (TrackedCommitment t : cs) {
      Commitment c = t.commitment();
      String[] row = {c.id(), c.statement(), Integer.toString(c.sentence()), Integer.toString(c.start()),
          Integer.toString(c.end()), c.kind().id(), Boolean.toString(c.negated()), Boolean.toString(c.refrain()),
          String.join(";", c.actors()), String.join(";", c.addressees()), String.join(";", c.speakers()), chain(c), c.action(),
          c.condition(), String.join(";", c.topics()), c.reportedBy(), t.status().id(), c.rule(),
          Double.toString(round(c.confidence())), c.text()};
      for (int i = 0; i < row.length; i++) {
        b.append(i == 0 ? "" : ",").append(csvField(row[i]));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  /** Writes {@code content} to {@code out} atomically (see {@link AtomicFiles}). */
  public static void writeAtomically(Path out, String content) {
    AtomicFiles.write(out, content);
  }

  private static void strings(ArrayNode a, List<String> xs) {
    xs.forEach(a::add);
  }

  private static double round(double d) {
    return Math.round(d * 100.0) / 100.0;
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}

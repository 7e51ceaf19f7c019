package org.readout.report.commitments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.readout.commitments.Commitment;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.SpeakerLink;
import org.readout.commitments.TrackedCommitment;

/**
 * The one JSON shape of a commitment, written by {@code readout commitments} (list and set too) and,
 * for each statement, by {@code readout compare}: {@code id, statement, sentence, start, end, text,
 * kind, actors, addressees, speakers, speakerChain [{speaker, speakerActor, type, cue}], action,
 * condition, topics, reportedBy, status, history [{date, status, evidence {statement, sentence}, by,
 * note, confidence}], negated, refrain, rule, confidence, compliance}, in that order; confidences
 * rounded to two decimals. Stateless and thread-safe.
 */
public final class CommitmentJson {
  private CommitmentJson() {
  }

  /** Fills {@code o} (empty) with {@code t}. */
  public static void write(ObjectNode o, TrackedCommitment t) {
    Commitment c = t.commitment();
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

  static double round(double d) {
    return Math.round(d * 100.0) / 100.0;
  }

  private static void strings(ArrayNode a, List<String> xs) {
    xs.forEach(a::add);
  }
}

package org.readout.report.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readout.compare.Alignment;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.Finding;
import org.readout.compare.Framing;
import org.readout.compare.KeyTerm;
import org.readout.compare.SentenceRef;
import org.readout.compare.TopicCoverage;
import org.readout.compare.SideQuotes;
import org.readout.compare.SpeakerShare;
import org.readout.compare.Voice;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.commitments.TrackedCommitment;
import org.readout.report.commitments.CommitmentJson;
import org.readout.time.TimelineEvent;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.topics.CodedStatement;
import org.readout.topics.TopicHit;
import org.readout.report.escape.JsonWriter;

/**
 * The comparison as pretty-printed JSON, fields in a fixed order (schema:
 * {@code docs/schema/compare.schema.json}). Built as a tree so the order is explicit. Thread-safe.
 */
public final class CompareJson {
  private CompareJson() {
  }

  public static String render(Comparison c) {
    return JsonWriter.write(tree(c));
  }

  /** The JSON tree (for tests and other renderers). */
  public static ObjectNode tree(Comparison c) {
    ObjectNode root = JsonWriter.object();
    root.put("codebook", c.codebook().source());
    ArrayNode statements = root.putArray("statements");
    for (CodedStatement s : c.statements()) {
      StatementMeta m = s.statement().meta();
      ObjectNode o = statements.addObject();
      o.put("id", s.id());
      o.put("side", m.side());
      o.put("publisher", m.publisher());
      o.put("title", m.title());
      if (m.date() != null) {
        o.put("date", m.date().toString());
      } else {
        o.putNull("date");
      }
      o.put("kind", m.kind());
      o.put("url", m.url());
      o.put("licence", m.licence());
      o.put("words", s.words());
      o.put("sentenceCount", s.sentences().size());
      ArrayNode order = o.putArray("topicOrder");
      c.topicOrder().getOrDefault(s.id(), java.util.List.of()).forEach(order::add);
      ArrayNode sentences = o.putArray("sentences");
      for (Sentence x : s.sentences()) {
        ObjectNode so = sentences.addObject();
        so.put("index", x.index());
        so.put("start", x.start());
        so.put("end", x.end());
        so.put("text", x.text());
        so.put("words", s.words(x.index()));
        ArrayNode topics = so.putArray("topics");
        ArrayNode hits = so.putArray("hits");
        for (TopicHit h : s.hits().get(x.index())) {
          topics.add(h.topic());
          ObjectNode ho = hits.addObject();
          ho.put("topic", h.topic());
          ho.put("rule", h.rule());
          ho.put("phrase", h.phrase());
          ho.put("score", h.score());
          ho.put("example", h.example());
          ho.put("start", h.start());
          ho.put("end", h.end());
        }
      }
      ArrayNode commitments = o.putArray("commitments");
      for (Commitment k : c.commitmentsOf(s.id())) {
        CommitmentJson.write(commitments.addObject(), TrackedCommitment.fresh(k, m.meeting(), m.date()));
      }
      ArrayNode speakers = o.putArray("speakers");
      for (SpeakerShare sp : c.speakers().getOrDefault(s.id(), java.util.List.of())) {
        share(speakers.addObject(), sp);
      }
    }
    ArrayNode topics = root.putArray("topics");
    for (TopicCoverage t : c.topics()) {
      ObjectNode o = topics.addObject();
      o.put("id", t.topic());
      o.put("label", t.label());
      ObjectNode cov = o.putObject("coverage");
      for (Coverage v : t.coverage().values()) {
        ObjectNode co = cov.putObject(v.statement());
        co.put("level", v.level());
        ArrayNode idx = co.putArray("sentences");
        v.sentences().forEach(idx::add);
        co.put("words", v.words());
        co.put("share", v.share());
        if (v.firstSentence() >= 0) {
          co.put("firstSentence", v.firstSentence());
        } else {
          co.putNull("firstSentence");
        }
      }
    }
    ArrayNode alignments = root.putArray("alignments");
    for (Alignment a : c.alignments()) {
      ObjectNode o = alignments.addObject();
      ref(o.putObject("a"), a.a());
      ref(o.putObject("b"), a.b());
      o.put("score", a.score());
      o.put("cosine", a.cosine());
      o.put("lexical", a.lexical());
      ArrayNode ts = o.putArray("topics");
      a.topics().forEach(ts::add);
      ArrayNode terms = o.putArray("terms");
      a.terms().forEach(terms::add);
    }
    ArrayNode framing = root.putArray("framing");
    for (Framing f : c.framings()) {
      ObjectNode o = framing.addObject();
      o.put("topic", f.topic());
      o.put("statement", f.statement());
      o.put("other", f.other());
      ArrayNode terms = o.putArray("terms");
      for (KeyTerm k : f.terms()) {
        ObjectNode ko = terms.addObject();
        ko.put("term", k.term());
        ko.put("count", k.count());
        ko.put("otherCount", k.otherCount());
        ko.put("g2", k.g2());
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : c.findings()) {
      ObjectNode o = findings.addObject();
      o.put("type", f.type());
      if (f.topic().isEmpty()) {
        o.putNull("topic");
      } else {
        o.put("topic", f.topic());
      }
      ArrayNode st = o.putArray("statements");
      f.statements().forEach(st::add);
      o.put("text", f.text());
      ArrayNode ev = o.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ObjectNode eo = ev.addObject();
        eo.put("statement", e.statement());
        eo.put("sentence", e.sentence());
        eo.put("start", e.start());
        eo.put("end", e.end());
        eo.put("rule", e.rule());
        java.util.List<Voice> voices = c.voices(e);
        if (!voices.isEmpty()) {
          voices(eo.putArray("speakers"), voices);
        }
      }
    }
    ArrayNode pairs = root.putArray("commitmentPairs");
    for (CommitmentPairs.Pair p : c.commitmentPairs()) {
      ObjectNode o = pairs.addObject();
      pairSide(o.putObject("a"), p.a());
      pairSide(o.putObject("b"), p.b());
      o.put("kind", p.a().kind().id());
      ArrayNode actors = o.putArray("actors");
      p.a().actors().forEach(actors::add);
      o.put("score", p.similarity());
      o.put("rule", p.rule());
    }
    ArrayNode quoted = root.putArray("quoted");
    for (SideQuotes q : c.quoted()) {
      ObjectNode o = quoted.addObject();
      o.put("side", q.side());
      ArrayNode st = o.putArray("statements");
      q.statements().forEach(st::add);
      o.put("words", q.words());
      ArrayNode sp = o.putArray("speakers");
      for (SpeakerShare x : q.speakers()) {
        share(sp.addObject(), x);
      }
    }
    ObjectNode accounts = root.putObject("accounts");
    ArrayNode compared = accounts.putArray("compared");
    c.accounts().accounts().forEach(compared::add);
    ArrayNode aside = accounts.putArray("setAside");
    for (org.readout.compare.Accounts.SetAside a : c.accounts().setAside()) {
      ObjectNode o = aside.addObject();
      o.put("id", a.id());
      o.put("side", a.side());
      o.put("kind", a.kind());
      o.put("reason", a.reason());
    }
    ArrayNode notes = accounts.putArray("notes");
    c.accounts().notes().forEach(notes::add);
    ArrayNode events = root.putArray("events");
    for (TimelineEvent e : c.events()) {
      ObjectNode o = events.addObject();
      o.put("date", e.date());
      o.put("label", e.label());
      o.put("kind", e.kind());
      ArrayNode ev = o.putArray("evidence");
      for (TimelineEvent.EventEvidence x : e.evidence()) {
        ObjectNode xo = ev.addObject();
        xo.put("statement", x.statement());
        xo.put("sentence", x.sentence());
        xo.put("start", x.start());
        xo.put("end", x.end());
      }
    }
    return root;
  }

  private static void pairSide(ObjectNode o, Commitment k) {
    o.put("statement", k.statement());
    o.put("sentence", k.sentence());
    o.put("commitment", k.id());
  }

  private static void share(ObjectNode o, SpeakerShare s) {
    o.put("speaker", s.speaker());
    o.put("speakerId", s.speakerId());
    o.put("speakerActor", s.speakerActor());
    o.put("attributions", s.attributions());
    o.put("words", s.words());
    o.put("share", s.share());
  }

  private static void voices(ArrayNode arr, java.util.List<Voice> voices) {
    for (Voice v : voices) {
      ObjectNode o = arr.addObject();
      o.put("speaker", v.speaker());
      o.put("speakerId", v.speakerId());
      o.put("speakerActor", v.speakerActor());
      o.put("type", v.type());
      o.put("cue", v.cue());
      strings(o.putArray("reportedBy"), v.reportedBy());
    }
  }

  private static void strings(ArrayNode arr, java.util.List<String> xs) {
    xs.forEach(arr::add);
  }

  private static void ref(ObjectNode o, SentenceRef r) {
    o.put("statement", r.statement());
    o.put("sentence", r.sentence());
    o.put("start", r.start());
    o.put("end", r.end());
  }
}

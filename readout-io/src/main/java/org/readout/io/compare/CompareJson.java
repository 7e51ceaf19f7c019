package org.readout.io.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.topics.CodedStatement;
import org.readout.topics.TopicHit;

/**
 * The comparison as pretty-printed JSON, fields in a fixed order (schema:
 * {@code docs/schema/compare.schema.json}). Built as a tree so the order is explicit. Thread-safe.
 */
public final class CompareJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CompareJson() {
  }

  public static String render(Comparison c) {
    try {
      return MAPPER.writeValueAsString(tree(c)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise comparison", e);
    }
  }

  /** The JSON tree (for tests and other renderers). */
  public static ObjectNode tree(Comparison c) {
    ObjectNode root = MAPPER.createObjectNode();
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
      }
    }
    return root;
  }

  private static void ref(ObjectNode o, SentenceRef r) {
    o.put("statement", r.statement());
    o.put("sentence", r.sentence());
    o.put("start", r.start());
    o.put("end", r.end());
  }
}

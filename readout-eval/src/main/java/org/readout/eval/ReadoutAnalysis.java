package org.readout.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.compare.Comparison;
import org.readout.compare.Finding;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.time.TemporalExpression;

/**
 * {@link Analysis} over the {@link Readout} façade, as the {@code commitments}, {@code attributions},
 * {@code timeline} and {@code compare} commands run it: each statement is analysed once by the engine's
 * stages (topics by phrase rules only: what is scored here does not depend on embeddings) and its
 * commitments, attributions and temporal expressions are read from its layers; findings come from
 * {@link Readout#compare}, with sentence embeddings as the engine has them. This class is the only place
 * the evaluation touches the analysis; analysed statements are cached by id. Not thread-safe.
 */
public final class ReadoutAnalysis implements Analysis {
  private final Readout readout;
  private final Readout rules;
  private final Map<String, AnalyzedStatement> analysed = new LinkedHashMap<>();
  private final Map<String, AnalyzedStatement> compared = new LinkedHashMap<>();

  /** An analysis by {@code readout}'s configuration; findings by {@code readout} itself. */
  public ReadoutAnalysis(Readout readout) {
    this.readout = readout;
    this.rules = Readout.builder().config(readout.config()).embedder(null).build();
  }

  public static ReadoutAnalysis standard() {
    return new ReadoutAnalysis(Readout.standard());
  }

  private AnalyzedStatement doc(Statement s) {
    return cached(analysed, rules, s);
  }

  private static AnalyzedStatement cached(Map<String, AnalyzedStatement> cache, Readout engine, Statement s) {
    AnalyzedStatement d = cache.get(s.id());
    if (d == null || !d.statement().equals(s)) {
      d = engine.analyze(s);
      cache.put(s.id(), d);
    }
    return d;
  }

  @Override
  public List<Predictions.Sentence> sentences(Statement s) {
    List<Predictions.Sentence> out = new ArrayList<>();
    for (Sentence x : doc(s).sentences()) {
      out.add(new Predictions.Sentence(x.index(), x.start(), x.end()));
    }
    return out;
  }

  @Override
  public List<Predictions.Commitment> commitments(Statement s) {
    List<Predictions.Commitment> out = new ArrayList<>();
    for (Commitment c : doc(s).require(Layers.COMMITMENTS)) {
      out.add(new Predictions.Commitment(c.start(), c.end(), c.kind().id(), new TreeSet<>(c.actors()), c.refrain(),
          c.negated(), c.condition(), c.text(), c.rule(), c.confidence()));
    }
    return out;
  }

  @Override
  public List<Predictions.Attribution> attributions(Statement s) {
    List<Predictions.Attribution> out = new ArrayList<>();
    for (Attribution a : doc(s).require(Layers.ATTRIBUTIONS)) {
      out.add(new Predictions.Attribution(a.start(), a.end(), a.type().label(), a.speaker(), a.speakerId(),
          a.speakerActor(), a.content(), a.rule()));
    }
    return out;
  }

  @Override
  public List<Predictions.Date> dates(Statement s) {
    List<Predictions.Date> out = new ArrayList<>();
    for (TemporalExpression t : doc(s).require(Layers.TEMPORAL)) {
      out.add(new Predictions.Date(t.start(), t.end(), t.text(), t.value(), t.rule()));
    }
    return out;
  }

  @Override
  public List<String> topics(Statement s) {
    Comparison c = readout.compare(List.of(cached(compared, readout, s)));
    return org.readout.compare.Brief.sideTopics(c, List.of(s.id())).stream()
        .map(org.readout.compare.TopicCoverage::topic).toList();
  }

  @Override
  public List<Predictions.Finding> findings(List<Statement> statements) {
    List<AnalyzedStatement> docs = statements.stream().map(s -> cached(compared, readout, s)).toList();
    Comparison c = readout.compare(docs);
    Map<String, AnalyzedStatement> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    List<Predictions.Finding> out = new ArrayList<>();
    for (Finding f : c.findings()) {
      List<Predictions.Evidence> ev = new ArrayList<>();
      for (Evidence e : f.evidence()) {
        AnalyzedStatement d = byId.get(e.statement());
        if (d != null && e.sentence() >= 0 && e.sentence() < d.sentences().size()) {
          Sentence x = d.sentences().get(e.sentence());
          // the evidence's own span when it narrows the sentence (a clause of a list sentence), else the sentence
          boolean inside = e.start() >= x.start() && e.end() <= x.end() && e.end() > e.start();
          ev.add(new Predictions.Evidence(e.statement(), e.sentence(), inside ? e.start() : x.start(),
              inside ? e.end() : x.end()));
        }
      }
      out.add(new Predictions.Finding(f.type(), f.topic(), f.statements(), f.text(), ev));
    }
    return out;
  }
}

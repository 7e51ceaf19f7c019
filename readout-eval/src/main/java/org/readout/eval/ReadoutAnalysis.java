package org.readout.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.readout.Readout;
import org.readout.attribution.Attribution;
import org.readout.attribution.Attributor;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.compare.Comparer;
import org.readout.compare.Comparison;
import org.readout.compare.Finding;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.time.TemporalExpression;
import org.readout.time.TemporalTagger;

/**
 * {@link Analysis} over the current analysis API: the {@link Readout} façade (sentences, tokens, actors), then
 * the {@link CommitmentExtractor}, {@link Attributor}, {@link TemporalTagger} and {@link Comparer}, as the
 * {@code commitments}, {@code attributions}, {@code timeline} and {@code compare} commands run them. This class is
 * the only place the evaluation touches the analysis; analysed statements are cached by id. Not thread-safe.
 */
public final class ReadoutAnalysis implements Analysis {
  private final Readout readout;
  private final Map<String, AnalyzedStatement> analysed = new LinkedHashMap<>();
  private CommitmentExtractor commitments;
  private Attributor attributor;
  private TemporalTagger tagger;
  private Comparer comparer;

  public ReadoutAnalysis(Readout readout) {
    this.readout = readout;
  }

  public static ReadoutAnalysis standard() {
    return new ReadoutAnalysis(Readout.standard());
  }

  private AnalyzedStatement doc(Statement s) {
    AnalyzedStatement d = analysed.get(s.id());
    if (d == null || !d.statement().equals(s)) {
      d = readout.analyze(s);
      analysed.put(s.id(), d);
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
    if (commitments == null) {
      commitments = CommitmentExtractor.standard();
    }
    List<Predictions.Commitment> out = new ArrayList<>();
    for (Commitment c : commitments.extract(doc(s))) {
      out.add(new Predictions.Commitment(c.start(), c.end(), c.kind().id(), new TreeSet<>(c.actors()), c.refrain(),
          c.negated(), c.condition(), c.text(), c.rule()));
    }
    return out;
  }

  @Override
  public List<Predictions.Attribution> attributions(Statement s) {
    if (attributor == null) {
      attributor = Attributor.forPipeline(readout.pipeline());
    }
    List<Predictions.Attribution> out = new ArrayList<>();
    for (Attribution a : attributor.attribute(doc(s))) {
      out.add(new Predictions.Attribution(a.start(), a.end(), a.type().label(), a.speaker(), a.speakerId(),
          a.speakerActor(), a.content(), a.rule()));
    }
    return out;
  }

  @Override
  public List<Predictions.Date> dates(Statement s) {
    if (tagger == null) {
      tagger = TemporalTagger.standard();
    }
    List<Predictions.Date> out = new ArrayList<>();
    for (TemporalExpression t : tagger.tag(doc(s))) {
      out.add(new Predictions.Date(t.start(), t.end(), t.text(), t.value(), t.rule()));
    }
    return out;
  }

  @Override
  public List<Predictions.Finding> findings(List<Statement> statements) {
    if (comparer == null) {
      comparer = Comparer.standard();
    }
    List<AnalyzedStatement> docs = statements.stream().map(this::doc).toList();
    Comparison c = comparer.compare(docs);
    Map<String, AnalyzedStatement> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    List<Predictions.Finding> out = new ArrayList<>();
    for (Finding f : c.findings()) {
      List<Predictions.Evidence> ev = new ArrayList<>();
      for (Evidence e : f.evidence()) {
        AnalyzedStatement d = byId.get(e.statement());
        if (d != null && e.sentence() >= 0 && e.sentence() < d.sentences().size()) {
          Sentence x = d.sentences().get(e.sentence());
          ev.add(new Predictions.Evidence(e.statement(), e.sentence(), x.start(), x.end()));
        }
      }
      out.add(new Predictions.Finding(f.type(), f.topic(), f.statements(), f.text(), ev));
    }
    return out;
  }
}

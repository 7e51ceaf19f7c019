package org.readout.time;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;

/**
 * Finds temporal expressions ({@link TemporalTagger}) and the events they date ({@link Timeline}) and
 * adds two layers: {@code temporal} (expressions with TIMEX3-style values) and {@code events} (this
 * statement's dated events, unmerged). Thread-safe.
 */
public final class TimeStage implements AnalysisStage {
  private final TemporalTagger tagger;
  private final Timeline timeline;

  public TimeStage(TemporalTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.timeline = new Timeline(tagger.lexicon());
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.TEMPORAL, Layers.EVENTS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    List<TemporalExpression> xs = tagger.tag(in);
    return in.with(Layers.TEMPORAL, xs).with(Layers.EVENTS, timeline.events(in, xs));
  }
}

package org.readout.attribution;

import java.util.Objects;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;

/**
 * Attributes quotes, reported speech and transcript turns ({@link Attributor}) and adds the
 * {@code attributions} layer. Speakers are the statement's actor mentions, resolved by the same
 * dictionary. Thread-safe.
 */
public final class AttributionStage implements AnalysisStage {
  private final Attributor attributor;

  public AttributionStage(Attributor attributor) {
    this.attributor = Objects.requireNonNull(attributor, "attributor");
  }

  @Override
  public String name() {
    return "attribution";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.ATTRIBUTIONS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    return in.with(Layers.ATTRIBUTIONS, attributor.attribute(in));
  }
}

package org.readout.commitments;

import java.util.Objects;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;

/**
 * Extracts speech acts ({@link CommitmentExtractor}) and adds the {@code commitments} layer. Reads the
 * topics layer (each commitment's topics) and the attributions layer (who voices it): neither is
 * computed again here. Thread-safe.
 */
public final class CommitmentStage implements AnalysisStage {
  private final CommitmentExtractor extractor;

  public CommitmentStage(CommitmentExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  @Override
  public String name() {
    return "commitments";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.MENTIONS, Layers.CLAUSES, Layers.TOPICS, Layers.ATTRIBUTIONS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.COMMITMENTS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    return in.with(Layers.COMMITMENTS, extractor.extract(in));
  }
}

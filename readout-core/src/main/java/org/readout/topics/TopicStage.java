package org.readout.topics;

import java.util.Objects;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;

/**
 * Codes every sentence with the codebook's topics ({@link TopicCoder}: phrase rules, plus sentence
 * embeddings when the engine has an embedder) and adds the {@code topics} layer. Reads tokens (phrase
 * rules match lemmas). Thread-safe.
 */
public final class TopicStage implements AnalysisStage {
  private final TopicCoder coder;

  public TopicStage(TopicCoder coder) {
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  public TopicCoder coder() {
    return coder;
  }

  @Override
  public String name() {
    return "topics";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.TOPICS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    return in.with(Layers.TOPICS, coder.hits(in));
  }
}

package org.readout.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Sentence;

/**
 * Splits the statement text into sentences with {@link SentenceSplitter} (rule-based, data in
 * {@code sentences.yaml}). Output sentences have no tokens yet; {@link TokenStage} adds them. Any
 * sentences already present are replaced.
 *
 * <p>Thread-safe: holds only the immutable splitter.
 */
public final class SentenceStage implements AnalysisStage {
  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = java.util.Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    String text = in.text();
    List<Span> spans = splitter.split(text);
    List<Sentence> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(new Sentence(out.size(), s.start(), s.end(), text.substring(s.start(), s.end()), List.of()));
    }
    return in.with(Layers.SENTENCES, out);
  }
}

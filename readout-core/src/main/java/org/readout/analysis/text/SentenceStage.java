package org.readout.analysis.text;

import java.util.ArrayList;
import java.util.List;
import org.readout.analysis.AnalysisStage;
import org.readout.model.AnalyzedStatement;
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

  public SentenceStage() {
    this(SentenceSplitter.standard());
  }

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = java.util.Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    String text = in.text();
    List<Span> spans = splitter.split(text);
    List<Sentence> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(new Sentence(out.size(), s.start(), s.end(), text.substring(s.start(), s.end()), List.of()));
    }
    return in.withSentences(out);
  }
}

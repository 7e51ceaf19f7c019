package org.readout.io.attribution;

import java.util.List;
import org.readout.analysis.Pipeline;
import org.readout.analysis.text.SentenceStage;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.SharedCorpus;
import org.readout.testing.Texts;
import org.readout.analysis.text.SentenceSplitter;
import org.readout.TestEngines;

/** Analyses statements of the shared corpus read through the real ingest (located by {@link SharedCorpus}), for tests. */
public final class Shared {
  /** The façade's pipeline and the rule-based splitter: results must not depend on which one runs. */
  public static final List<Pipeline> PIPELINES = List.of(TestEngines.TEXT.pipeline(),
      new Pipeline(List.of(new SentenceStage(SentenceSplitter.bundled()))));

  private Shared() {
  }

  public static AnalyzedStatement meeting(String relative) {
    return meeting(relative, PIPELINES.get(0));
  }

  public static AnalyzedStatement meeting(String relative, Pipeline p) {
    return p.analyze(Ingest.read(SharedCorpus.meeting(relative)).get(0));
  }

  /** Offsets [start, end) of the first occurrence of {@code phrase}, whitespace-insensitive, or null. */
  public static int[] locate(String text, String phrase) {
    return Texts.locate(text, phrase);
  }
}

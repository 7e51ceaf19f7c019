package org.readout.attribution;

import java.time.LocalDate;
import java.util.List;
import org.readout.analysis.Pipeline;
import org.readout.analysis.SimpleSentenceStage;
import org.readout.analysis.text.SentenceStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.analysis.text.SentenceSplitter;

/** Builds analysed statements from hand-written text for tests. */
public final class Docs {
  /** Both sentence splitters: attribution and time must not depend on which one runs. */
  public static final List<Pipeline> PIPELINES = List.of(
      new Pipeline(List.of(new SentenceStage(SentenceSplitter.bundled()))), new Pipeline(List.of(new SimpleSentenceStage())));

  private Docs() {
  }

  public static AnalyzedStatement doc(String side, String publisher, LocalDate date, String text) {
    return doc(side, publisher, date, "", text, PIPELINES.get(0));
  }

  public static AnalyzedStatement doc(String side, String publisher, LocalDate date, String meeting, String text,
                                      Pipeline pipeline) {
    StatementMeta meta = new StatementMeta("t", "test", date, publisher, side, "readout", meeting, "", "", "");
    return pipeline.analyze(Statement.of(meta, text, "test"));
  }

  public static AnalyzedStatement us(String text) {
    return doc("US", "The White House", LocalDate.of(2021, 12, 7), text);
  }

  public static AnalyzedStatement ru(String text) {
    return doc("RU", "President of Russia", LocalDate.of(2021, 12, 7), text);
  }
}

package org.readout.analysis;

import org.readout.model.AnalyzedStatement;

/**
 * One step of the text-analysis chain. A stage takes the statement as analysed so far and returns a
 * new, enriched {@link AnalyzedStatement} (records are immutable: stages never mutate their input).
 *
 * <p>Lifecycle: a stage is built once (loading models and dictionaries), then {@link #process} is
 * called for any number of statements. Implementations must be thread-safe for concurrent
 * {@code process} calls, so one pipeline can serve every worker thread.
 */
public interface AnalysisStage {
  /** A short name used by the pipeline builder and in evidence ({@code sentences}, {@code tokens}, …). */
  String name();

  AnalyzedStatement process(AnalyzedStatement in);
}

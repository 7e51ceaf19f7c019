package org.readout.analysis;

import java.util.Set;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;

/**
 * One step of the analysis chain. A stage reads the layers earlier stages added to an
 * {@link AnalyzedStatement} ({@link #requires()}) and returns a copy with its own layers added
 * ({@link #provides()}); it never changes its input and never re-reads what another stage already
 * produced (a stage that needs mentions reads the {@code mentions} layer, it does not match actors
 * again).
 *
 * <p>Lifecycle: a stage is built once from explicit configuration (dictionaries, lexicons, models are
 * handed to it; it looks nothing up behind the caller's back), then {@link #process} is called for any
 * number of statements. {@link Pipeline} checks when it is assembled that every stage's requirements
 * are provided by an earlier stage. Implementations must be thread-safe for concurrent {@code process}
 * calls, so one pipeline can serve every worker thread.
 */
public interface AnalysisStage {
  /** The stage's name, as picked by {@code Readout.builder().stages(…)} ({@code sentences}, {@code actors}, …). */
  String name();

  /** The layers this stage reads; each must be provided by an earlier stage of the pipeline. */
  Set<LayerKey<?>> requires();

  /** The layers this stage adds. */
  Set<LayerKey<?>> provides();

  /** The statement with this stage's layers added. */
  AnalyzedStatement process(AnalyzedStatement in);
}

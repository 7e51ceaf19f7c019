package org.readout.analysis;

import java.util.List;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;

/**
 * An ordered chain of {@link AnalysisStage}s. Assembling a chain is separate from running it; a built
 * pipeline is immutable and thread-safe if its stages are.
 */
public final class Pipeline {
  private final List<AnalysisStage> stages;

  public Pipeline(List<AnalysisStage> stages) {
    this.stages = List.copyOf(stages);
  }

  public AnalyzedStatement analyze(Statement statement) {
    AnalyzedStatement doc = AnalyzedStatement.of(statement);
    for (AnalysisStage stage : stages) {
      doc = stage.process(doc);
    }
    return doc;
  }

  public List<AnalysisStage> stages() {
    return stages;
  }
}

package org.readout;

import java.util.List;
import org.readout.actors.ActorStage;
import org.readout.analysis.LimitStage;
import org.readout.analysis.Pipeline;
import org.readout.analysis.text.SentenceStage;
import org.readout.analysis.text.TokenStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;

/**
 * The façade: one obvious entry point for analysing statements. The CLI, benchmarks and (later) the
 * web server all call this. {@link #standard()} builds the default engine once (models and
 * dictionaries load lazily on first use); the returned object is immutable and thread-safe.
 */
public final class Readout {
  private final Pipeline pipeline;

  private Readout(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * The default text-analysis chain: sentences, per-statement limits ({@link LimitStage}), tokens and
   * lemmas, actor mentions.
   */
  public static Readout standard() {
    return new Readout(new Pipeline(List.of(new SentenceStage(), new LimitStage(), new TokenStage(), new ActorStage())));
  }

  public static Readout of(Pipeline pipeline) {
    return new Readout(pipeline);
  }

  public AnalyzedStatement analyze(Statement statement) {
    return pipeline.analyze(statement);
  }

  public List<AnalyzedStatement> analyzeAll(List<Statement> statements) {
    return statements.stream().map(this::analyze).toList();
  }

  public Pipeline pipeline() {
    return pipeline;
  }
}

package org.readout.cli;

import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.readout.analysis.AnalysisStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;

/**
 * Wraps an {@link AnalysisStage} and adds the CPU time spent in it (summed over threads) to a counter,
 * so {@code readout bench} can say where the time goes. CPU time rather than wall time, because on a
 * shared machine wall time also counts the time a thread waits for a core. Thread-safe if the wrapped
 * stage is.
 */
final class TimedStage implements AnalysisStage {
  private final AnalysisStage stage;
  private final LongAdder nanos = new LongAdder();

  TimedStage(AnalysisStage stage) {
    this.stage = stage;
  }

  @Override
  public String name() {
    return stage.name();
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return stage.requires();
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return stage.provides();
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    long t0 = CpuClock.now();
    try {
      return stage.process(in);
    } finally {
      nanos.add(CpuClock.now() - t0);
    }
  }

  /** The wrapped stage. */
  AnalysisStage stage() {
    return stage;
  }

  long nanos() {
    return nanos.sum();
  }

  void reset() {
    nanos.reset();
  }
}

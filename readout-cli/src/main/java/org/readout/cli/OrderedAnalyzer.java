package org.readout.cli;

import java.util.function.Consumer;
import org.readout.Readout;
import org.readout.internal.Lanes;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;

/**
 * Analyses statements on a small bounded thread pool and hands the results to a sink <em>in input
 * order</em>, so output and workspace writes are deterministic whatever the thread count. At most
 * 8 statements per thread are in flight, which bounds memory on large JSON Lines files ({@link Lanes}).
 *
 * <p>Not thread-safe: {@link #submit} and {@link #finish} are called from one thread, and the sink runs
 * on that thread (so it may use a JDBC connection owned by it).
 */
final class OrderedAnalyzer implements AutoCloseable {
  private final Readout readout;
  private final Lanes<AnalyzedStatement> lanes;

  OrderedAnalyzer(Readout readout, int threads, Consumer<AnalyzedStatement> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.readout = readout;
    this.lanes = new Lanes<>(threads, 8, "analysing", sink);
  }

  static int defaultThreads() {
    return Lanes.cores();
  }

  /** Queues {@code statement} for analysis; blocks (delivering earlier results) when the window is full. */
  void submit(Statement statement) {
    lanes.submit(() -> readout.analyze(statement));
  }

  /** Passes {@code statement} through unanalysed (e.g. already stored), keeping its place in the order. */
  void passThrough(Statement statement) {
    lanes.pass(AnalyzedStatement.of(statement));
  }

  /** Delivers every remaining result. */
  void finish() {
    lanes.finish();
  }

  @Override
  public void close() {
    lanes.close();
  }
}

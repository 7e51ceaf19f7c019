package org.readout.cli;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;

/**
 * Analyses statements on a small bounded thread pool and hands the results to a sink <em>in input
 * order</em>, so output and workspace writes are deterministic whatever the thread count. At most
 * {@code window} statements are in flight, which bounds memory on large JSON Lines files.
 *
 * <p>Not thread-safe: {@link #submit} and {@link #finish} are called from one thread, and the sink runs
 * on that thread (so it may use a JDBC connection owned by it).
 */
final class OrderedAnalyzer implements AutoCloseable {
  private final Readout readout;
  private final Consumer<AnalyzedStatement> sink;
  private final ExecutorService pool;
  private final ArrayDeque<Future<AnalyzedStatement>> inFlight = new ArrayDeque<>();
  private final int window;

  OrderedAnalyzer(Readout readout, int threads, Consumer<AnalyzedStatement> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.readout = readout;
    this.sink = sink;
    this.window = threads * 8;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "readout-analysis-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Queues {@code statement} for analysis; blocks (delivering earlier results) when the window is full. */
  void submit(Statement statement) {
    inFlight.add(pool.submit(() -> readout.analyze(statement)));
    while (inFlight.size() >= window) {
      deliverOne();
    }
  }

  /** Passes {@code statement} through unanalysed (e.g. already stored), keeping its place in the order. */
  void passThrough(Statement statement) {
    inFlight.add(CompletableFuture.completedFuture(AnalyzedStatement.of(statement)));
    while (inFlight.size() >= window) {
      deliverOne();
    }
  }

  /** Delivers every remaining result. */
  void finish() {
    while (!inFlight.isEmpty()) {
      deliverOne();
    }
  }

  private void deliverOne() {
    Future<AnalyzedStatement> next = inFlight.poll();
    AnalyzedStatement done;
    try {
      done = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    sink.accept(done);
  }

  @Override
  public void close() {
    for (Future<AnalyzedStatement> f : inFlight) {
      f.cancel(true);
    }
    inFlight.clear();
    pool.shutdownNow();
  }
}

package org.readout.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Work items run on a few worker threads, their results handed to a sink on the submitting thread <em>in the
 * order they were submitted</em>, so that what is built from them (workspace rows, an index, a report) does not
 * depend on the number of workers. At most {@code perWorker} items per worker are in flight, which bounds memory.
 * With one worker the work runs on the submitting thread.
 *
 * <p>Not thread-safe: {@link #submit}, {@link #pass} and {@link #finish} are called from one thread, and the sink
 * runs on that thread (so it may use a JDBC connection owned by it).
 */
public final class Lanes<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
  private final int window;
  private final String doing;
  private final Consumer<T> sink;

  /**
   * {@code workers} threads (at least 1) named after {@code doing} ("analysing", "tracking"), which also names the
   * work in the error an interrupt raises.
   */
  public Lanes(int workers, int perWorker, String doing, Consumer<T> sink) {
    if (workers < 1 || perWorker < 1) {
      throw new IllegalArgumentException("workers and perWorker must be at least 1, got " + workers + ", " + perWorker);
    }
    this.doing = doing;
    this.sink = sink;
    this.window = workers * perWorker;
    AtomicInteger n = new AtomicInteger();
    this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "readout-" + doing + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** One worker per available processor. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Queues {@code work}; blocks (delivering earlier results) while the window is full. */
  public void submit(Callable<T> work) {
    if (pool == null) {
      T value;
      try {
        value = work.call();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      pass(value);
      return;
    }
    inFlight.add(pool.submit(work));
    deliverWhileFull();
  }

  /** A result already at hand, delivered in its place in the order. */
  public void pass(T value) {
    inFlight.add(CompletableFuture.completedFuture(value));
    deliverWhileFull();
  }

  /** Delivers every remaining result. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      sink.accept(Futures.join(inFlight.poll(), doing));
    }
  }

  private void deliverWhileFull() {
    while (inFlight.size() >= window) {
      sink.accept(Futures.join(inFlight.poll(), doing));
    }
  }

  @Override
  public void close() {
    for (Future<T> f : inFlight) {
      f.cancel(true);
    }
    inFlight.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

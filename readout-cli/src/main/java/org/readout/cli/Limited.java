package org.readout.cli;

import java.util.function.Consumer;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.Statement;

/**
 * Streams at most {@code limit} statements from a source (0 = all), stopping the reader early; with a
 * stride {@code every} > 1 only every {@code every}-th record (the 1st, the {@code every+1}-th, …) is
 * delivered, so a small sample still spans the whole file.
 */
final class Limited {
  private Limited() {
  }

  /** Returns the number of statements delivered. */
  static long stream(String source, IngestOptions options, int limit, Consumer<Statement> sink) {
    return stream(source, options, limit, 1, sink);
  }

  /** As {@link #stream(String, IngestOptions, int, Consumer)}, delivering every {@code every}-th record only. */
  static long stream(String source, IngestOptions options, int limit, int every, Consumer<Statement> sink) {
    long[] n = new long[1];
    long[] seen = new long[1];
    try {
      Ingest.stream(source, options, st -> {
        if (limit > 0 && n[0] >= limit) {
          throw Stop.INSTANCE;
        }
        if (seen[0]++ % every != 0) {
          return;
        }
        n[0]++;
        sink.accept(st);
      });
    } catch (RuntimeException e) {
      if (!isStop(e)) {
        throw e;
      }
    }
    return n[0];
  }

  private static boolean isStop(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t == Stop.INSTANCE) {
        return true;
      }
    }
    return false;
  }

  /** Thrown from the sink to end a stream early; stackless because it is control flow. */
  private static final class Stop extends RuntimeException {
    static final Stop INSTANCE = new Stop();

    private Stop() {
      super("limit reached", null, false, false);
    }
  }
}

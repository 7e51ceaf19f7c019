package org.readout.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work started on another thread, with its error rethrown as the caller would have seen it. */
public final class Futures {
  private Futures() {
  }

  /**
   * The task's result; a runtime exception or error thrown by the task is rethrown as it is, a checked one
   * wrapped; an interrupt is restored and reported as "interrupted while {@code doing}".
   */
  public static <T> T join(Future<T> task, String doing) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

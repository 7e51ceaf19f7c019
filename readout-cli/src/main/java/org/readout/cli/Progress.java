package org.readout.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most every 200 ms:
 * {@code [=====>    ] 412/814 statements  1,234 sent/s}. When the total is unknown it shows counts
 * only. A disabled progress prints nothing. Not thread-safe (driven by the writing thread).
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean enabled;
  private final long total;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long statements;
  private long sentences;
  private boolean drawn;

  Progress(PrintStream err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void advance(int sentenceCount) {
    statements++;
    sentences += sentenceCount;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Draws the final state and ends the line (only if anything was drawn). */
  void done() {
    if (enabled && statements > 0) {
      draw(System.nanoTime());
    }
    if (drawn) {
      err.println();
      err.flush();
    }
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    String rate = String.format(Locale.ROOT, "%,d sent/s", Math.round(sentences / seconds));
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, statements * WIDTH / total);
      StringBuilder bar = new StringBuilder("[");
      for (int i = 0; i < WIDTH; i++) {
        bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
      }
      bar.append(']');
      return String.format(Locale.ROOT, "%s %,d/%,d statements  %s", bar, statements, total, rate);
    }
    return String.format(Locale.ROOT, "%,d statements  %,d sentences  %s", statements, sentences, rate);
  }

  private void draw(long now) {
    err.print("\r" + line(now) + "\u001b[K");
    err.flush();
    drawn = true;
  }
}

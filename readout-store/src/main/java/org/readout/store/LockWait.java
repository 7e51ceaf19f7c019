package org.readout.store;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How long a workspace waits for another process's write lock, and whom it tells that it waits.
 * SQLite's own busy timeout waits silently; this one is installed as the connection's busy handler
 * ({@link SqliteBusy}) so a writer that has to queue says so once on stderr, and gives up after
 * {@link #timeout()} with a clear error ({@link Workspace} maps SQLITE_BUSY to it).
 *
 * <p>Default: {@value #DEFAULT_SECONDS} s, or the {@code readout.lock.timeout} system property, or the
 * {@code READOUT_LOCK_TIMEOUT} environment variable (seconds); the CLI's {@code --lock-timeout}
 * overrides all three ({@link #override(Duration)}).
 *
 * @param timeout the longest wait for another writer
 * @param notice  receives the one-line "waiting" message (the CLI prints it on stderr)
 */
public record LockWait(Duration timeout, Consumer<String> notice) {
  public static final int DEFAULT_SECONDS = 60;
  private static volatile Duration override;

  public LockWait {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(notice, "notice");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("negative lock timeout");
    }
  }

  /** The configured wait (see the class comment), telling stderr when it waits. */
  public static LockWait standard() {
    return new LockWait(configured(), msg -> System.err.println("readout: " + msg));
  }

  /** Sets (non-null) or clears (null) the process-wide timeout, e.g. from {@code --lock-timeout}. */
  public static void override(Duration timeout) {
    override = timeout;
  }

  static Duration configured() {
    Duration o = override;
    if (o != null) {
      return o;
    }
    String s = System.getProperty("readout.lock.timeout");
    if (s == null || s.isBlank()) {
      s = System.getenv("READOUT_LOCK_TIMEOUT");
    }
    if (s != null && !s.isBlank()) {
      try {
        double seconds = Double.parseDouble(s.strip());
        if (seconds >= 0) {
          return Duration.ofMillis((long) (seconds * 1000));
        }
      } catch (NumberFormatException e) {
        // fall through to the default: a bad variable must not stop every command
      }
    }
    return Duration.ofSeconds(DEFAULT_SECONDS);
  }

  /** "3 s" or "1.5 s". */
  String seconds() {
    long ms = timeout.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}

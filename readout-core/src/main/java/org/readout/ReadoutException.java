package org.readout;

/**
 * A user-facing error: bad input, a missing file, an unreachable URL. Its message is one line that
 * names the file (and line, for JSON Lines) and the problem; the CLI prints it without a stack trace
 * (unless {@code --debug}) and exits with {@link #exitCode()}.
 */
public class ReadoutException extends RuntimeException {
  /** Exit code for bad input (a file, a flag, a record). */
  public static final int BAD_INPUT = 2;
  /** Exit code for an I/O or network failure. */
  public static final int IO_FAILURE = 3;

  private final int exitCode;

  public ReadoutException(String message) {
    this(message, BAD_INPUT, null);
  }

  public ReadoutException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}

package org.readout.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ('\n', '\r\n' or '\r' ends) from a {@link Reader} with a cap on line length, so one
 * enormous line (a gzip bomb, a file without newlines) cannot exhaust memory. Not thread-safe.
 */
final class LineReader {
  private final Reader in;
  private final long maxChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean pendingCr;
  private final StringBuilder line = new StringBuilder(4096);

  LineReader(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** Thrown when a line is longer than the cap. */
  static final class LineTooLongException extends IOException {
    LineTooLongException(long max) {
      super("line longer than " + max + " characters");
    }
  }

  /** The next line without its end, or null at the end of input. */
  String readLine() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? line.toString() : null;
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < len) {
        char c = buf[pos];
        if (c == '\n' || c == '\r') {
          line.append(buf, start, pos - start);
          pos++;
          pendingCr = c == '\r';
          check();
          return line.toString();
        }
        pos++;
      }
      line.append(buf, start, pos - start);
      check();
    }
  }

  private void check() throws LineTooLongException {
    if (line.length() > maxChars) {
      throw new LineTooLongException(maxChars);
    }
  }
}

package org.readout.attribution;

/**
 * A quoted stretch: the opening mark at {@code open}, the closing mark at {@code close - 1}; the
 * quoted words are {@code [open + 1, close - 1)}.
 */
public record Quote(int open, int close) {
  public int contentStart() {
    return open + 1;
  }

  public int contentEnd() {
    return close - 1;
  }

  public boolean contains(int offset) {
    return offset > open && offset < close - 1;
  }
}

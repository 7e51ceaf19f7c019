package org.readout.analysis.text;

/**
 * A half-open character range {@code [start, end)} into a text.
 *
 * @param start inclusive offset
 * @param end   exclusive offset, {@code >= start}
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered text. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}

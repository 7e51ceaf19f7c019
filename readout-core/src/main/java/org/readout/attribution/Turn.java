package org.readout.attribution;

/**
 * A transcript speaker turn.
 *
 * @param labelStart offset of the label ({@code MR. SULLIVAN:})
 * @param labelEnd   offset just after the label's colon (or after {@code Q})
 * @param start      offset of the first character of what the speaker says
 * @param end        exclusive end of the turn (the next label, or the end of the text)
 * @param label      the label as written, without the colon
 * @param speaker    the resolved speaker
 */
public record Turn(int labelStart, int labelEnd, int start, int end, String label, Speaker speaker) {
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}

package org.readout.attribution;

/**
 * A reported-speech cue found in the text.
 *
 * @param start inclusive offset into the statement text
 * @param end   exclusive offset
 * @param text  the cue as written
 * @param kind  where the speaker stands relative to the cue
 */
public record Cue(int start, int end, String text, Kind kind) {
  /**
   * Where the speaker stands: before a verb, after a preposition, before a naming verb, or a pronoun inside
   * the cue ("according to her", "in his words": the person last named as a speaker).
   */
  public enum Kind { VERB, BEFORE, NAMING, PRONOUN }
}

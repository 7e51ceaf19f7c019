package org.readout.attribution;

/**
 * A place in the text that may name a speaker. {@code speaker} is {@code null} for pronouns and
 * bare role references until the attributor resolves them in context.
 *
 * @param start   inclusive offset into the statement text
 * @param end     exclusive offset
 * @param surface the text as written
 * @param kind    what sort of reference it is
 * @param speaker the resolved speaker, or {@code null} when it depends on context
 */
public record SpeakerMention(int start, int end, String surface, Kind kind, Speaker speaker) {
  /** Sorts of speaker reference. */
  public enum Kind {
    /** A name or a dated role resolved on its own. */
    NAMED,
    /** A state or organisation. */
    STATE,
    /** "the President": the statement's own head of state. */
    OWN_HEAD,
    /** "the two presidents": the heads of state of the meeting together. */
    GROUP,
    /** he / she. */
    PRONOUN_SINGULAR,
    /** they. */
    PRONOUN_PLURAL,
    /** I / we: the current turn speaker. */
    PRONOUN_FIRST
  }

  public SpeakerMention withSpeaker(Speaker s) {
    return new SpeakerMention(start, end, surface, kind, s);
  }
}

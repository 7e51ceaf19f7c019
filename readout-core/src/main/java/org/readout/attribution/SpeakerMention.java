package org.readout.attribution;

/**
 * A place in the text that may name a speaker: an actor-stage mention of a dictionary actor, or a
 * pronoun or group reference. {@code speaker} is {@code null} (or a gender-only placeholder) for
 * pronouns and groups until the attributor resolves them in context.
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
    /** A name or a dated role ("the Russian President") the dictionary resolved on its own. */
    NAMED,
    /** A state or organisation. */
    STATE,
    /** "the President": an unqualified title on the statement's own side (actor-stage rule own-*). */
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

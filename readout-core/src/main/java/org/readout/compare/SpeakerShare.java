package org.readout.compare;

/**
 * How much of a statement (or of a side's statements) one speaker is quoted with. Immutable.
 *
 * @param speaker      canonical speaker name
 * @param speakerId    the speaker's actor dictionary id ({@code putin}), or {@code ""} (generic labels, groups)
 * @param speakerActor state or organisation id of the speaker, or {@code ""}
 * @param attributions number of attributions (quotes, reported speech, turns) to the speaker
 * @param words        words of attributed content, overlapping spans counted once
 * @param share        {@code words} over the words of the statement (or side), rounded to 4 places
 */
public record SpeakerShare(String speaker, String speakerId, String speakerActor, int attributions, int words, double share) {
}

package org.readout.attribution;

/** A speaker reference in the text with the speaker it resolves to in its context. */
record Resolved(SpeakerMention mention, Speaker speaker) {
}

package org.readout.commitments;

import java.util.Objects;

/**
 * One link of a commitment's speaker chain: who voices the act at this level of reported speech.
 * Immutable.
 *
 * @param speaker      canonical speaker name ({@code Jake Sullivan}, {@code Joseph Biden}, {@code Kremlin})
 * @param speakerActor state or organisation id of the speaker, or {@code ""}
 * @param type         how this level is voiced: {@code turn}, {@code indirect}, {@code direct}, or {@code reporter}
 *                     (the publishing side of a narrative readout, named only in the attribution's chain)
 * @param cue          the cue as written ({@code MR. SULLIVAN}, {@code told}), or {@code ""}
 */
public record SpeakerLink(String speaker, String speakerActor, String type, String cue) {
  public SpeakerLink {
    Objects.requireNonNull(speaker, "speaker");
    speakerActor = speakerActor == null ? "" : speakerActor;
    type = type == null ? "" : type;
    cue = cue == null ? "" : cue;
  }
}

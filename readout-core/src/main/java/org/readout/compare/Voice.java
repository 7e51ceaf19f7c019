package org.readout.compare;

import java.util.List;

/**
 * One speaker a sentence or commitment is attributed to, with the chain of who reports them
 * ({@code Joseph Biden}, reported by {@code [Kremlin]}). Built from an
 * {@link org.readout.attribution.Attribution}. Immutable.
 *
 * @param speaker      canonical speaker name
 * @param speakerId    the speaker's actor dictionary id ({@code biden}), or {@code ""} (generic labels, groups)
 * @param speakerActor state or organisation id of the speaker, or {@code ""}
 * @param type         {@code direct}, {@code indirect} or {@code turn}
 * @param cue          the cue as written ({@code warned}, {@code MR. SULLIVAN:}), or {@code ""}
 * @param reportedBy   who reports the speaker, outermost first
 */
public record Voice(String speaker, String speakerId, String speakerActor, String type, String cue, List<String> reportedBy) {
  public Voice {
    reportedBy = List.copyOf(reportedBy);
  }
}

package org.readout.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A commitment with its tracking state: the meeting and date of its statement, its current status and
 * the history of changes (oldest first). Immutable; the workspace store produces these.
 */
public record TrackedCommitment(Commitment commitment, String meeting, LocalDate date, Status status,
                                List<HistoryEntry> history) {
  public TrackedCommitment {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(status, "status");
    meeting = meeting == null ? "" : meeting;
    history = List.copyOf(history);
  }

  /** A freshly extracted commitment: status open, one automatic history entry pointing at itself. */
  public static TrackedCommitment fresh(Commitment c, String meeting, LocalDate date) {
    return new TrackedCommitment(c, meeting, date, Status.OPEN,
        List.of(new HistoryEntry(date, Status.OPEN, c.statement(), c.sentence(), HistoryEntry.AUTO, "extracted",
            c.confidence())));
  }

  public String id() {
    return commitment.id();
  }
}

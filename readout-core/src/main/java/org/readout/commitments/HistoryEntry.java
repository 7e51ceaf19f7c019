package org.readout.commitments;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One change of a commitment's status. Immutable.
 *
 * @param date               date of the change: the evidence statement's date, or the day a user set it
 *                           (null when unknown)
 * @param status             the status from then on
 * @param evidenceStatement  statement id of the evidence, or {@code ""}
 * @param evidenceSentence   sentence index of the evidence, or -1
 * @param by                 {@code auto} for the extractor/tracker, else the user's name
 * @param note               free text, may be empty
 * @param confidence         0..1 for automatic entries, 1 for user entries
 */
public record HistoryEntry(LocalDate date, Status status, String evidenceStatement, int evidenceSentence, String by,
                           String note, double confidence) {
  public static final String AUTO = "auto";

  public HistoryEntry {
    Objects.requireNonNull(status, "status");
    evidenceStatement = evidenceStatement == null ? "" : evidenceStatement;
    by = by == null || by.isBlank() ? AUTO : by;
    note = note == null ? "" : note;
  }
}

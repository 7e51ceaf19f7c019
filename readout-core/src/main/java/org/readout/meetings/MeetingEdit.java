package org.readout.meetings;

import java.util.List;
import java.util.Objects;

/**
 * A user's correction of a grouping, stored in the workspace and replayed on every grouping in the
 * order made. Edits name statements, not meeting ids, so they survive regrouping after new ingests.
 *
 * @param op     {@code merge}: the meetings holding any of {@code statements} become one;
 *               {@code split}: {@code statements} leave their meeting and form a meeting of their own
 * @param statements the statements the edit is about
 * @param note   the user's note (may be empty)
 */
public record MeetingEdit(Op op, List<String> statements, String note) {
  public enum Op { MERGE, SPLIT }

  public MeetingEdit {
    Objects.requireNonNull(op, "op");
    statements = List.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("a meeting edit names at least one statement");
    }
    note = note == null ? "" : note;
  }
}

package org.readout.store;

import java.time.LocalDate;

/**
 * Which statements to select; a null field does not filter.
 *
 * @param meeting meeting slug, exact
 * @param side    side code, exact (e.g. {@code US})
 * @param kind    kind, exact (e.g. {@code readout})
 * @param after   only statements dated on or after this day
 */
public record StatementFilter(String meeting, String side, String kind, LocalDate after) {
  public static final StatementFilter ALL = new StatementFilter(null, null, null, null);

  public static StatementFilter meeting(String meeting) {
    return new StatementFilter(meeting, null, null, null);
  }

  public StatementFilter withSide(String newSide) {
    return new StatementFilter(meeting, newSide, kind, after);
  }

  public StatementFilter withKind(String newKind) {
    return new StatementFilter(meeting, side, newKind, after);
  }

  public StatementFilter withAfter(LocalDate day) {
    return new StatementFilter(meeting, side, kind, day);
  }
}

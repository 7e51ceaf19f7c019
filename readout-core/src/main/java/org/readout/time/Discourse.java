package org.readout.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a statement has said so far that its later expressions read: the last calendar date mentioned
 * (anaphoric "the following month" counts from it), the year each day of the year was given when first named
 * ("the ceasefire of November 9, 2020" … "since November 9" is the same day, a year before the statement), and
 * the calendar its holidays follow (Orthodox Christmas in statements of the Russian side). One per statement,
 * filled in text order; not thread-safe (the tagger makes a fresh one for each statement).
 */
final class Discourse {
  private final boolean orthodox;
  private final Map<Integer, Integer> dayYears = new HashMap<>();
  private final Set<Integer> written = new HashSet<>();
  private Normalisers.Story story;

  Discourse(boolean orthodox) {
    this.orthodox = orthodox;
  }

  /** A statement of {@code side}: the Russian side's holidays follow the Orthodox calendar. */
  static Discourse of(String side) {
    return new Discourse("RU".equals(side));
  }

  /** The last calendar date mentioned so far, or null. */
  Normalisers.Story story() {
    return story;
  }

  boolean orthodox() {
    return orthodox;
  }

  /**
   * The year an earlier expression of this statement gave the day {@code month}-{@code day} (a written year
   * wins over an inferred one), or null.
   */
  Integer yearOf(int month, int day) {
    return dayYears.get(month * 100 + day);
  }

  /** Moves the discourse on past {@code x}: its date becomes the story point, and a day date is remembered. */
  void saw(TemporalExpression x) {
    Normalisers.Story next = Normalisers.Story.of(x.value());
    if (next != null) {
      story = next;
    }
    if (!x.granularity().equals("day") || !x.rule().startsWith("date-") || !x.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return;
    }
    int key = Integer.parseInt(x.value().substring(5, 7)) * 100 + Integer.parseInt(x.value().substring(8, 10));
    int year = Integer.parseInt(x.value().substring(0, 4));
    if (x.anchor().isEmpty() && written.add(key)) {
      dayYears.put(key, year); // a written year: the day named later without one is this day
    } else {
      dayYears.putIfAbsent(key, year);
    }
  }
}

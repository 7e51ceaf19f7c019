package org.readout.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic of the temporal rules: shifting by TIMEX3 units, year inference, weekdays. Stateless. */
final class TimeMath {
  private TimeMath() {
  }

  /**
   * The TIMEX3 duration of {@code n} (digits or {@code X}) units: {@code P2W}, {@code PT48H}, {@code PT30M};
   * decades count in years ({@code P10Y}) when the number is known.
   */
  static String durationValue(String n, String unit) {
    return switch (unit) {
      case "H" -> "PT" + n + "H";
      case "MIN" -> "PT" + n + "M";
      case "DE" -> n.equals("X") ? "PXDE" : "P" + (10L * Long.parseLong(n)) + "Y";
      default -> "P" + n + unit;
    };
  }

  /** "N units and a half" as a TIMEX3 duration in the next finer unit: a year and a half → {@code P18M}. */
  static String andAHalf(long n, String unit) {
    return switch (unit) {
      case "Y" -> "P" + (12 * n + 6) + "M";
      case "DE" -> "P" + (10 * n + 5) + "Y";
      case "M" -> "P" + (30 * n + 15) + "D";
      case "W" -> "P" + (7 * n + 3) + "DT12H";
      case "D" -> "PT" + (24 * n + 12) + "H";
      case "H" -> "PT" + (60 * n + 30) + "M";
      default -> "PT" + n + "M30S";
    };
  }

  static LocalDate plus(LocalDate ref, String unit, int k) {
    return switch (unit) {
      case "D" -> ref.plusDays(k);
      case "W" -> ref.plusWeeks(k);
      case "M" -> ref.plusMonths(k);
      case "DE" -> ref.plusYears(10L * k);
      case "H" -> ref.plusDays(k / 24);
      case "MIN" -> ref;
      default -> ref.plusYears(k);
    };
  }

  /** Shifts {@code ref} by {@code k} units and returns {value, granularity} at that unit's precision. */
  static String[] shift(LocalDate ref, String unit, int k) {
    return switch (unit) {
      case "D" -> new String[] {ref.plusDays(k).toString(), "day"};
      case "H", "MIN" -> new String[] {plus(ref, unit, k).toString(), "day"};
      case "W" -> {
        LocalDate d = ref.plusWeeks(k);
        yield new String[] {isoWeek(d), "week"};
      }
      case "M" -> new String[] {YearMonth.from(ref).plusMonths(k).toString(), "month"};
      case "DE" -> new String[] {String.valueOf((ref.getYear() + 10 * k) / 10), "decade"};
      default -> new String[] {String.valueOf(ref.getYear() + k), "year"};
    };
  }

  /** The ISO week of {@code d} ({@code 2021-W48}): Monday first, the year that owns the week's Thursday. */
  /** The Monday of an ISO week value such as {@code 2021-W48}. */
  static LocalDate mondayOfWeek(String week) {
    int y = Integer.parseInt(week.substring(0, 4));
    int w = Integer.parseInt(week.substring(6));
    return LocalDate.of(y, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
        .with(java.time.DayOfWeek.MONDAY);
  }

  static String isoWeek(LocalDate d) {
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + TimeText.two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Days after the statement within which a day date is taken as written, even in a past-tense sentence. */
  static final int NEAR_DAYS = 7;

  /**
   * The year of a season named without one ("the fall"): the statement's year, unless the tense puts the
   * season the text speaks of wholly before or after it (a past-tense "the fall" written in February is the
   * last fall; a future "the spring" written in November the next spring). Winter ({@code WI}) begins in
   * December of its year.
   */
  static int seasonYear(LocalDate ref, String code, int tense) {
    int start = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      case "WI" -> 12;
      default -> 0;
    };
    int year = ref.getYear();
    if (start == 0 || tense == 0) {
      return year;
    }
    LocalDate first = LocalDate.of(year, start, 1);
    LocalDate last = first.plusMonths(3).minusDays(1);
    if (tense < 0 && first.isAfter(ref)) {
      return year - 1;
    }
    if (tense > 0 && last.isBefore(ref)) {
      return year + 1;
    }
    return year;
  }

  /**
   * The year for a month (and day, or 0) without one: the candidate year whose date lies nearest the
   * statement date, constrained to on/after it for future tense and on/before it for past tense (or at most
   * {@value #NEAR_DAYS} days after it, for a day).
   */
  static int inferYear(LocalDate ref, int month, int day, int tense) {
    if (ref == null) {
      return -1;
    }
    int best = ref.getYear();
    long bestDist = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate first = day > 0 ? TimeText.safeDate(y, month, day) : LocalDate.of(y, month, 1);
      if (first == null) {
        continue;
      }
      LocalDate last = day > 0 ? first : first.with(TemporalAdjusters.lastDayOfMonth());
      // a day within a week after the statement is that day even in a past-tense report ("congratulated him on
      // the holiday celebrated on December 1", written on November 29): the same day a year back is far less
      // likely; a future tense still sends a day just past to the next year ("will meet again on December 1")
      int slack = day > 0 ? NEAR_DAYS : 0;
      if (tense > 0 && last.isBefore(ref.minusDays(1))) {
        continue;
      }
      if (tense < 0 && first.isAfter(ref.plusDays(slack))) {
        continue;
      }
      long dist = ref.isBefore(first) ? ChronoUnit.DAYS.between(ref, first)
          : ref.isAfter(last) ? ChronoUnit.DAYS.between(last, ref) : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  static LocalDate weekday(LocalDate ref, DayOfWeek dow, int tense, boolean nextWeek) {
    LocalDate after = ref.with(TemporalAdjusters.nextOrSame(dow));
    LocalDate before = ref.with(TemporalAdjusters.previousOrSame(dow));
    if (nextWeek) {
      return ref.with(TemporalAdjusters.next(dow));
    }
    if (tense > 0) {
      return after;
    }
    if (tense < 0) {
      return before;
    }
    return ChronoUnit.DAYS.between(before, ref) <= ChronoUnit.DAYS.between(ref, after) ? before : after;
  }

  /** The {@code dow} of the ISO week of {@code anchor} ("instead of on Thursday" beside "on Tuesday"). */
  static LocalDate sameWeek(LocalDate anchor, DayOfWeek dow) {
    return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow.getValue() - 1L);
  }
}

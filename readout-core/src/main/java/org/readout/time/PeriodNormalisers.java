package org.readout.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Normalisers of calendar periods that are not plain months or days: holidays ("Christmas", "Thanksgiving" →
 * their day; Orthodox Christmas on the Russian side), quarters ("the fourth quarter of 2023" →
 * {@code 2023-Q4}, "last quarter"), halves ("the first half of next year" → {@code 2025-H1}), fiscal years
 * ("fiscal 2025", "FY23" → {@code FY2023}) and a part of the current period ("the end of the month", "the
 * beginning of the new year"). A quarter or half without a year takes the year its tense points to, as a
 * month does. Immutable and thread-safe.
 */
final class PeriodNormalisers {
  private final TimeLexicon lex;
  private final TenseDetector tenses;

  PeriodNormalisers(TimeLexicon lex, TenseDetector tenses) {
    this.lex = lex;
    this.tenses = tenses;
  }

  /**
   * {@code holiday}: "Christmas", "a Happy New Year", "Thanksgiving 2021" → the holiday's day in the written
   * year, else the one in the coming month, else the year the tense points to (as for a month). Christmas in a statement of the Russian side, or
   * after "Orthodox", is 7 January unless "Catholic" or "Western" stands before it. A holiday opening a longer
   * name ("the Christmas Tree Lighting") or of another calendar ("the Lunar New Year") is no date.
   */
  Normalisers.Value holiday(Normalisers.Match x) {
    Matcher m = x.m();
    if (x.ref() == null) {
      return null;
    }
    String next = TimeText.nextWord(x.text(), x.h().end(), x.s().end());
    if (x.h().end() < x.text().length() && x.text().charAt(x.h().end()) == ' ' && !next.isEmpty()
        && Character.isUpperCase(next.charAt(0)) && !next.equals("I")) {
      return null;
    }
    String name = m.group("hd");
    String before = x.text().substring(TimeText.prevWordStart(x.text(), x.h().start()), x.h().start()).strip();
    if (lex.otherCalendarMarkers.contains(before)) {
      return null; // "the Chinese New Year": another calendar's day
    }
    boolean orthodox = m.group("orth") != null || x.discourse() != null && x.discourse().orthodox()
        && !lex.westernHolidayMarkers.contains(before);
    String rule = orthodox && lex.orthodoxHolidays.containsKey(name) ? lex.orthodoxHolidays.get(name) : lex.holidays.get(name);
    int month = Integer.parseInt(rule.substring(0, 2));
    int tense = 0;
    int year;
    String written = m.group("y") != null ? m.group("y") : m.group("y0");
    if (written != null) {
      year = Integer.parseInt(written); // "Thanksgiving 2021", "the 2021 New Year holidays"
    } else {
      // a holiday in the coming month is that one, whatever the tense ("wished him a merry Christmas")
      int near = TimeMath.inferYear(x.ref(), month, day(rule, x.ref().getYear()), 1);
      long ahead = java.time.temporal.ChronoUnit.DAYS.between(x.ref(), LocalDate.of(near, month, day(rule, near)));
      if (ahead >= 0 && ahead <= 31) {
        year = near;
      } else {
        tense = tenses.tense(x.text(), x.s(), x.h());
        year = TimeMath.inferYear(x.ref(), month, day(rule, x.ref().getYear()), tense);
      }
    }
    LocalDate d = LocalDate.of(year, month, day(rule, year));
    return new Normalisers.Value(d.toString(), "day", "", written != null ? "" : x.refText(), tense);
  }

  /** The day of the month of a holiday rule ({@code MM-DD}, or {@code MM/N/D}: the N-th weekday D) in {@code year}. */
  private static int day(String rule, int year) {
    if (rule.charAt(2) == '-') {
      return Integer.parseInt(rule.substring(3));
    }
    String[] p = rule.split("/");
    LocalDate first = LocalDate.of(year, Integer.parseInt(p[0]), 1);
    java.time.DayOfWeek dow = java.time.DayOfWeek.of(Integer.parseInt(p[2]));
    int n = Integer.parseInt(p[1]);
    return first.with(n < 0 ? java.time.temporal.TemporalAdjusters.lastInMonth(dow)
        : java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, dow)).getDayOfMonth();
  }

  /** {@code quarter}: "the third quarter", "Q1 2024", "the fourth quarter of last year", "next quarter". */
  Normalisers.Value quarter(Normalisers.Match x) {
    Matcher m = x.m();
    if (m.group("rq") != null) {
      if (x.ref() == null) {
        return null;
      }
      String r = TimeLexicon.lower(m.group("rq"));
      int k = r.contains("last") || r.contains("previous") ? -1 : r.contains("next") || r.contains("coming") ? 1 : 0;
      LocalDate d = x.ref().plusMonths(3L * k);
      return new Normalisers.Value(d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1), "quarter", "", x.refText(), 0);
    }
    int q = m.group("qn") != null ? Integer.parseInt(m.group("qn")) : ordinal(m.group("q"));
    if (q < 1 || q > 4) {
      return null;
    }
    return periodOfYear(x, "Q" + q, 3 * q - 1, "quarter");
  }

  /** {@code half}: "the first half of 2022", "the second half of the year". */
  Normalisers.Value half(Normalisers.Match x) {
    int h = ordinal(x.m().group("q"));
    return h < 1 || h > 2 ? null : periodOfYear(x, "H" + h, h == 1 ? 3 : 9, "half");
  }

  /** The year part of a quarter or half: written, relative ("of next year", "of the year") or by tense. */
  private Normalisers.Value periodOfYear(Normalisers.Match x, String part, int midMonth, String gran) {
    Matcher m = x.m();
    int year;
    int tense = 0;
    String anchor = "";
    if (m.group("y") != null) {
      year = Integer.parseInt(m.group("y"));
    } else if (x.ref() == null) {
      return null;
    } else if (m.group("ry") != null) {
      String r = TimeLexicon.lower(m.group("ry"));
      year = x.ref().getYear() + (r.equals("last") ? -1 : r.equals("next") ? 1 : 0);
      anchor = x.refText();
    } else {
      tense = tenses.tense(x.text(), x.s(), x.h());
      year = TimeMath.inferYear(x.ref(), midMonth, 0, tense);
      anchor = x.refText();
    }
    return new Normalisers.Value(year + "-" + part, gran, "", anchor, tense);
  }

  /** {@code fiscal}: "fiscal 2025", "fiscal year 2023", "FY23", "the 2024 fiscal year" → {@code FY2024}. */
  Normalisers.Value fiscal(Normalisers.Match x) {
    String y = x.m().group("y") != null ? x.m().group("y") : x.m().group("y2");
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      year += 2000;
    }
    return new Normalisers.Value("FY" + year, "year", "", "", 0);
  }

  /**
   * {@code period-part}: "the end of the month", "the beginning of the year", "the middle of the week" — the
   * current period of the statement date; "the new year" is the coming one from October on.
   */
  Normalisers.Value periodPart(Normalisers.Match x, String mod) {
    LocalDate ref = x.ref();
    if (ref == null) {
      return null;
    }
    String u = TimeLexicon.lower(x.m().group("u"));
    boolean fresh = x.m().group("new") != null;
    // "we will hold exercises at the beginning of the year", said in November or December: the year ahead
    int tense = u.equals("year") && mod.equals("early") && !fresh ? tenses.tense(x.text(), x.s(), x.h()) : 0;
    boolean ahead = fresh || tense > 0;
    String value = switch (u) {
      case "week" -> TimeMath.isoWeek(ref);
      case "month" -> ref.toString().substring(0, 7);
      // "by the end of the decade" → 202 (TIMEX3: the decade's first three digits), "the century" → 20
      case "decade" -> String.valueOf(ref.getYear() / 10);
      case "century" -> TimeText.two(ref.getYear() / 100);
      default -> String.valueOf(ref.getYear() + (ahead && ref.getMonthValue() >= (fresh ? 10 : 11) ? 1 : 0));
    };
    return new Normalisers.Value(value, u, mod, x.refText(), tense);
  }

  private static int ordinal(String w) {
    return switch (w == null ? "" : w.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th", "final", "last" -> 4;
      default -> -1;
    };
  }
}

package org.readout.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passes over one sentence's normalised expressions that split or join them where TIMEX3 wants other spans
 * than the recognition rules give: a range of two full years is two years, two days joined by "and" are two
 * days, a day and its clock time ("Monday, March 4, 2024, at 12:00 PM", "5 p.m. on December 20") are one time,
 * and the first month of a range takes the year written after the second ("from January to November this
 * year"). Each pass edits the list in place (null entries are left for the caller to drop). Stateless.
 */
final class Spans {
  private static final Pattern DAY_LIST = Pattern.compile("(?s)(.*?\\d{1,2}(?:st|nd|rd|th)?),?\\s+and\\s+(.+)");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CLOCK = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  /** Between a day and its clock time: "December 7 at 3 p.m.", "Monday, March 4, 2024, at 12:00 PM". */
  private static final Pattern DAY_THEN_CLOCK = Pattern.compile(",?\\s*(?:at\\s+)?");
  /** Between a clock time and its day: "5 p.m. on December 20", "15:00, December 7". */
  private static final Pattern CLOCK_THEN_DAY = Pattern.compile(",?\\s*(?:on\\s+)?");
  /** Between the two months of a range: "January to November", "March–May", "April through June". */
  private static final Pattern MONTH_RANGE = Pattern.compile("\\s*(?:to|through|till|until|and|–|-)\\s*");
  private static final Pattern YEAR_WORDS = Pattern.compile("(?i).*(?:\\d{4}|\\b(?:this|last|next|past)\\b).*");

  private Spans() {
  }

  /**
   * TIMEX3 has no interval values: a range of two full years ("1922–1924", "2014-2015") becomes two year
   * expressions, each with its own span. Ranges whose end is abbreviated ("2021-22") stay one interval.
   */
  static void splitYearRanges(List<TemporalExpression> xs) {
    for (int i = xs.size() - 1; i >= 0; i--) {
      TemporalExpression x = xs.get(i);
      if (x == null || !x.value().matches("\\d{4}/\\d{4}") || !x.text().matches("\\d{4}\\s*[–-]\\s*\\d{4}")) {
        continue;
      }
      String y1 = x.value().substring(0, 4);
      String y2 = x.value().substring(5);
      int e2 = x.start() + x.text().length();
      xs.set(i, new TemporalExpression(x.statement(), x.sentence(), x.start(), x.start() + 4, y1, y1, "year", x.modifier(),
          x.anchor(), x.event(), x.rule()));
      xs.add(i + 1, new TemporalExpression(x.statement(), x.sentence(), e2 - 4, e2, y2, y2, "year", "", x.anchor(), "",
          x.rule()));
    }
  }

  /**
   * Two days joined by "and" ("January 11 and November 26, 2021", "December 7 and 8") are two dates, not the
   * interval a dash makes: each gets its own span, the first the year written after the second.
   */
  static void splitDayLists(List<TemporalExpression> xs) {
    splitDayPairs(xs, DAY_LIST);
  }


  /** A range of days: "May 5 – May 9, 2022", "December 30 to January 2", "November 9–10, 2020". */
  private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
      "(?s)(\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*(?:[–-]|to|through)\\s*((?:\\p{L}+\\.?\\s+)?\\d{1,2}.*)");

  /**
   * A range of days ("May 5 – May 9, 2022", "March 4-6") is two dates, as two days joined by "and" are (TIMEX3
   * has no interval values; the gold's guidelines give a range two dates): each end is a date of its own, the
   * second's text the day with what follows it ("6, 2022").
   */
  static void splitMonthDayRanges(List<TemporalExpression> xs) {
    splitDayPairs(xs, MONTH_DAY_RANGE);
  }

  /**
   * Splits each month-day interval ({@code date-mdy}) whose text {@code shape} matches into two day expressions:
   * group 1 the first end's text, group 2 the second's.
   */
  private static void splitDayPairs(List<TemporalExpression> xs, Pattern shape) {
    for (int i = xs.size() - 1; i >= 0; i--) {
      TemporalExpression x = xs.get(i);
      if (x == null || !x.rule().startsWith("date-mdy") || !x.value().matches("[\\dX]{4}-\\d\\d-\\d\\d/[\\dX]{4}-\\d\\d-\\d\\d")) {
        continue;
      }
      Matcher m = shape.matcher(x.text());
      if (!m.matches()) {
        continue;
      }
      String a = x.value().substring(0, 10);
      String z = x.value().substring(11);
      int s2 = x.start() + m.start(2);
      xs.set(i, new TemporalExpression(x.statement(), x.sentence(), x.start(), x.start() + m.end(1), m.group(1), a, "day",
          x.modifier(), x.anchor(), x.event(), x.rule()));
      xs.add(i + 1, new TemporalExpression(x.statement(), x.sentence(), s2, x.start() + x.text().length(), m.group(2), z,
          "day", x.modifier(), x.anchor(), "", x.rule()));
    }
  }


  /** "the eve of " right before a day. */
  private static final Pattern EVE_OF = Pattern.compile("(?i)(?<![\\p{L}])the\\s+eve\\s+of\\s+$");
  /** "the evening of " right before a day: that day's part. */
  private static final Pattern PART_OF = Pattern.compile("(?i)(?<![\\p{L}])the\\s+(\\p{L}+)\\s+of\\s+$");

  /** "the eve of Victory Day", "on the eve of December 7": the day before, one expression from "the" on. */
  static void eveOf(List<TemporalExpression> xs, String text, int sentenceStart) {
    extendBack(xs, text, sentenceStart, EVE_OF, (x, m) -> java.time.LocalDate.parse(x.value()).minusDays(1).toString());
  }

  /**
   * A part of day "of" a day ("the evening of Thursday, May 5") is that day's part ({@code 2022-05-05TEV}),
   * one expression from "the" on. {@code parts} maps a part of day (lower case) to its TIMEX3 code.
   */
  static void partOfDayOfDate(List<TemporalExpression> xs, String text, int sentenceStart,
                              java.util.Map<String, String> parts) {
    extendBack(xs, text, sentenceStart, PART_OF, (x, m) -> {
      String code = parts.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
      return code == null ? null : x.value() + "T" + code;
    });
  }

  /**
   * Each day expression right after a match of {@code before} (ending where the day starts, within 30 characters of
   * it in its sentence) becomes one expression from the match on, valued by {@code value} (the day and the match;
   * null leaves it as it is); its granularity follows the value (a day, or a part of day: a time).
   */
  private static void extendBack(List<TemporalExpression> xs, String text, int sentenceStart, Pattern before,
                                 java.util.function.BiFunction<TemporalExpression, Matcher, String> value) {
    for (int i = 0; i < xs.size(); i++) {
      TemporalExpression x = xs.get(i);
      if (x == null || !isDay(x)) {
        continue;
      }
      int from = Math.max(sentenceStart, x.start() - 30);
      Matcher m = before.matcher(text.substring(from, x.start()));
      String v = m.find() ? value.apply(x, m) : null;
      if (v == null) {
        continue;
      }
      int start = from + m.start();
      boolean part = v.contains("T");
      xs.set(i, new TemporalExpression(x.statement(), x.sentence(), start, x.end(), text.substring(start, x.end()), v,
          part ? "time" : "day", x.modifier(), x.anchor(), x.event(), x.rule() + (part ? "+part" : "+eve")));
    }
  }

  /**
   * A day followed by a clock time ("Sunday, September 8, 2024 at 5:00 P.M."), or a clock time followed by a
   * day ("9 p.m. on December 20"), is one time of that day. Only a clock time that named no day of its own
   * (it was placed on the statement's day) is joined.
   */
  static void joinDayAndClock(List<TemporalExpression> xs, String text) {
    for (int i = xs.size() - 2; i >= 0; i--) {
      TemporalExpression a = xs.get(i);
      TemporalExpression b = xs.get(i + 1);
      if (a == null || b == null || a.end() > b.start()) {
        continue;
      }
      String gap = text.substring(a.end(), b.start());
      TemporalExpression day;
      TemporalExpression clock;
      if (isDay(a) && bareClock(b) && DAY_THEN_CLOCK.matcher(gap).matches()) {
        day = a;
        clock = b;
      } else if (bareClock(a) && isDay(b) && CLOCK_THEN_DAY.matcher(gap).matches()) {
        day = b;
        clock = a;
      } else {
        continue;
      }
      xs.set(i, new TemporalExpression(a.statement(), a.sentence(), a.start(), b.end(), text.substring(a.start(), b.end()),
          day.value() + clock.value().substring(10), "time", "", day.anchor(),
          day.event().isEmpty() ? clock.event() : day.event(), day.rule() + "+clock"));
      xs.remove(i + 1);
    }
  }

  /** Between the two clock times of a range: "9 a.m. to 5 p.m.", "10:00–16:00". */
  private static final Pattern CLOCK_RANGE = Pattern.compile("\\s*(?:to|until|till|through|–|-)\\s*");

  /**
   * The first clock time of a range whose second names its day ("from 9:00 AM to 5:00 PM on Saturday, April 16")
   * is on that day too: it was only placed on the statement's day. Runs after {@link #joinDayAndClock}.
   */
  static void clockRangeDays(List<TemporalExpression> xs, String text) {
    for (int i = 0; i + 1 < xs.size(); i++) {
      TemporalExpression a = xs.get(i);
      TemporalExpression b = xs.get(i + 1);
      if (a == null || b == null || a.end() > b.start() || !bareClock(a) || !b.rule().endsWith("+clock")
          || !CLOCK.matcher(b.value()).matches() || !CLOCK_RANGE.matcher(text.substring(a.end(), b.start())).matches()) {
        continue;
      }
      xs.set(i, new TemporalExpression(a.statement(), a.sentence(), a.start(), a.end(), a.text(),
          b.value().substring(0, 10) + a.value().substring(10), "time", a.modifier(), b.anchor(), b.event(),
          a.rule() + "+range"));
    }
  }

  private static boolean isDay(TemporalExpression x) {
    return x.granularity().equals("day") && DAY.matcher(x.value()).matches();
  }

  private static boolean bareClock(TemporalExpression x) {
    return x.rule().startsWith("clock") && CLOCK.matcher(x.value()).matches() && x.value().startsWith(x.anchor())
        && !x.anchor().isEmpty();
  }

  /**
   * The first month of a range whose second month carries the year ("from January to November this year",
   * "March–May 2021") lies in that year, or the year before when it comes later in the calendar ("November to
   * February 2022"): its own year was only inferred.
   */
  static void rangeYears(List<TemporalExpression> xs, String text) {
    for (int i = 0; i + 1 < xs.size(); i++) {
      TemporalExpression a = xs.get(i);
      TemporalExpression b = xs.get(i + 1);
      if (a == null || b == null || !a.rule().startsWith("month") || !MONTH.matcher(a.value()).matches()
          || !MONTH.matcher(b.value()).matches() || a.anchor().isEmpty() || YEAR_WORDS.matcher(a.text()).matches()
          || !YEAR_WORDS.matcher(b.text()).matches() || a.end() > b.start()
          || !MONTH_RANGE.matcher(text.substring(a.end(), b.start())).matches()) {
        continue;
      }
      int year = Integer.parseInt(b.value().substring(0, 4));
      String month = a.value().substring(5);
      if (month.compareTo(b.value().substring(5)) > 0) {
        year--;
      }
      xs.set(i, new TemporalExpression(a.statement(), a.sentence(), a.start(), a.end(), a.text(), year + "-" + month,
          a.granularity(), a.modifier(), b.value(), a.event(), a.rule().replaceAll("\\+(future|past)$", "") + "+range"));
    }
  }
}

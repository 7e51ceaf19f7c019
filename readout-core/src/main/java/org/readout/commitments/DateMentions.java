package org.readout.commitments;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a later sentence names a commitment's date, for tracking ({@link Tracker}): the day ("December 7",
 * "7 December"), the month ("the December call"), or another date that rules the commitment out. Month names
 * are those of {@code java.time} in English; a bare "May" (the modal) is no date reference. Stateless.
 */
final class DateMentions {
  /**
   * A date reference in any year ("December 7", "7 December"): the shape {@link #namesDay} looks for, so the
   * prefilter {@link Tracker#mayReferBack} never drops a sentence it would match.
   */
  private static final Pattern MONTH_DAY;
  /** A month name (capitalised) with an optional day before (group 1) or after (group 3) it; group 2 the month. */
  private static final Pattern MONTH;

  static {
    StringBuilder months = new StringBuilder();
    for (Month m : Month.values()) {
      months.append(months.length() == 0 ? "" : "|").append(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    // the abbreviations of news style ("Feb. 9", "Sept. 21") name a month as well as the full names do
    String abbreviated = "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    MONTH = Pattern.compile("\\b(?:(\\d{1,2})\\s+)?(" + months + "|" + abbreviated
        + ")(?![\\p{L}])(?:\\s+(\\d{1,2})\\b)?");
    MONTH_DAY = Pattern.compile("\\b(?:(?:" + months + ")\\s+\\d{1,2}|\\d{1,2}\\s+(?:" + months + "))\\b",
        Pattern.CASE_INSENSITIVE);
  }

  private DateMentions() {
  }

  /**
   * True when {@code commitment} (a commitment's sentence) names the month of its act ("will reconvene the forum
   * on September 17") and {@code later} dates its report to other months only, with a day or a year ("On June
   * 17, 2022, the President convened the forum"): the report is of another occurrence. "May" counts only with
   * a day (else the modal).
   */
  static boolean otherMonth(String commitment, String later) {
    java.util.Set<String> planned = new java.util.HashSet<>();
    Matcher m = MONTH.matcher(commitment);
    while (m.find()) {
      if (!m.group(2).equals("May") || m.group(1) != null || m.group(3) != null) {
        planned.add(month(m.group(2)).name());
      }
    }
    if (planned.isEmpty()) {
      return false;
    }
    boolean dated = false;
    Matcher n = MONTH.matcher(later);
    while (n.find()) {
      boolean withDay = n.group(1) != null || n.group(3) != null;
      boolean withYear = later.startsWith(",", n.end()) ? later.substring(n.end()).matches("(?s),?\\s*\\d{4}.*")
          : later.substring(n.end()).matches("(?s)\\s+\\d{4}.*");
      if (!withDay && !withYear) {
        continue;
      }
      if (planned.contains(month(n.group(2)).name())) {
        return false;
      }
      dated = true;
    }
    return dated;
  }

  /** The month a full or abbreviated name ("Sept.") names. */
  private static Month month(String name) {
    String head = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(head)) {
        return m;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** True when {@code word} is the name of a month or a day of the week (any case): a date, no proper name. */
  static boolean calendarWord(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().equals(w)) {
        return true;
      }
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      if (d.name().equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code sentence} names a day of some month, in any year. */
  static boolean anyMonthDay(String sentence) {
    return MONTH_DAY.matcher(sentence).find();
  }

  /** True when {@code text} names the day of {@code date}: "December 7" or "7 December". */
  static boolean namesDay(LocalDate date, String text) {
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    int day = date.getDayOfMonth();
    return Pattern.compile("\\b(?:" + month + "\\s+" + day + "|" + day + "\\s+" + month + ")\\b", Pattern.CASE_INSENSITIVE)
        .matcher(text).find();
  }

  /** True when {@code text} names the month of {@code date} as such, capitalised ("the December call"); never for May. */
  static boolean namesMonth(LocalDate date, String text) {
    if (date.getMonth() == Month.MAY) {
      return false;
    }
    return Pattern.compile("\\b" + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "\\b").matcher(text).find();
  }

  /**
   * True when {@code text} names a month other than that of {@code date}, or a day of its month more
   * than two days from it ("May" only with a day: the modal).
   */
  static boolean otherDate(LocalDate date, String text) {
    Matcher m = MONTH.matcher(text);
    while (m.find()) {
      Month month = month(m.group(2));
      String day = m.group(1) != null ? m.group(1) : m.group(3);
      if (month == Month.MAY && day == null) {
        continue;
      }
      if (month != date.getMonth()) {
        return true;
      }
      if (day != null && Math.abs(Integer.parseInt(day) - date.getDayOfMonth()) > 2) {
        return true;
      }
    }
    return false;
  }
}

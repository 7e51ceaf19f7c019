package org.readout.commitments;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two checks of a one-off meeting a commitment sets ("President X will host Y on June 10"), used by
 * {@link Precision} for acts of meeting: the host a later sentence names is the committed one, and the report
 * falls near the day the commitment names. Data in tracking.yaml ({@code host-titles}, {@code host-skip},
 * {@code near-term-days}). Written from the development split of the tracking judgements (a meeting set for a
 * day in June reported by a meeting of the same leaders in November) and one general weakness named without its
 * sentences (another official hosting the committed guest). Stateless apart from the lexicon; thread-safe.
 */
final class OneOffEvent {
  private static final Pattern HOSTED_BY = Pattern.compile("\\bhosted\\s+by\\s+((?:[\\p{L}.'\u2019-]+\\s*){1,6})");
  private static final Pattern HOSTED = Pattern.compile("\\b(?:co-)?hosted\\b");
  /** Where the clause before "hosted" starts: a clause break or the sentence start. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:\u2014(]|,\\s+(?:and|but|while|which|where)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'\u2019-]*");
  /** A day the commitment sets ("on June 10", "March 17", "10 June"), not a deadline ("by June 10"). */
  private static final Pattern DAY;

  static {
    StringBuilder months = new StringBuilder();
    for (Month m : Month.values()) {
      months.append(months.length() == 0 ? "" : "|").append(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    DAY = Pattern.compile("(?<!\\b(?:by|before|until|through)\\s)\\b(?:(" + months + ")\\s+(\\d{1,2})|(\\d{1,2})\\s+("
        + months + "))\\b(?!\\s*[-\u2013]\\s*\\d)");
  }

  private final TrackingLexicon lexicon;

  OneOffEvent(TrackingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * True when {@code later} reports the meeting hosted by someone other than the commitment's subject ({@code
   * subject}: the commitment's words before its action): the host's names share none with the subject's, or,
   * when either names no one, their titles differ ("the Vice President hosted" for "the President will host").
   * False when the sentence names no host or the subject names no person.
   */
  boolean otherHost(String subject, String later) {
    String host = host(later);
    if (host == null) {
      return false;
    }
    Set<String> hostNames = names(host);
    Set<String> subjectNames = names(subject);
    if (!hostNames.isEmpty() && !subjectNames.isEmpty()) {
      return java.util.Collections.disjoint(hostNames, subjectNames);
    }
    String hostTitle = title(host);
    String subjectTitle = title(subject);
    return hostTitle != null && subjectTitle != null && !hostTitle.equals(subjectTitle);
  }

  /** The words naming the host of the first "hosted" in {@code later}, or null. */
  private static String host(String later) {
    Matcher by = HOSTED_BY.matcher(later);
    if (by.find()) {
      return by.group(1);
    }
    Matcher m = HOSTED.matcher(later);
    if (!m.find()) {
      return null;
    }
    String before = later.substring(0, m.start());
    int from = 0;
    Matcher b = CLAUSE_BREAK.matcher(before);
    while (b.find()) {
      from = b.end();
    }
    return before.substring(from);
  }

  /** Capitalised words of {@code text} that are no titles, openers or calendar words, lowercased. */
  private Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().replaceAll("[.'\u2019]+$", "").replaceAll("['\u2019]s$", "");
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (!lexicon.hostSkip.contains(lower) && !DateMentions.calendarWord(lower)) {
        out.add(lower);
      }
    }
    return out;
  }

  /** The longest title ({@code host-titles}) {@code text} holds, or null. */
  private String title(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    for (String t : lexicon.hostTitles) {
      if (lower.contains(" " + t + " ")) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when the commitment's sentence sets its meeting for a day ({@code commitment}, written on {@code
   * written}) and the report ({@code later}, of {@code reported}) comes more than {@code near-term-days} after that
   * day without naming its month: the report is of another meeting of the same people.
   */
  boolean outsideDay(String commitment, LocalDate written, String later, LocalDate reported) {
    if (written == null || reported == null) {
      return false;
    }
    LocalDate day = day(commitment, written);
    return day != null && reported.isAfter(day.plusDays(lexicon.nearTermDays)) && !DateMentions.namesMonth(day, later);
  }

  /** The first day {@code commitment} sets, in the year of {@code written} or the next when it has passed; or null. */
  static LocalDate day(String commitment, LocalDate written) {
    Matcher m = DAY.matcher(commitment);
    if (!m.find()) {
      return null;
    }
    String month = m.group(1) != null ? m.group(1) : m.group(4);
    int d = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
    Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
    if (d < 1 || d > mo.length(true)) {
      return null;
    }
    LocalDate day = LocalDate.of(written.getYear(), mo, Math.min(d, mo.length(java.time.Year.isLeap(written.getYear()))));
    return day.isBefore(written.minusDays(7)) ? day.plusYears(1) : day;
  }
}

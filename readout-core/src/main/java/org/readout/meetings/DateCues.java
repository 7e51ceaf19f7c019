package org.readout.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day references in titles and leads, resolved against the publication date: "November 15",
 * "15 December 2021", "this Friday", "tomorrow", "last night". Month names must be capitalised (the
 * verb "may" is no month). Only what places a meeting in time is needed here, so the set is small;
 * the full temporal tagger lives in {@code org.readout.time}.
 */
final class DateCues {
  record DayRef(LocalDate date, int start, int end, String text) {
  }

  private static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:(this|next|last|on)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(today|tonight|this evening|this morning|this afternoon|earlier today|tomorrow|yesterday|last night)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTH = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateCues() {
  }

  /**
   * Day references in {@code text} in text order. {@code future} says which way a bare weekday points
   * (a preview's "Tuesday" is the next one, a readout's the last one).
   */
  static List<DayRef> find(String text, LocalDate published, boolean future) {
    List<DayRef> out = new ArrayList<>();
    if (published == null || text.isEmpty()) {
      return out;
    }
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      add(out, monthDay(m.group(1), m.group(2), m.group(3), published), m);
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      add(out, monthDay(m.group(2), m.group(1), m.group(3), published), m);
    }
    m = WEEKDAY.matcher(text);
    while (m.find()) {
      if (insideAnother(out, m.start())) {
        continue; // "Monday, November 15": the date says it
      }
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      LocalDate d;
      if (q.equals("last") || (!future && !q.equals("next") && !q.equals("this"))) {
        d = published.with(TemporalAdjusters.previousOrSame(day));
      } else if (q.equals("next")) {
        d = published.with(TemporalAdjusters.next(day));
      } else {
        d = published.with(TemporalAdjusters.nextOrSame(day));
      }
      add(out, d, m);
    }
    m = RELATIVE.matcher(text);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      LocalDate d = switch (w) {
        case "tomorrow" -> published.plusDays(1);
        case "yesterday" -> published.minusDays(1);
        // a transcript published the next morning says "last night" of the day before
        case "last night" -> published.minusDays(1);
        default -> published;
      };
      add(out, d, m);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean insideAnother(List<DayRef> refs, int at) {
    for (DayRef r : refs) {
      if (at >= r.start() - 12 && at < r.start()) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<DayRef> out, LocalDate d, Matcher m) {
    if (d != null) {
      out.add(new DayRef(d, m.start(), m.end(), m.group()));
    }
  }

  /** A month and day, with the year given or the one that puts the day nearest the publication date. */
  private static LocalDate monthDay(String month, String day, String year, LocalDate published) {
    Integer mo = MONTH.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
    int d = Integer.parseInt(day);
    if (mo == null || d < 1 || d > 31) {
      return null;
    }
    try {
      if (year != null) {
        return LocalDate.of(Integer.parseInt(year), mo, Math.min(d, LocalDate.of(Integer.parseInt(year), mo, 1).lengthOfMonth()));
      }
      LocalDate best = null;
      for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
        LocalDate c = LocalDate.of(y, mo, Math.min(d, LocalDate.of(y, mo, 1).lengthOfMonth()));
        if (best == null || Math.abs(c.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) {
          best = c;
        }
      }
      return best;
    } catch (RuntimeException e) {
      return null;
    }
  }
}

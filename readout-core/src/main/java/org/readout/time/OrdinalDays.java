package org.readout.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The normaliser of ordinal days written without a month ("They start on the 10th in Geneva, then the 12th in
 * Brussels"): kept apart from {@link Normalisers} because it reads the narrative (the last date named) rather than
 * the expression alone. Immutable and thread-safe.
 */
final class OrdinalDays {
  /** Words after an ordinal that make it no day ("the 20th and 21st centuries", "the 30th anniversary"). */
  private static final Pattern ORDINAL_NOUNS = Pattern.compile(
      "(?i)^(?:\\s*(?:and|or|to|,)\\s*(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th))?\\s+(?:centur|anniversar|birthday|time|floor|"
      + "amendment|congress|convocation|session|round|place|annual|summit|meeting|edition|generation|grade|district)");

  private final TenseDetector tenses;

  OrdinalDays(TenseDetector tenses) {
    this.tenses = tenses;
  }

  /**
   * {@code ordinal-day}: "on the 10th", "the 12th in Brussels": the day of the month the narrative is in (the
   * last date named: its month, or the month of its week), else of the statement's month, the next month when
   * the day has passed and the sentence looks ahead. No day when a noun follows ("the 30th anniversary").
   */
  Normalisers.Value day(Normalisers.Match x) {
    LocalDate ref = x.ref();
    if (ref == null || ORDINAL_NOUNS.matcher(x.text().substring(x.h().end(), Math.min(x.s().end(), x.h().end() + 40)))
        .find()) {
      return null;
    }
    int d = Integer.parseInt(x.m().group("d"));
    Normalisers.Story story = x.story();
    LocalDate base;
    int tense = 0;
    if (story != null && story.rank() >= 2) {
      base = story.date();
    } else {
      tense = tenses.tense(x.text(), x.s(), x.h());
      base = tense > 0 && d < ref.getDayOfMonth() ? ref.plusMonths(1) : ref;
    }
    LocalDate day = TimeText.safeDate(base.getYear(), base.getMonthValue(), d);
    if (day == null) {
      return null;
    }
    if (story != null && story.rank() == 3 && day.isBefore(base)) {
      day = TimeText.safeDate(base.plusMonths(1).getYear(), base.plusMonths(1).getMonthValue(), d); // a week across months
      if (day == null) {
        return null;
      }
    }
    String anchor = story != null && story.rank() >= 2 ? story.date().toString() : x.refText();
    return new Normalisers.Value(day.toString(), "day", "", anchor, tense);
  }
}

package org.readout.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Normalisers of calendar periods that are not months or days: quarters ("the fourth quarter of 2023" →
 * {@code 2023-Q4}, "last quarter"), halves ("the first half of next year" → {@code 2025-H1}), fiscal years
 * ("fiscal 2025", "FY23" → {@code FY2023}) and a part of the current period ("the end of the month", "the
 * beginning of the new year"). A quarter or half without a year takes the year its tense points to, as a
 * month does. Immutable and thread-safe.
 */
final class PeriodNormalisers {
  private final TenseDetector tenses;

  PeriodNormalisers(TenseDetector tenses) {
    this.tenses = tenses;
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
    String value = switch (u) {
      case "week" -> TimeMath.isoWeek(ref);
      case "month" -> ref.toString().substring(0, 7);
      default -> String.valueOf(ref.getYear() + (fresh && ref.getMonthValue() >= 10 ? 1 : 0));
    };
    return new Normalisers.Value(value, u, mod, x.refText(), 0);
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

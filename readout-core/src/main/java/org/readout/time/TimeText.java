package org.readout.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Word and date helpers shared by the temporal rules. Stateless. */
final class TimeText {
  private TimeText() {
  }

  /** The word (letters only) ending at or before {@code pos}, lower case; {@code ""} if none. */
  static String prevWord(String text, int pos) {
    int e = pos;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /** Where the word ending at or before {@code pos} starts ({@code pos} itself when there is none). */
  static int prevWordStart(String text, int pos) {
    int e = pos;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b == e ? pos : b;
  }

  /** The word (letters and apostrophes) starting at or after {@code from}, as written. */
  static String nextWord(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < limit && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '’' || text.charAt(j) == '\'')) {
      j++;
    }
    return text.substring(i, j);
  }

  static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The position after the last non-space character before {@code i} (at least 1 when text precedes). */
  static int skipSpaceBack(String text, int i) {
    while (i > 1 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return Math.max(i, 1);
  }

  /** The date, or null when it does not exist (February 30). */
  static LocalDate safeDate(int y, int m, int d) {
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}

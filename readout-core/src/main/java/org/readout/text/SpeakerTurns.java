package org.readout.text;

import java.util.Set;

/**
 * Speaker labels ("MR. SULLIVAN:", "Aide to the President Yury Ushakov:") and the paragraph breaks
 * lost before them (step 2 of normalisation). Stateless.
 */
final class SpeakerTurns {
  private static final Set<String> LABEL_CONNECTORS = NormaliserWords.STANDARD.labelConnectors();
  private static final Set<String> SINGLE_WORD_LABELS = NormaliserWords.STANDARD.singleWordLabels();

  private SpeakerTurns() {
  }

  /**
   * Text on one line (the Kremlin bulk file) lost its paragraph breaks. Puts a blank line before each
   * run-in speaker label that follows a sentence end ("... attention. Vladimir Putin: Colleagues") and
   * in place of {@code * * *} separators.
   */
  static String restoreRunInBreaks(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '*' && (i == 0 || s.charAt(i - 1) == ' ')) {
        int end = separatorEnd(s, i);
        if (end > 0) {
          if (b == null) {
            b = new StringBuilder(n + 64).append(s, 0, i);
          }
          b.append("\n\n");
          i = end - 1;
          continue;
        }
      }
      if (c == ' ' && i > 0 && isSentenceEnd(s.charAt(i - 1)) && i + 1 < n
          && (mixedLabelEnd(s, i + 1) > 0 || upperLabelEnd(s, i + 1) > 0)) {
        if (b == null) {
          b = new StringBuilder(n + 64).append(s, 0, i);
        }
        b.append("\n\n");
        continue;
      }
      if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** End of an inline "* * *" (or "***") separator starting at {@code i}, or -1. */
  private static int separatorEnd(String s, int i) {
    int n = s.length();
    int stars = 0;
    int j = i;
    while (j < n && (s.charAt(j) == '*' || s.charAt(j) == ' ')) {
      if (s.charAt(j) == '*') {
        stars++;
      }
      j++;
    }
    // the run must stand alone: followed by the end or by text after a space
    if (stars >= 3 && (j == n || s.charAt(j - 1) == ' ')) {
      return j;
    }
    return -1;
  }

  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '>' || c == '"' || c == '”' || c == '»' || c == ')'
        || c == '’';
  }

  /**
   * End (after the colon) of a mixed-case speaker label starting at {@code from}: capitalised words,
   * lower-case connectors inside ("Aide to the President Yury Ushakov:"), at most eight words, two or
   * more unless a known single word ("Question:"). -1 when there is none.
   */
  static int mixedLabelEnd(String s, int from) {
    int n = s.length();
    int i = from;
    int words = 0;
    boolean lastCapitalised = false;
    String firstWord = null;
    while (i < n && words < 9) {
      int start = i;
      while (i < n && isLabelChar(s.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len == 0 || len > 30) {
        return -1;
      }
      char first = s.charAt(start);
      boolean capitalised = Character.isUpperCase(first);
      if (!capitalised) {
        if (words == 0 || !LABEL_CONNECTORS.contains(s.substring(start, i))) {
          return -1;
        }
      }
      if (words == 0) {
        firstWord = s.substring(start, i);
      }
      words++;
      lastCapitalised = capitalised;
      if (i < n && s.charAt(i) == ':') {
        boolean endsOk = i + 1 == n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n';
        boolean enough = words >= 2 || SINGLE_WORD_LABELS.contains(firstWord);
        return endsOk && lastCapitalised && enough && words <= 8 ? i + 1 : -1;
      }
      if (i < n && s.charAt(i) == ' ') {
        i++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isLabelChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’';
  }

  /**
   * End (after the colon) of an upper-case speaker label such as "MR. SULLIVAN:" or "THE PRESIDENT:"
   * starting at {@code from}, or -1.
   */
  static int upperLabelEnd(String s, int from) {
    int n = s.length();
    int letters = 0;
    int limit = Math.min(n, from + 60);
    if (from >= n || !Character.isUpperCase(s.charAt(from))) {
      return -1;
    }
    for (int i = from; i < limit; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        boolean endsOk = i + 1 == n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n';
        return letters >= 2 && endsOk ? i + 1 : -1;
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return -1;
        }
        letters++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '’') {
        return -1;
      }
    }
    return -1;
  }
}

package org.readout.text;

import static org.readout.text.SpeakerTurns.isSentenceEnd;
import static org.readout.text.SpeakerTurns.mixedLabelEnd;
import static org.readout.text.SpeakerTurns.upperLabelEnd;

import org.readout.text.TextNormaliser.Syntax;

/**
 * Step 3 of normalisation: lines to blocks. Hard-wrapped lines are rejoined; list items, headings,
 * quotes and transcript turns start blocks of their own; block markers and separator lines go.
 * Output: one block per line. Stateless.
 */
final class Blocks {
  private Blocks() {
  }

  static String blocks(String s, Syntax syntax) {
    boolean md = syntax == Syntax.MARKDOWN;
    StringBuilder out = new StringBuilder(s.length());
    boolean open = false;
    boolean prevHard = false;
    boolean prevHeading = false;
    boolean prevQuote = false;
    int n = s.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int end = lineEnd;
      int trailing = 0;
      while (end > lineStart && s.charAt(end - 1) == ' ') {
        end--;
        trailing++;
      }
      boolean hard = md && trailing >= 2;
      if (md && end > lineStart && s.charAt(end - 1) == '\\' && (end - 1 == lineStart || s.charAt(end - 2) != '\\')) {
        end--;
        hard = true;
      }
      int start = lineStart;
      while (start < end && s.charAt(start) == ' ') {
        start++;
      }
      lineStart = lineEnd + 1;
      if (start >= end) {
        open = false;
        prevHard = false;
        prevQuote = false;
        continue;
      }
      String c = s.substring(start, end);
      boolean quote = false;
      boolean marker = false;
      boolean heading = false;
      // Markers nest ("> - ## text"): strip them all here, so one pass settles the line.
      for (boolean again = true; again && !c.isEmpty(); ) {
        again = false;
        if (isSeparatorLine(c) || md && c.startsWith(":::")) {
          c = "";
          break;
        }
        if (md && c.charAt(0) == '>') {
          int k = 0;
          while (k < c.length() && (c.charAt(k) == '>' || c.charAt(k) == ' ')) {
            k++;
          }
          c = c.substring(k);
          quote = true;
          again = true;
          continue;
        }
        int h = md ? headingTextStart(c) : -1;
        if (h >= 0) {
          c = stripClosingHashes(c.substring(h));
          heading = true;
          again = true;
          continue;
        }
        int bullet = bulletEnd(c);
        if (bullet > 0) {
          c = c.substring(bullet);
          marker = true;
          again = true;
        }
      }
      if (c.isEmpty()) {
        open = false;
        prevHard = false;
        prevQuote = quote;
        continue;
      }
      if (heading) {
        hard = true;
      }
      boolean startsBlock = quote != prevQuote || marker || heading || isOrderedItem(c) || upperLabelEnd(c, 0) > 0
          || isQuestionTurn(c) || (mixedLabelEnd(c, 0) > 0 && (!open || isSentenceEnd(out.charAt(out.length() - 1))));
      if (c.isEmpty()) {
        open = false;
        continue;
      }
      // A Markdown hard break before a lower-case word is a stray "<br>" inside a sentence
      // ("we will  \napproach the issue"), not the end of a paragraph.
      boolean breaks = prevHeading || prevHard && !Character.isLowerCase(c.charAt(0));
      if (!open || breaks || startsBlock) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(c);
        open = true;
      } else {
        out.append(' ').append(c);
      }
      prevHard = hard;
      prevHeading = heading;
      prevQuote = quote;
    }
    return out.toString();
  }

  /** A line made only of separator marks ("\###", "* * *", "---", "# # #"), at least three of them. */
  static boolean isSeparatorLine(String c) {
    int marks = 0;
    for (int i = 0; i < c.length(); i++) {
      char x = c.charAt(i);
      if (x == '#' || x == '*' || x == '-' || x == '_' || x == '=' || x == '~') {
        marks++;
      } else if (x != ' ' && x != '\\') {
        return false;
      }
    }
    return marks >= 3;
  }

  /** Start of the heading text after "#".."######" and a space, or -1. */
  private static int headingTextStart(String c) {
    int k = 0;
    while (k < c.length() && c.charAt(k) == '#') {
      k++;
    }
    if (k == 0 || k > 6) {
      return -1;
    }
    if (k == c.length()) {
      return k;
    }
    if (c.charAt(k) != ' ') {
      return -1;
    }
    while (k < c.length() && c.charAt(k) == ' ') {
      k++;
    }
    return k;
  }

  private static String stripClosingHashes(String h) {
    int e = h.length();
    int k = e;
    while (k > 0 && h.charAt(k - 1) == '#') {
      k--;
    }
    if (k < e && (k == 0 || h.charAt(k - 1) == ' ')) {
      e = k;
      while (e > 0 && h.charAt(e - 1) == ' ') {
        e--;
      }
    }
    return h.substring(0, e);
  }

  /** Length of an unordered list marker ("- ", "* ", "+ ", "• ") with its spaces, or 0. */
  private static int bulletEnd(String c) {
    if (c.length() < 2) {
      return 0;
    }
    char m = c.charAt(0);
    if ((m == '-' || m == '*' || m == '+' || m == '•' || m == '▪' || m == '◦' || m == '●') && c.charAt(1) == ' ') {
      int k = 1;
      while (k < c.length() && c.charAt(k) == ' ') {
        k++;
      }
      return k;
    }
    return 0;
  }

  /** "1. ", "12) " or "(a) " at the start of a line. */
  private static boolean isOrderedItem(String c) {
    int k = 0;
    if (c.charAt(0) == '(') {
      k = 1;
      while (k < c.length() && k <= 4 && Character.isLetterOrDigit(c.charAt(k))) {
        k++;
      }
      return k > 1 && k + 1 < c.length() && c.charAt(k) == ')' && c.charAt(k + 1) == ' ';
    }
    while (k < c.length() && k < 3 && c.charAt(k) >= '0' && c.charAt(k) <= '9') {
      k++;
    }
    return k > 0 && k + 1 < c.length() && (c.charAt(k) == '.' || c.charAt(k) == ')') && c.charAt(k + 1) == ' ';
  }

  /** A press-briefing question turn: "Q", "Q  Thank you", "Q: ...". */
  private static boolean isQuestionTurn(String c) {
    return c.charAt(0) == 'Q' && (c.length() == 1 || c.charAt(1) == ' ' || c.charAt(1) == ':');
  }
}

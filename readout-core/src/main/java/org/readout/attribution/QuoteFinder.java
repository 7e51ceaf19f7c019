package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quoted stretches: typographic double quotes (“ ”), guillemets (« »), straight double quotes
 * (paired within a paragraph) and typographic single quotes (‘ ’, telling a closing quote from an
 * apostrophe by the letters around it). A typographic quote left open at a paragraph end continues
 * when the next paragraph opens with a quote mark, as news style does; otherwise it ends with its
 * paragraph when it reads as whole sentences, and is dropped when it does not.
 * Stateless and thread-safe.
 */
public final class QuoteFinder {
  /** Longest quote accepted; longer pairs are almost always stray marks. */
  static final int MAX_QUOTE = 4000;

  private QuoteFinder() {
  }

  public static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (open >= 0) {
        if (c == closer && (closer != '’' || closesSingle(text, i))) {
          if (i - open > 1 && i - open < MAX_QUOTE) {
            out.add(new Quote(open, i + 1));
          }
          open = -1;
        } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
          int next = i + 2;
          while (next < n && text.charAt(next) == '\n') {
            next++;
          }
          boolean continues = closer == '”' && next < n && text.charAt(next) == '“';
          if (continues) {
            i = next; // the reopening mark belongs to the same quote
          } else {
            unclosed(text, open, closer, i, out);
            open = -1;
          }
        }
        continue;
      }
      switch (c) {
        case '“' -> { open = i; closer = '”'; }
        case '«' -> { open = i; closer = '»'; }
        case '"' -> { open = i; closer = '"'; }
        case '‘' -> {
          if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            open = i;
            closer = '’';
          }
        }
        default -> { }
      }
    }
    if (open >= 0) {
      unclosed(text, open, closer, n, out);
    }
    return out;
  }

  /**
   * A typographic quote never closed before its paragraph ends at {@code end}: when what follows the
   * mark reads as whole sentences (at least three words, ending in . ! or ?) and opens no other quote,
   * the quote runs to the paragraph's end; its last sentence mark stands where the closing mark would.
   */
  private static void unclosed(String text, int open, char closer, int end, List<Quote> out) {
    if (closer != '”') {
      return;
    }
    int e = end;
    while (e > open + 1 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e - open < 12 || e - open >= MAX_QUOTE || ".!?".indexOf(text.charAt(e - 1)) < 0
        || text.substring(open + 1, e).indexOf('“') >= 0
        || text.substring(open + 1, e).trim().split("\\s+").length < 3) {
      return;
    }
    out.add(new Quote(open, e));
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "her", "them", "you");

  /**
   * A single-quoted stretch opening right after a cue inside a quote, past spaces, an object pronoun ("told me,")
   * and one comma or colon, or null.
   */
  static Quote nestedAfter(String text, int from, int end) {
    int p = from;
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    int w = p;
    while (w < end && Character.isLetter(text.charAt(w))) {
      w++;
    }
    if (w > p && OBJECT_PRONOUNS.contains(text.substring(p, w))) {
      p = w;
    }
    if (p < end && (text.charAt(p) == ',' || text.charAt(p) == ':')) {
      p++;
    }
    while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\n')) {
      p++;
    }
    return p < end ? nestedAt(text, p, end) : null;
  }

  /**
   * A single-quoted stretch nested in a quote, opening at {@code open} and closed before {@code end}
   * ("He told me, ‘We are ready,’ and left", or with straight marks: "…, 'We are ready.' …"), or null: a
   * closing mark is one without letters on both sides (not an apostrophe), a straight one follows no space,
   * and neither paragraph break nor another opening mark comes before it.
   */
  static Quote nestedAt(String text, int open, int end) {
    if (open >= end || open + 1 >= text.length()) {
      return null;
    }
    char c = text.charAt(open);
    if (c != '‘' && c != '\'') {
      return null;
    }
    if (open > 0 && Character.isLetterOrDigit(text.charAt(open - 1)) || !Character.isLetterOrDigit(text.charAt(open + 1))) {
      return null;
    }
    char closer = c == '‘' ? '’' : '\'';
    for (int i = open + 2; i < end; i++) {
      char d = text.charAt(i);
      if (d == '\n' && i + 1 < end && text.charAt(i + 1) == '\n' || d == '‘' || d == '“' || d == '”') {
        return null;
      }
      if (d == closer && closesSingle(text, i) && (closer != '\'' || !Character.isWhitespace(text.charAt(i - 1)))) {
        return hasWords(text, open + 1, i) ? new Quote(open, i + 1) : null;
      }
    }
    return null;
  }

  private static boolean hasWords(String text, int s, int e) {
    return text.substring(s, e).trim().split("\\s+").length >= 2;
  }

  private static boolean closesSingle(String text, int i) {
    boolean letterBefore = i > 0 && Character.isLetter(text.charAt(i - 1));
    boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return !(letterBefore && letterAfter);
  }
}

package org.readout.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.model.Sentence;
import org.readout.model.Token;

/**
 * The words of a sentence as phrase matching sees them: runs of letters and digits (a dot between two
 * letters stays inside, so "U.S." is one word), split at hyphens and apostrophes, lowercased, with
 * the token's lemma when the analysis provides one for exactly that span. Independent of the
 * tokenizer in use, so phrase rules behave the same whichever sentence/token stage ran.
 * Immutable.
 */
public final class Words {
  private final int[] start;
  private final int[] end;
  private final String[] lower;
  private final String[] lemma;
  private final String[] singular;

  private Words(List<int[]> spans, String text, int base, Map<Integer, Token> tokensAt) {
    int n = spans.size();
    start = new int[n];
    end = new int[n];
    lower = new String[n];
    lemma = new String[n];
    singular = new String[n];
    for (int i = 0; i < n; i++) {
      int[] s = spans.get(i);
      start[i] = base + s[0];
      end[i] = base + s[1];
      lower[i] = text.substring(s[0], s[1]).toLowerCase(Locale.ROOT);
      Token t = tokensAt.get(start[i]);
      lemma[i] = t != null && t.end() == end[i] && t.lemma() != null && !t.lemma().isEmpty()
          && !t.lemma().equals("o") ? t.lemma().toLowerCase(Locale.ROOT) : lower[i];
      singular[i] = singular(lower[i]);
    }
  }

  /** Words of a sentence; offsets are into the statement text. */
  public static Words of(Sentence sentence) {
    Map<Integer, Token> at = new HashMap<>();
    for (Token t : sentence.tokens()) {
      at.putIfAbsent(t.start(), t);
    }
    return new Words(spans(sentence.text()), sentence.text(), sentence.start(), at);
  }

  /** Words of a free-standing text (offsets into it). */
  public static Words of(String text) {
    return new Words(spans(text), text, 0, Map.of());
  }

  /** Lowercased word strings of a text, for phrase compilation. */
  static List<String> lowerWords(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans(text)) {
      out.add(text.substring(s[0], s[1]).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  public int size() {
    return lower.length;
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  public String lower(int i) {
    return lower[i];
  }

  public String lemma(int i) {
    return lemma[i];
  }

  /** The lowercase form with a plural -s removed (a cheap fallback when no lemmatizer ran). */
  public String singular(int i) {
    return singular[i];
  }

  /** {@code w} without a plural ending (-ies → -y, -s dropped except after s, u, i); crude but consistent. */
  public static String singular(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's' && w.charAt(n - 2) != 'u' && w.charAt(n - 2) != 'i') {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > s
            && Character.isLetter(text.charAt(i - 1)) && i - s <= 2) {
          // abbreviations such as U.S. and U.N.: single letters joined by dots
          i++;
        } else {
          break;
        }
      }
      out.add(new int[] {s, i});
    }
    return out;
  }
}

package org.readout.actors;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.internal.YamlData;

/**
 * The token stream the actor matcher walks: words, dotted abbreviations and single punctuation marks,
 * each with offsets into the source text, a normalised lowercase key and whether the surface had no
 * lowercase letters (acronyms such as {@code US} or {@code WHO} only match upper-case surfaces).
 *
 * <p>Keys are built so that dictionary phrases and running text tokenize the same way: {@code U.S.}
 * and {@code US} both give {@code us}; {@code Mr.} and {@code Mr} give {@code mr}; {@code ’s} and
 * {@code 's} give {@code 's}; diacritics are dropped ({@code António} gives {@code antonio}). Word
 * boundaries fall out of the tokenization: {@code Moscowitz} is one token and never matches
 * {@code Moscow}. Not thread-safe; short-lived, one per sentence.
 */
final class MatchTokens {
  /**
   * Abbreviations whose trailing period belongs to the token rather than ending a sentence
   * ({@code matching.yaml}). A constant of the tokenisation, like a character table: dictionary phrases
   * and running text must be tokenized alike, so it is not configurable per engine.
   */
  private static final Set<String> ABBREVIATIONS = Set.copyOf(
      YamlData.resource(MatchTokens.class, "matching.yaml", Data.class).abbreviations());

  /** {@code matching.yaml} as written. */
  record Data(List<String> abbreviations) {
  }
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private int size;
  private CharSequence source;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private String[] keys = new String[32];
  private boolean[] upper = new boolean[32];
  private boolean[] capital = new boolean[32];

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String key(int i) {
    return keys[i];
  }

  /** True when the surface of token {@code i} has no lowercase letter. */
  boolean upper(int i) {
    return upper[i];
  }

  /** True when the surface of token {@code i} starts with an upper-case letter. */
  boolean capital(int i) {
    return capital[i];
  }

  /** Tokenizes a whole phrase (dictionary side). */
  static MatchTokens of(String text) {
    MatchTokens t = new MatchTokens();
    t.tokenize(text, 0, text.length());
    return t;
  }

  /** Replaces the contents with the tokens of {@code text[from, to)}. */
  MatchTokens tokenize(CharSequence text, int from, int to) {
    size = 0;
    this.source = text;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        i = word(text, i, to);
      } else if ((c == '\'' || c == '’') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        add(i, i + 2, "'s", false);
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
        add(i, end, punctuationKey(c), false);
        i = end;
      }
    }
    return this;
  }

  private int word(CharSequence text, int start, int to) {
    int i = start;
    while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int end = i;
    // Dotted abbreviation: U.S., U.K., D.C. — single letters each followed by a period.
    if (end - start == 1 && Character.isLetter(text.charAt(start)) && end < to && text.charAt(end) == '.') {
      int j = end + 1;
      int letters = 1;
      while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
          && (j + 2 >= to || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
        j += 2;
        letters++;
      }
      if (letters >= 2) {
        StringBuilder key = new StringBuilder(letters);
        boolean up = true;
        for (int k = start; k < j; k += 2) {
          char ch = text.charAt(k);
          up &= !Character.isLowerCase(ch);
          key.append(Character.toLowerCase(ch));
        }
        add(start, j, key.toString(), up);
        return j;
      }
      if (Character.isUpperCase(text.charAt(start))) {
        // An initial such as the "R." in "Joseph R. Biden".
        add(start, end + 1, String.valueOf(Character.toLowerCase(text.charAt(start))), true);
        return end + 1;
      }
    }
    String key = wordKey(text, start, end);
    boolean up = true;
    for (int k = start; k < end; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        up = false;
        break;
      }
    }
    if (end < to && text.charAt(end) == '.' && ABBREVIATIONS.contains(key)) {
      end++;
    }
    add(start, end, key, up);
    return end;
  }

  private static String wordKey(CharSequence text, int start, int end) {
    boolean ascii = true;
    boolean lower = true;
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      if (ch > 0x7f) {
        ascii = false;
      } else if (ch >= 'A' && ch <= 'Z') {
        lower = false;
      }
    }
    String s = text.subSequence(start, end).toString();
    if (ascii) {
      return lower ? s : s.toLowerCase(Locale.ROOT);
    }
    String stripped = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return stripped.toLowerCase(Locale.ROOT);
  }

  private static String punctuationKey(char c) {
    switch (c) {
      case '‐': case '‑': case '‒': case '–': case '—': case '−':
        return "-";
      case '’': case '‘': case '`':
        return "'";
      case '“': case '”': case '«': case '»':
        return "\"";
      default:
        return String.valueOf(c);
    }
  }

  private void add(int start, int end, String key, boolean up) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      keys = Arrays.copyOf(keys, n);
      upper = Arrays.copyOf(upper, n);
      capital = Arrays.copyOf(capital, n);
    }
    starts[size] = start;
    ends[size] = end;
    keys[size] = key;
    upper[size] = up;
    capital[size] = Character.isUpperCase(source.charAt(start));
    size++;
  }
}

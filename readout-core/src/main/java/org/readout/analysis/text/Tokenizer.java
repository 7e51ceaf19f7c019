package org.readout.analysis.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based tokenizer producing character spans.
 *
 * <p>Contract ({@link #tokenize(CharSequence, int, int, SpanSink)}): tokens lie inside the given
 * range, in order, never overlap, never start or end inside a surrogate pair, and cover every
 * non-whitespace character of the range. Conventions:
 * <ul>
 *   <li>Words and numbers are one token each; a hyphen between letters or digits joins
 *   ({@code de-escalation}, {@code NATO-Russia}, {@code COVID-19}); digits joined by {@code . , : /}
 *   stay one number ({@code 1.5}, {@code 10,000}, {@code 3:03}).</li>
 *   <li>Abbreviations keep their period: letter-period chains ({@code U.S.}, {@code a.m.}), the
 *   abbreviations of {@code sentences.yaml} ({@code Mr.}, {@code Jr.}, {@code No.}) and initials
 *   ({@code R.}) unless the period ends the range. {@code U.S.-Russia} is {@code U.S.}, {@code -},
 *   {@code Russia}.</li>
 *   <li>Clitics split off, Penn Treebank style: possessive and contracted {@code ’s}/{@code 's},
 *   {@code ’re}, {@code ’ve}, {@code ’ll}, {@code ’d}, {@code ’m} and {@code n’t}
 *   ({@code Russia’s} → {@code Russia} {@code ’s}; {@code can’t} → {@code ca} {@code n’t}).</li>
 *   <li>Every other character is its own token, except runs of periods ({@code ...}).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Tokenizer {
  private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");

  private final Set<String> abbreviations = new HashSet<>();

  /** Receives token spans without allocating a record per token. */
  @FunctionalInterface
  public interface SpanSink {
    void token(int start, int end);
  }

  Tokenizer(TextData.Sentences data) {
    for (List<String> list : List.of(data.neverEnd(), data.numberPrefixes(), data.months(), data.ambiguous())) {
      for (String a : list) {
        abbreviations.add(a.toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * The tokenizer configured by the bundled {@code sentences.yaml} (parsed once). Called when an
   * engine is assembled ({@code ReadoutConfig.defaults()}); stages receive their tokenizer.
   */
  public static Tokenizer bundled() {
    return new Tokenizer(TextData.sentences());
  }

  /** Tokenizes {@code text[from, to)}, reporting each token span to {@code sink}. */
  public void tokenize(CharSequence text, int from, int to, SpanSink sink) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (SentenceSplitter.isSpace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c) || (Character.isHighSurrogate(c) && i + 1 < to
          && Character.isLetterOrDigit(Character.codePointAt(text, i)))) {
        i = word(text, i, to, sink);
        continue;
      }
      if (c == '.') {
        int j = i;
        while (j < to && text.charAt(j) == '.') {
          j++;
        }
        sink.token(i, j);
        i = j;
        continue;
      }
      if ((c == '\'' || c == '\u2019') && i > from && Character.isLetter(text.charAt(i - 1))) {
        int e = cliticEnd(text, i + 1, to);
        if (e > 0) {
          sink.token(i, e);
          i = e;
          continue;
        }
      }
      int j = i + (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1);
      sink.token(i, j);
      i = j;
    }
  }

  /** Scans one word or number starting at {@code s}; returns the index after it. */
  private int word(CharSequence text, int s, int to, SpanSink sink) {
    int chain = periodChainEnd(text, s, to);
    if (chain > 0) {
      sink.token(s, chain);
      return chain;
    }
    int i = s;
    while (i < to) {
      char c = text.charAt(i);
      if (isWordChar(text, i, to)) {
        i += Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
        continue;
      }
      if (i + 1 < to && (c == '-' || c == '\u2010' || c == '\u2011') && isWordChar(text, i + 1, to)) {
        i++;
        continue;
      }
      if (i + 1 < to && (c == '.' || c == ',' || c == ':' || c == '/') && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if ((c == '\'' || c == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
        if (cliticEnd(text, i + 1, to) > 0) {
          break;
        }
        if (i - 1 > s && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
            && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
            && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
          // "don’t" → "do" + "n’t"
          sink.token(s, i - 1);
          sink.token(i - 1, i + 2);
          return i + 2;
        }
        i++;
        continue;
      }
      break;
    }
    // Abbreviations and initials keep their period.
    if (i < to && text.charAt(i) == '.' && (i + 1 == to || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
      boolean initial = i - s == 1 && Character.isUpperCase(text.charAt(s)) && i + 1 < to;
      if (initial || abbreviations.contains(text.subSequence(s, i).toString().toLowerCase(Locale.ROOT))) {
        i++;
      }
    }
    sink.token(s, i);
    return i;
  }

  /** End of a letter-period chain like "U.S." or "a.m." (at least two letters), or -1. */
  private static int periodChainEnd(CharSequence text, int s, int to) {
    int i = s;
    int groups = 0;
    // Bounded so a long "a.b.c.d…9" run (not a chain) stays linear: chains are short.
    while (groups < 8 && i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
      groups++;
      i += 2;
    }
    if (groups >= 2 && (i >= to || !Character.isLetterOrDigit(text.charAt(i)))) {
      return i;
    }
    return -1;
  }

  /** End of a clitic (s, re, ve, ll, d, m) starting at {@code i} and followed by a non-letter, or -1. */
  private static int cliticEnd(CharSequence text, int i, int to) {
    int e = i;
    while (e < to && e - i < 3 && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e == i || (e < to && Character.isLetter(text.charAt(e)))) {
      return -1;
    }
    return CLITICS.contains(text.subSequence(i, e).toString().toLowerCase(Locale.ROOT)) ? e : -1;
  }

  private static boolean isWordChar(CharSequence text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
          && Character.isLetterOrDigit(Character.codePointAt(text, i));
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}

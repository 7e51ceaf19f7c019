package org.readout.analysis.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitter tuned for diplomatic statements and transcripts.
 *
 * <p>Contract: {@link #split(CharSequence)} returns non-empty, non-overlapping spans in text order;
 * each span starts and ends on a non-whitespace character. Text not covered by a span is whitespace
 * or a section separator ({@code * * *}). It never throws on any input.
 *
 * <p>Rules, in order of strength:
 * <ol>
 *   <li>A blank line (two line breaks, possibly with spaces between) always ends a sentence. A single
 *   line break ends one only when the next line starts a list item, a heading or a speaker label.</li>
 *   <li>{@code ?} and {@code !} (and runs such as {@code ?!}) end a sentence unless a lower-case word
 *   follows; an ellipsis ends one before a capital.</li>
 *   <li>A period followed by closing quotes/brackets and whitespace ends a sentence, unless the word
 *   before it is listed in {@code sentences.yaml}: titles ({@code Mr.}, {@code Gen.}) never end one,
 *   number prefixes ({@code No. 7}) and months ({@code Jan. 9}) don't before a number, and ambiguous
 *   abbreviations ({@code Jr.}, {@code U.S.}, initials like {@code R.}) end one only when a typical
 *   sentence starter ({@code The}, {@code We}, …) or a speaker label follows.</li>
 *   <li>A period inside a token ({@code U.S.-Russia}, {@code 1.5}) never ends a sentence; nor does a
 *   period before a lower-case word, a comma or a dash, nor an enumerator opening a sentence
 *   ({@code 1.}, {@code a.}).</li>
 * </ol>
 * Speaker labels ({@link SpeakerLabels}) are never sentences of their own: they prefix the first
 * sentence of their turn. A role-led label glued behind a lost heading ("... at the meeting President
 * of Russia Vladimir Putin: Colleagues") starts a new sentence even without a preceding period.
 *
 * <p>Immutable and thread-safe; build once ({@link #bundled()}) and share.
 */
public final class SentenceSplitter {
  /** Longest word looked at around a period; abbreviations and starters are far shorter. */
  private static final int MAX_WORD = 40;

  private final Set<String> neverEnd;
  private final Set<String> numberPrefixes;
  private final Set<String> months;
  private final Set<String> ambiguous;
  private final Set<String> starters;
  private final List<String> separators;
  /** First characters of {@link #separators}, so the per-character check is one lookup. */
  private final String separatorStarts;
  private final SpeakerLabels labels;

  SentenceSplitter(TextData.Sentences data) {
    this.neverEnd = lowered(data.neverEnd());
    this.numberPrefixes = lowered(data.numberPrefixes());
    this.months = lowered(data.months());
    this.ambiguous = lowered(data.ambiguous());
    this.starters = new HashSet<>(data.sentenceStarters());
    this.separators = data.separators().stream().filter(x -> !x.isEmpty()).toList();
    StringBuilder firsts = new StringBuilder();
    for (String sep : separators) {
      firsts.append(sep.charAt(0));
    }
    this.separatorStarts = firsts.toString();
    this.labels = new SpeakerLabels(data);
  }

  /**
   * The splitter configured by the bundled {@code sentences.yaml} (parsed once). Called when an engine
   * is assembled ({@code ReadoutConfig.defaults()}); stages receive their splitter.
   */
  public static SentenceSplitter bundled() {
    return new SentenceSplitter(TextData.sentences());
  }

  /** The speaker-label recogniser this splitter uses. */
  public SpeakerLabels labels() {
    return labels;
  }

  /** Sentence spans of {@code text}, in order. */
  public List<Span> split(CharSequence text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int j = i;
        int breaks = 0;
        while (j < n && isSpace(text.charAt(j))) {
          char w = text.charAt(j);
          if (w == '\n' || w == '\u2029') {
            breaks += w == '\u2029' ? 2 : 1;
          }
          j++;
        }
        if (start >= 0 && (breaks >= 2 || (breaks == 1 && j < n && startsBlock(text, j)))) {
          out.add(new Span(start, i));
          start = -1;
        }
        i = j;
        continue;
      }
      int sep = separatorEnd(text, i);
      // A separator stands after whitespace, or glued to a sentence end ("approved.*** President").
      if (sep > 0 && (i == 0 || isSpace(text.charAt(i - 1)) || isTerminal(text.charAt(i - 1))
          || isCloser(text.charAt(i - 1)))) {
        if (start >= 0) {
          out.add(new Span(start, trimEnd(text, start, i)));
          start = -1;
        }
        i = sep;
        continue;
      }
      if (start < 0) {
        start = i;
      }
      if (c == ':' && i > start) {
        int label = labels.midLabelStart(text, start, i);
        if (label > start) {
          out.add(new Span(start, trimEnd(text, start, label)));
          start = label;
        }
      }
      if (isTerminal(c)) {
        int k = i;
        while (k < n && isTerminal(text.charAt(k))) {
          k++;
        }
        int m = k;
        while (m < n && isCloser(text.charAt(m))) {
          m++;
        }
        if (m == n) {
          break;
        }
        if ((isSpace(text.charAt(m)) && endsSentence(text, start, i, k, m)) || gluedEnd(text, start, i, k, m)) {
          out.add(new Span(start, m));
          start = -1;
        }
        i = m;
        continue;
      }
      i++;
    }
    if (start >= 0) {
      int end = trimEnd(text, start, n);
      if (end > start) {
        out.add(new Span(start, end));
      }
    }
    return out;
  }

  /** Whether the terminal run {@code [t, k)} followed by closers up to {@code m} ends the sentence. */
  private boolean endsSentence(CharSequence text, int start, int t, int k, int m) {
    int n = text.length();
    if (text.charAt(m - 1) == ')' && onlyLabelAndStageDirection(text, start, m)) {
      // "PRESIDENT XI:  (As interpreted.)" is no sentence: the direction belongs to what follows.
      return false;
    }
    int p = m;
    while (p < n && isSpace(text.charAt(p))) {
      p++;
    }
    if (p == n) {
      return true;
    }
    if (separatorEnd(text, p) > 0) {
      return true;
    }
    int q = p;
    while (q < n && isOpener(text.charAt(q))) {
      q++;
    }
    if (q == n) {
      return true;
    }
    char next = text.charAt(q);
    if (Character.isLowerCase(next) || isContinuation(next)) {
      return false;
    }
    boolean question = false;
    boolean ellipsis = k - t > 1;
    for (int x = t; x < k; x++) {
      char c = text.charAt(x);
      question |= c == '?' || c == '!';
      ellipsis |= c == '\u2026';
    }
    if (question) {
      return true;
    }
    if (ellipsis) {
      return Character.isUpperCase(next) || labels.labelEnd(text, q, false) > 0;
    }
    // A single period: look at the word before it.
    int ws = wordStart(text, t);
    if (ws == t) {
      return true;
    }
    String word = text.subSequence(ws, t).toString();
    String key = word.toLowerCase(Locale.ROOT);
    boolean inner = word.indexOf('.') >= 0;
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    if (ws == start && isEnumerator(word)) {
      return false;
    }
    if (neverEnd.contains(key)) {
      return false;
    }
    if (Character.isDigit(next)) {
      return !(numberPrefixes.contains(key) || months.contains(key) || ambiguous.contains(key) || inner
          || initial);
    }
    if (labels.labelEnd(text, q, false) > 0) {
      return true;
    }
    if (initial || inner || ambiguous.contains(key) || months.contains(key)) {
      return isStarter(text, q);
    }
    return true;
  }

  /**
   * Sentence ends with no space after them, as scraped Kremlin text has: a stage direction glued to
   * the end ("I do.(Addressing President Lukashenko.)") or a lost space between a lower-case word
   * and a capitalised one ("events.This is").
   */
  private boolean gluedEnd(CharSequence text, int start, int t, int k, int m) {
    int n = text.length();
    if (m + 1 >= n) {
      return false;
    }
    char c = text.charAt(m);
    if (c == '(') {
      return Character.isUpperCase(text.charAt(m + 1));
    }
    if (m != k || k != t + 1 || text.charAt(t) != '.' || !Character.isUpperCase(c)
        || !Character.isLowerCase(text.charAt(m + 1))) {
      return false;
    }
    int ws = wordStart(text, t);
    if (t - ws < 2) {
      return false;
    }
    for (int x = ws; x < t; x++) {
      if (!Character.isLowerCase(text.charAt(x))) {
        return false;
      }
    }
    String key = text.subSequence(ws, t).toString();
    return !(neverEnd.contains(key) || numberPrefixes.contains(key) || ambiguous.contains(key));
  }

  /** Whether {@code text[start, m)} is a speaker label followed only by one parenthetical. */
  private boolean onlyLabelAndStageDirection(CharSequence text, int start, int m) {
    int le = labels.labelEnd(text, start, true);
    if (le < 0) {
      return false;
    }
    int p = le;
    while (p < m && isSpace(text.charAt(p))) {
      p++;
    }
    if (p >= m || text.charAt(p) != '(') {
      return false;
    }
    for (int x = p + 1; x < m - 1; x++) {
      if (text.charAt(x) == ')' || text.charAt(x) == '(') {
        return false;
      }
    }
    return true;
  }

  private boolean isStarter(CharSequence text, int q) {
    int e = q;
    int n = Math.min(text.length(), q + MAX_WORD);
    while (e < n && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > q && starters.contains(text.subSequence(q, e).toString());
  }

  /** Whether a line starting at {@code j} opens a new block: list item, heading or speaker label. */
  private boolean startsBlock(CharSequence text, int j) {
    int n = text.length();
    char c = text.charAt(j);
    if ((c == '-' || c == '*' || c == '\u2022' || c == '\u2013' || c == '\u2014') && j + 1 < n
        && text.charAt(j + 1) == ' ') {
      return true;
    }
    if (c == '#') {
      return true;
    }
    if (Character.isDigit(c)) {
      int d = j;
      while (d < n && d - j < 3 && Character.isDigit(text.charAt(d))) {
        d++;
      }
      if (d + 1 < n && (text.charAt(d) == '.' || text.charAt(d) == ')') && text.charAt(d + 1) == ' ') {
        return true;
      }
    }
    return labels.labelEnd(text, j, true) > 0;
  }

  /** End of a section separator starting at {@code i} and followed by whitespace or the end, else -1. */
  private int separatorEnd(CharSequence text, int i) {
    if (separatorStarts.indexOf(text.charAt(i)) < 0) {
      return -1;
    }
    for (String s : separators) {
      int e = i + s.length();
      if (e <= text.length() && s.contentEquals(text.subSequence(i, e))
          && (e == text.length() || isSpace(text.charAt(e)))) {
        return e;
      }
    }
    return -1;
  }

  /**
   * Start of the word ending just before the period at {@code t}: back to whitespace or an opener,
   * at most {@value #MAX_WORD} characters (longer runs are no abbreviation, and the bound keeps
   * pathological input such as "ab.Cd.ab.Cd…" linear).
   */
  private static int wordStart(CharSequence text, int t) {
    int s = t;
    int floor = Math.max(0, t - MAX_WORD);
    while (s > floor) {
      char c = text.charAt(s - 1);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019') {
        s--;
      } else {
        break;
      }
    }
    return s;
  }

  private static boolean isEnumerator(String word) {
    if (word.length() == 1 && Character.isLetterOrDigit(word.charAt(0))) {
      return true;
    }
    if (word.length() <= 3 && word.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return word.length() <= 4 && word.chars().allMatch(ch -> "IVXivx".indexOf(ch) >= 0);
  }

  private static int trimEnd(CharSequence text, int start, int end) {
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whitespace including the no-break spaces that {@link Character#isWhitespace} leaves out. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026' || c == '\u203c' || c == '\u2049';
  }

  /** Closing quotes and brackets, and invisible format characters (soft hyphen, zero-width space). */
  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == ')' || c == ']'
        || c == '}' || c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '\u00ab' || c == '(' || c == '['
        || c == '{';
  }

  /** Characters that continue a sentence after a period: "U.S., ", "etc.;", "Jr.) ", "U.S. — and". */
  private static boolean isContinuation(char c) {
    return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '-' || c == '\u2013'
        || c == '\u2014' || c == '%' || c == '&';
  }

  private static Set<String> lowered(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}

package org.readout.io.internal;

import java.text.Normalizer;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Normalises statement text so that every later offset refers to one stable string: NFC; every
 * Unicode space (NBSP, thin, ideographic, tab) becomes {@code ' '}; zero-width and control
 * characters go; hard-wrapped lines are rejoined into paragraphs separated by exactly {@code "\n\n"};
 * list items, headings, quotes and transcript turns ({@code MR. SULLIVAN:}, {@code Q}, {@code Aide to
 * the President Yury Ushakov:}) keep their own paragraphs; runs of spaces collapse; trailing
 * whitespace goes. In {@link Syntax#MARKDOWN} also Markdown/Pandoc syntax is taken out: backslash
 * escapes ({@code \###}, {@code \*}, {@code \[}), emphasis markers, link targets, images, raw HTML
 * tags, entities and separator lines ({@code ###}, {@code * * *}, {@code ---}). Text whose paragraph
 * breaks were lost (one long line, as in the Kremlin bulk file) gets breaks back before run-in speaker
 * labels and {@code * * *} separators. Typographic quotes are kept as they are.
 *
 * <p>The result is a fixed point: {@code normalise(normalise(x)) == normalise(x)} for any string,
 * so text that has been normalised once is never changed again. No regular expressions: every step
 * is a linear scan. Stateless and thread-safe.
 */
public final class TextNormaliser {
  /** Which syntax the raw text is written in. */
  public enum Syntax {
    /** Markdown (and Pandoc's flavour of it, with raw HTML), also used for plain text files. */
    MARKDOWN,
    /** Already-extracted plain text (from HTML): only characters, spaces and paragraphs. */
    PLAIN
  }

  private static final int MAX_PASSES = 12;
  private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "tr", "li", "ul", "ol", "table", "tbody",
      "thead", "tfoot", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "section",
      "article", "dl", "dt", "dd", "pre", "caption");
  private static final Set<String> CELL_TAGS = Set.of("td", "th");
  /** Lower-case words allowed inside a mixed-case speaker label such as "Aide to the President Yury Ushakov:". */
  private static final Set<String> LABEL_CONNECTORS = Set.of("of", "the", "to", "and", "for", "on", "in", "at",
      "de", "da", "del", "von", "van", "bin", "al", "el", "ibn", "ad", "la", "le");
  private static final Set<String> SINGLE_WORD_LABELS = Set.of("Question", "Answer", "Reply", "Remark", "Response");

  private TextNormaliser() {
  }

  /** Normalises Markdown (or plain text with Markdown habits). Never throws; null gives "". */
  public static String normalise(String raw) {
    return normalise(raw, Syntax.MARKDOWN);
  }

  /** Normalises {@code raw} written in {@code syntax}. Never throws; null gives "". */
  public static String normalise(String raw, Syntax syntax) {
    String cur = raw == null ? "" : raw;
    // Unescaping is not idempotent by nature (an escaped "\*" becomes a "*" that could read as
    // emphasis), so passes repeat until the text stops changing; the second pass is almost always the last.
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = once(cur, syntax);
      if (next.equals(cur) || !mayChangeAgain(next, syntax)) {
        return next;
      }
      cur = next;
    }
    return cur;
  }

  /**
   * Conservative and cheap: false only when another pass certainly leaves {@code out} (the output of
   * a pass) unchanged, so most texts need a single pass. A pass's output is NFC, has clean
   * characters, collapsed spaces and one line per paragraph, so only Markdown syntax that a pass
   * produced (an unescaped "*", a decoded "&lt;b&gt;") or a paragraph that starts like a block marker
   * can still change.
   */
  static boolean mayChangeAgain(String out, Syntax syntax) {
    int n = out.length();
    boolean lineStart = true;
    for (int i = 0; i < n; i++) {
      char c = out.charAt(i);
      if (lineStart) {
        if (c == '-' || c == '*' || c == '+' || c == '•' || c == '▪' || c == '◦' || c == '●' || c == '#' || c == '>'
            || c == ':') {
          return true;
        }
        lineStart = false;
      }
      if (c == '\n') {
        lineStart = true;
      } else if (syntax == Syntax.MARKDOWN) {
        char next = i + 1 < n ? out.charAt(i + 1) : ' ';
        switch (c) {
          case '\\' -> {
            if (isAsciiPunct(next) || i + 1 == n || next == '\n') { // escape, or a hard break at line end
              return true;
            }
          }
          case '*', '_', '~', '`', '[' -> {
            return true;
          }
          case '<' -> {
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!') {
              return true;
            }
          }
          case '&' -> {
            if (Character.isLetterOrDigit(next) || next == '#') {
              return true;
            }
          }
          default -> {
          }
        }
      }
    }
    return out.indexOf('\n') < 0 && !restoreRunInBreaks(out).equals(out);
  }

  static String once(String raw, Syntax syntax) {
    String s = cleanChars(raw);
    if (s.indexOf('\n') < 0) {
      s = restoreRunInBreaks(s);
    }
    String blocks = blocks(s, syntax);
    String inline = syntax == Syntax.MARKDOWN ? inline(blocks) : blocks;
    String out = paragraphs(inline);
    return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  // ---------------------------------------------------------------------------------------------
  // Step 1: characters.

  /** NFC, line ends to '\n', Unicode spaces to ' ', zero-width/control characters removed. */
  static String cleanChars(String raw) {
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\n') {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(n);
        b.append(s, 0, i);
      }
      if (c == '\r') {
        b.append('\n');
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        appendClean(b, c, s, i);
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append(s.charAt(++i));
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** Appends one non-ASCII-printable char mapped to its clean form (or nothing). */
  private static void appendClean(StringBuilder b, char c, CharSequence s, int i) {
    if (c == '\t' || c == ' ') {
      b.append(' ');
    } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
      b.append('\n');
    } else if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD' || c == '\u2060' || c == '\u200E' || c == '\u200F') {
      // zero-width and soft-hyphen characters carry no text
    } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      // other C0/C1 controls
    } else if (Character.isSpaceChar(c)) {
      b.append(' ');
    } else if (Character.isHighSurrogate(c)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c);
      } else {
        b.append('\uFFFD');
      }
    } else if (Character.isLowSurrogate(c)) {
      // reached only when unpaired: a paired low surrogate is appended with its high surrogate
      b.append('\uFFFD');
    } else {
      b.append(c);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Step 2: lost paragraph breaks.

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

  private static boolean isSentenceEnd(char c) {
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

  // ---------------------------------------------------------------------------------------------
  // Step 3: lines to blocks. Output: one block per line.

  private static String blocks(String s, Syntax syntax) {
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

  // ---------------------------------------------------------------------------------------------
  // Step 4: inline Markdown syntax.

  private static String inline(String t) {
    int n = t.length();
    StringBuilder o = new StringBuilder(n);
    int[] stack = new int[16];
    int depth = 0;
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 < n && isAsciiPunct(t.charAt(i + 1))) {
            o.append(t.charAt(i + 1));
            i += 2;
          } else {
            o.append(c);
            i++;
          }
        }
        case '*', '_', '~', '`' -> {
          int j = i;
          while (j < n && t.charAt(j) == c) {
            j++;
          }
          char prev = i > 0 ? t.charAt(i - 1) : ' ';
          char next = j < n ? t.charAt(j) : ' ';
          boolean drop;
          if (c == '`') {
            drop = true;
          } else if (c == '~') {
            drop = j - i >= 2;
          } else if (c == '_' && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            drop = false; // snake_case and URLs, not emphasis
          } else if (c == '*' && j - i >= 2) {
            drop = true; // "**" is never prose; scrapers leave stray "*** ****" around spaces
          } else {
            drop = !isSpace(prev) || !isSpace(next);
          }
          if (!drop) {
            o.append(t, i, j);
          }
          i = j;
        }
        case '!' -> {
          if (i + 1 < n && t.charAt(i + 1) == '[') {
            if (depth == stack.length) {
              stack = java.util.Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = -(o.length() + 1); // negative marks an image: its alt text goes too
            o.append("![");
            i += 2;
          } else {
            o.append(c);
            i++;
          }
        }
        case '[' -> {
          if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
          }
          stack[depth++] = o.length();
          o.append(c);
          i++;
        }
        case ']' -> {
          if (depth == 0) {
            o.append(c);
            i++;
            break;
          }
          int mark = stack[--depth];
          int after = linkTailEnd(t, i + 1);
          if (after < 0) {
            o.append(c);
            i++;
            break;
          }
          if (mark < 0) {
            o.setLength(-mark - 1);
          } else {
            o.deleteCharAt(mark);
          }
          i = after;
        }
        case '<' -> {
          int end = tagEnd(t, i);
          if (end < 0) {
            o.append(c);
            i++;
            break;
          }
          String inner = t.substring(i + 1, end);
          if (inner.startsWith("http://") || inner.startsWith("https://") || inner.startsWith("mailto:")) {
            o.append(inner);
          } else {
            String name = tagName(inner);
            if (BLOCK_TAGS.contains(name)) {
              o.append('\n');
            } else if (CELL_TAGS.contains(name)) {
              o.append(' ');
            }
          }
          i = end + 1;
        }
        case '&' -> {
          int end = entityEnd(t, i);
          if (end < 0) {
            o.append(c);
            i++;
            break;
          }
          String decoded = Parser.unescapeEntities(t.substring(i, end + 1), false);
          for (int k = 0; k < decoded.length(); k++) {
            char d = decoded.charAt(k);
            if (d >= 0x20 && d < 0x7F) {
              o.append(d);
            } else {
              appendClean(o, d, decoded, k);
            }
          }
          i = end + 1;
        }
        case '\n' -> {
          depth = 0; // links never span paragraphs
          o.append(c);
          i++;
        }
        default -> {
          // copy the run up to the next character that can start syntax in one go
          int j = i + 1;
          while (j < n && !isInlineSpecial(t.charAt(j))) {
            j++;
          }
          o.append(t, i, j);
          i = j;
        }
      }
    }
    return o.toString();
  }

  private static boolean isInlineSpecial(char c) {
    return switch (c) {
      case '\\', '*', '_', '~', '`', '!', '[', ']', '<', '&', '\n' -> true;
      default -> false;
    };
  }

  /**
   * After a closing ']': end of "(target)", "{.attributes}" or "[ref]" (the index after it), or -1
   * when the bracket is plain text.
   */
  private static int linkTailEnd(String t, int i) {
    int n = t.length();
    if (i >= n) {
      return -1;
    }
    char open = t.charAt(i);
    char close;
    if (open == '(') {
      close = ')';
    } else if (open == '{') {
      close = '}';
    } else if (open == '[') {
      close = ']';
    } else {
      return -1;
    }
    int nest = 0;
    int limit = Math.min(n, i + 4000);
    for (int j = i + 1; j < limit; j++) {
      char c = t.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (c == open && open == '(') {
        nest++;
      } else if (c == close) {
        if (nest == 0) {
          return j + 1;
        }
        nest--;
      } else if (c == ' ' && open == '(' && j == i + 1) {
        return -1; // "[x] (y)" style prose, not a link target
      }
    }
    return -1;
  }

  /** Index of the '>' closing an HTML tag or comment starting at {@code i}, or -1. */
  private static int tagEnd(String t, int i) {
    int n = t.length();
    if (i + 1 >= n) {
      return -1;
    }
    char c = t.charAt(i + 1);
    if (t.startsWith("<!--", i)) {
      int e = t.indexOf("-->", i + 4);
      return e < 0 || e - i > 20000 ? -1 : e + 2;
    }
    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!')) {
      return -1;
    }
    int limit = Math.min(n, i + 2000);
    for (int j = i + 1; j < limit; j++) {
      char x = t.charAt(j);
      if (x == '>') {
        return j;
      }
      if (x == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static String tagName(String inner) {
    int k = inner.startsWith("/") ? 1 : 0;
    int e = k;
    while (e < inner.length() && Character.isLetterOrDigit(inner.charAt(e))) {
      e++;
    }
    return inner.substring(k, e).toLowerCase(java.util.Locale.ROOT);
  }

  /** Index of the ';' ending an entity such as "&amp;" or "&#8217;" starting at {@code i}, or -1. */
  private static int entityEnd(String t, int i) {
    int n = t.length();
    int limit = Math.min(n, i + 34);
    int j = i + 1;
    if (j < n && t.charAt(j) == '#') {
      j++;
    }
    int start = j;
    while (j < limit && Character.isLetterOrDigit(t.charAt(j)) && t.charAt(j) < 0x80) {
      j++;
    }
    return j > start && j < n && t.charAt(j) == ';' ? j : -1;
  }

  private static boolean isAsciiPunct(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }

  // ---------------------------------------------------------------------------------------------
  // Step 5: paragraphs, spaces, separators.

  private static String paragraphs(String t) {
    int n = t.length();
    StringBuilder out = new StringBuilder(n + 64);
    StringBuilder para = new StringBuilder(256);
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : '\n';
      if (c == '\n') {
        int len = para.length();
        while (len > 0 && para.charAt(len - 1) == ' ') {
          len--;
        }
        para.setLength(len);
        if (len > 0 && !isSeparatorLine(para.toString())) {
          if (out.length() > 0) {
            out.append("\n\n");
          }
          out.append(para);
        }
        para.setLength(0);
      } else if (c == ' ') {
        if (para.length() > 0 && para.charAt(para.length() - 1) != ' ') {
          para.append(' ');
        }
      } else {
        para.append(c);
      }
    }
    return out.toString();
  }
}

package org.readout.text;

import java.text.Normalizer;

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
 * is a linear scan ({@link Characters}, {@link SpeakerTurns}, {@link Blocks}, {@link InlineMarkdown},
 * then paragraphs here). The word lists are data: {@code normaliser.yaml} beside this class.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * String text = TextNormaliser.normalise("The ministers met in\nthe morning.\n\n\\###");
 * // "The ministers met in the morning."
 * }</pre>
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
            if (Characters.isAsciiPunct(next) || i + 1 == n || next == '\n') { // escape, or a hard break at line end
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
    return out.indexOf('\n') < 0 && !SpeakerTurns.restoreRunInBreaks(out).equals(out);
  }

  static String once(String raw, Syntax syntax) {
    String s = Characters.clean(raw);
    if (s.indexOf('\n') < 0) {
      s = SpeakerTurns.restoreRunInBreaks(s);
    }
    String blocks = Blocks.blocks(s, syntax);
    String inline = syntax == Syntax.MARKDOWN ? InlineMarkdown.inline(blocks) : blocks;
    String out = paragraphs(inline);
    return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Step 5: paragraphs, spaces, separators. */
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
        if (len > 0 && !Blocks.isSeparatorLine(para.toString())) {
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

package org.readout.text;

import static org.readout.text.Characters.appendClean;
import static org.readout.text.Characters.isAsciiPunct;
import static org.readout.text.Characters.isSpace;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Step 4 of normalisation: inline Markdown syntax out (backslash escapes, emphasis markers, link
 * targets, images with their alt text, raw HTML tags and comments, entities decoded). Stateless.
 */
final class InlineMarkdown {
  private static final Set<String> BLOCK_TAGS = NormaliserWords.STANDARD.blockTags();
  private static final Set<String> CELL_TAGS = NormaliserWords.STANDARD.cellTags();

  private InlineMarkdown() {
  }

  static String inline(String t) {
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
}

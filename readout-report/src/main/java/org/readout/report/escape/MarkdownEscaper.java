package org.readout.report.escape;

/**
 * Escapes untrusted text for Markdown (CommonMark and GitHub-flavoured), inline and in table cells:
 * <ul>
 *   <li>HTML is never passed through: {@code <}, {@code >} and {@code &} become {@code &lt;},
 *       {@code &gt;} and {@code &amp;}, so a publisher {@code "><img src=x onerror=alert(1)>} is shown,
 *       not run, by a Markdown viewer that renders raw HTML;</li>
 *   <li>Markdown control characters get a backslash: {@code \ ` * _ [ ] | ~} (emphasis, code, links
 *       and images, table cells, strike-through);</li>
 *   <li>line breaks become spaces, so a value can never start a new block or table row.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class MarkdownEscaper {
  private MarkdownEscaper() {
  }

  /** {@code s} as literal text inside a Markdown paragraph, list item or table cell; null gives "". */
  public static String escape(String s) {
    return CharEscapes.replace(s, c -> switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '\\', '`', '*', '_', '[', ']', '|', '~' -> "\\" + c;
      case '\n', '\r' -> " ";
      default -> null;
    });
  }

  /**
   * A link target as an autolink {@code <url>} when it is a plain http(s) URL (no spaces, angle brackets
   * or controls, which would end the autolink early); otherwise the escaped text, not a link.
   */
  public static String autolink(String url) {
    if (url == null || url.isEmpty()) {
      return "";
    }
    boolean plain = url.startsWith("http://") || url.startsWith("https://");
    for (int i = 0; plain && i < url.length(); i++) {
      char c = url.charAt(i);
      plain = c > ' ' && c != '<' && c != '>' && c != 0x7F;
    }
    return plain ? "<" + url + ">" : escape(url);
  }
}

package org.readout.report.escape;

/**
 * Escapes untrusted text for HTML element content and for attribute values in either kind of quotes:
 * {@code < > & " '} become {@code &lt; &gt; &amp; &quot; &#39;}; everything else is kept (reports are
 * UTF-8). jsoup's {@code Entities.escape} does the same for the first four but writes {@code '} as
 * {@code &apos;}, which would change every report with an apostrophe; this class keeps the bytes
 * Readout has always written. Stateless and thread-safe.
 */
public final class HtmlEscaper {
  private HtmlEscaper() {
  }

  /** {@code s} safe inside an element or a quoted attribute; null gives "". */
  public static String escape(String s) {
    return CharEscapes.replace(s, c -> switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    });
  }
}

package org.readout.report.escape;

/**
 * Escapes untrusted text for XML (SVG) element content and quoted attribute values: {@code < > & " '}
 * become entities and the control characters XML 1.0 forbids (below U+0020 except tab, line feed and
 * carriage return) are dropped, so the output always parses. Stateless and thread-safe.
 */
public final class XmlEscaper {
  private XmlEscaper() {
  }

  /** {@code s} safe inside an XML element or a quoted attribute; null gives "". */
  public static String escape(String s) {
    return CharEscapes.replace(s, c -> switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&apos;";
      case '\t', '\n', '\r' -> null;
      default -> c < 0x20 ? "" : null;
    });
  }
}

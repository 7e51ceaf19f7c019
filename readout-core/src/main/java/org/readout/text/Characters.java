package org.readout.text;

import java.text.Normalizer;

/** Step 1 of normalisation: characters. Stateless. */
final class Characters {
  private Characters() {
  }

  /** NFC, line ends to '\n', Unicode spaces to ' ', zero-width/control characters removed. */
  static String clean(String raw) {
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
  static void appendClean(StringBuilder b, char c, CharSequence s, int i) {
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

  static boolean isAsciiPunct(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }
}

package org.readout.report.escape;

/** The character-by-character replacement loop the text escapers share. Stateless. */
final class CharEscapes {
  /** What a character becomes, or null to keep it. */
  @FunctionalInterface
  interface Replacement {
    String of(char c);
  }

  private CharEscapes() {
  }

  /** {@code s} with each character replaced as {@code r} says; allocates only when something changes; null gives "". */
  static String replace(String s, Replacement r) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = r.of(c);
      if (rep == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      out.append(rep);
    }
    return out == null ? s : out.toString();
  }
}

package org.readout.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding hand-picked phrases in statement text, for tests. Stateless. */
public final class Texts {
  private Texts() {
  }

  /** Offsets [start, end) of the first occurrence of {@code phrase}, whitespace-insensitive, or null. */
  public static int[] locate(String text, String phrase) {
    StringBuilder re = new StringBuilder();
    for (String w : phrase.strip().split("\\s+")) {
      if (re.length() > 0) {
        re.append("\\s+");
      }
      re.append(Pattern.quote(w));
    }
    Matcher m = Pattern.compile(re.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }
}

package org.readout.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** Shared helpers for the YAML lexicons of this package and of {@code org.readout.time}. */
public final class Lexicons {
  private Lexicons() {
  }

  /** Loads a YAML map from the class path, relative to {@code anchor}'s package. */
  public static Map<String, Object> load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + anchor.getPackageName() + "/" + resource);
      }
      Map<String, Object> map = new Yaml().load(in);
      return map == null ? Map.of() : map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof Collection<?> c) {
      for (Object x : c) {
        out.add(String.valueOf(x));
      }
    }
    return out;
  }

  /**
   * A pattern matching any of the phrases as whole words, longest first (so the regex engine never
   * stops at a shorter alternative when a longer one fits). Literal alternatives only: no backtracking
   * traps.
   */
  public static Pattern phrases(Collection<String> phrases, boolean caseInsensitive) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}\\-])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(sorted.get(i)));
    }
    sb.append(")(?![\\p{L}\\p{N}])");
    return Pattern.compile(sb.toString(), caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }
}

package org.readout.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds lexicon phrases as whole words, leftmost-longest and non-overlapping, by looking up the
 * first word at each word start (a letter or digit not preceded by a letter, digit or hyphen) — one
 * hash lookup per word instead of trying every alternative at every position, as a regex alternation
 * of a few hundred phrases would. Phrases that do not start with a letter or digit are ignored.
 * Immutable and thread-safe.
 */
public final class PhraseMatcher {
  /** A match: offsets into the text and the lexicon phrase (as written in the lexicon). */
  public record Match(int start, int end, String phrase) {
  }

  private final Map<String, List<String>> byFirst = new HashMap<>();
  private final boolean caseInsensitive;

  public PhraseMatcher(Collection<String> phrases, boolean caseInsensitive) {
    this.caseInsensitive = caseInsensitive;
    for (String p : phrases) {
      if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0))) {
        continue;
      }
      byFirst.computeIfAbsent(key(p, 0, p.length()), k -> new ArrayList<>()).add(p);
    }
    for (List<String> l : byFirst.values()) {
      l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    }
  }

  private String key(CharSequence s, int from, int to) {
    int e = from;
    while (e < to && Character.isLetterOrDigit(s.charAt(e))) {
      e++;
    }
    String k = s.subSequence(from, e).toString();
    return caseInsensitive ? k.toLowerCase(Locale.ROOT) : k;
  }

  /** Matches inside {@code [from, to)}; word boundaries look outside the range, like transparent bounds. */
  public List<Match> findAll(String text, int from, int to) {
    List<Match> out = new ArrayList<>();
    int i = Math.max(0, from);
    int limit = Math.min(to, text.length());
    while (i < limit) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      List<String> cands = byFirst.get(key(text, i, limit));
      Match hit = null;
      if (cands != null) {
        for (String p : cands) {
          int end = i + p.length();
          if (end <= limit && text.regionMatches(caseInsensitive, i, p, 0, p.length())
              && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            hit = new Match(i, end, p);
            break;
          }
        }
      }
      if (hit != null) {
        out.add(hit);
        i = hit.end();
      } else {
        while (i < limit && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    return out;
  }

  public List<Match> findAll(String text) {
    return findAll(text, 0, text.length());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}

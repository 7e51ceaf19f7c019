package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Log-likelihood keyness (Dunning 1993; G2 as in Rayson &amp; Garside 2000) of terms in one corpus
 * against another. Stateless and thread-safe.
 */
public final class Keyness {
  private Keyness() {
  }

  /** G2 for a term seen {@code a} times in a corpus of {@code n1} tokens and {@code b} times in {@code n2}. */
  public static double g2(int a, int b, int n1, int n2) {
    double e1 = (double) n1 * (a + b) / (n1 + n2);
    double e2 = (double) n2 * (a + b) / (n1 + n2);
    double g = 0;
    if (a > 0) {
      g += a * Math.log(a / e1);
    }
    if (b > 0) {
      g += b * Math.log(b / e2);
    }
    return 2 * g;
  }

  /**
   * Terms relatively more frequent in {@code mine} than in {@code other}, strongest G2 first (ties: more
   * frequent, then longer, then alphabetical), at most {@code limit}.
   */
  public static List<KeyTerm> keyTerms(List<String> mine, List<String> other, int limit) {
    Map<String, Integer> a = counts(mine);
    Map<String, Integer> b = counts(other);
    int n1 = mine.size();
    int n2 = other.size();
    List<KeyTerm> out = new ArrayList<>();
    if (n1 == 0 || n2 == 0) {
      return out;
    }
    for (String t : new TreeSet<>(a.keySet())) {
      int x = a.get(t);
      int y = b.getOrDefault(t, 0);
      if ((double) x / n1 <= (double) y / n2) {
        continue;
      }
      out.add(new KeyTerm(t, x, y, Math.round(g2(x, y, n1, n2) * 1000) / 1000.0));
    }
    // Short statements give many terms seen once against never, all with the same G2; among those,
    // the more frequent and then the longer (more specific) word reads better than the alphabetically first.
    out.sort(Comparator.comparingDouble(KeyTerm::g2).reversed()
        .thenComparing(Comparator.comparingInt(KeyTerm::count).reversed())
        .thenComparing(Comparator.comparingInt((KeyTerm k) -> k.term().length()).reversed())
        .thenComparing(KeyTerm::term));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private static Map<String, Integer> counts(List<String> terms) {
    Map<String, Integer> m = new TreeMap<>();
    for (String t : terms) {
      m.merge(t, 1, Integer::sum);
    }
    return m;
  }
}

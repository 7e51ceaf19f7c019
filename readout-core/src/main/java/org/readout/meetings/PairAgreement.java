package org.readout.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise agreement of a grouping with a gold grouping: over the statements the gold labels, a pair
 * is predicted together when the two share a meeting, and gold together when they share a label.
 *
 * @param together      pairs together in both
 * @param predicted     pairs predicted together
 * @param gold          pairs together in the gold
 */
public record PairAgreement(int together, int predicted, int gold) {
  public double precision() {
    return predicted == 0 ? 1.0 : (double) together / predicted;
  }

  public double recall() {
    return gold == 0 ? 1.0 : (double) together / gold;
  }

  /**
   * @param labels    gold label of each statement counted
   * @param meetings  the meetings each statement is in (empty if none)
   */
  public static PairAgreement of(Map<String, String> labels, Map<String, Set<String>> meetings) {
    List<String> ids = new ArrayList<>(labels.keySet());
    ids.sort(null);
    int together = 0;
    int predicted = 0;
    int gold = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean g = labels.get(ids.get(i)).equals(labels.get(ids.get(j)));
        boolean p = shares(meetings.getOrDefault(ids.get(i), Set.of()), meetings.getOrDefault(ids.get(j), Set.of()));
        if (g) {
          gold++;
        }
        if (p) {
          predicted++;
        }
        if (g && p) {
          together++;
        }
      }
    }
    return new PairAgreement(together, predicted, gold);
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}

package org.readout.internal;

import java.util.Collection;
import java.util.Set;

/**
 * The similarity measures every stage family uses, written once: cosine of embedding vectors, and the
 * overlap measures of word sets (Dice, Jaccard, overlap coefficient, coverage). Stateless.
 *
 * <p>All set measures return 0 when either side is empty.
 */
public final class Similarity {
  private Similarity() {
  }

  /** Cosine of two unit-length vectors: their dot product (what every {@code Embedder} returns). */
  public static double unitCosine(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  /** Cosine of two vectors of any length; 0 when either is the zero vector. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0.0 : dot / Math.sqrt(na * nb);
  }

  /** How many items of {@code x} are in {@code y}. */
  public static int shared(Collection<String> x, Collection<String> y) {
    int n = 0;
    for (String s : x) {
      if (y.contains(s)) {
        n++;
      }
    }
    return n;
  }

  /** Dice coefficient {@code 2|x ∩ y| / (|x| + |y|)}. */
  public static double dice(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    return 2.0 * shared(x, y) / (x.size() + y.size());
  }

  /** Jaccard index {@code |x ∩ y| / |x ∪ y|}. */
  public static double jaccard(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int inter = shared(x, y);
    return (double) inter / (x.size() + y.size() - inter);
  }

  /** Overlap coefficient {@code |x ∩ y| / min(|x|, |y|)} (items of {@code x} found in {@code y}). */
  public static double overlap(Collection<String> x, Collection<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    return (double) shared(x, y) / Math.min(x.size(), y.size());
  }

  /** Share of {@code x}'s items that {@code y} repeats, {@code |x ∩ y| / |x|}. */
  public static double coverage(Collection<String> x, Collection<String> y) {
    return x.isEmpty() ? 0.0 : (double) shared(x, y) / x.size();
  }
}

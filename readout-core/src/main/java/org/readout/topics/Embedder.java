package org.readout.topics;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their cosine similarity.
 * Implementations must be thread-safe.
 */
public interface Embedder {
  /** A stable id of the model (part of every cache key and of evidence rules). */
  String modelId();

  /** One unit-length vector per text, in input order. */
  List<float[]> embedAll(List<String> texts);

  /** Cosine similarity of two unit-length vectors. */
  static double cosine(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }
}

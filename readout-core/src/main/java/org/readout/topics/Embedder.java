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

  /** Cosine similarity of two unit-length vectors (their dot product). */
  static double cosine(float[] a, float[] b) {
    return org.readout.internal.Similarity.unitCosine(a, b);
  }
}

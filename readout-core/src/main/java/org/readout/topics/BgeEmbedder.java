package org.readout.topics;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * In-process sentence embeddings from BAAI bge-small-en-v1.5 (quantised ONNX, 384 dimensions) via
 * LangChain4j. The ONNX model (~34 MB) is loaded once per JVM, lazily on first use, by a
 * holder-class idiom so concurrent first calls load it exactly once. Thread-safe.
 */
public final class BgeEmbedder implements Embedder {
  /** Model id used in cache keys and evidence. */
  public static final String MODEL_ID = "bge-small-en-v1.5-q";
  private static final BgeEmbedder INSTANCE = new BgeEmbedder();

  private BgeEmbedder() {
  }

  /** The shared instance (the model itself loads on the first {@link #embedAll} call). */
  public static BgeEmbedder instance() {
    return INSTANCE;
  }

  private static final class Holder {
    // Class initialisation is thread-safe and happens once: the JVM's own lazy singleton.
    static final BgeSmallEnV15QuantizedEmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      // The tokenizer rejects blank input; a blank sentence still needs a (meaningless) vector.
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> out = Holder.MODEL.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(out.size());
    for (Embedding e : out) {
      vectors.add(unit(e.vector()));
    }
    return vectors;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    n = Math.sqrt(n);
    if (n == 0) {
      return v;
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / n);
    }
    return u;
  }
}

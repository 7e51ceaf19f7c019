package org.readout.topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fast sentence embeddings from a static table derived from the bundled bge-small-en-v1.5 model: a
 * sentence is tokenised by the model's own WordPiece tokenizer ({@link WordPiece}) and embedded as the
 * unit-length sum of its tokens' table rows. No model runs at embedding time. The rows live in bge's
 * own 384-dimensional space: each is the model's embedding of the token alone
 * ({@link StaticDistiller}), mapped by the bundled {@link StaticAdapter}, or, for the frequent tokens,
 * trained, so that the cosine of a static sentence vector with a bge vector approximates the cosine of
 * the two bge vectors (on held-out bulk sentences the mean cosine of a static vector with the bge
 * vector of the same sentence is about 0.9). Use {@link HybridTopicScorer} where decisions must match bge's.
 *
 * <p>The table is built on first use (one pass of the model over the 30,522-token vocabulary, about a
 * minute on two cores) and cached as {@code <cache dir>/static-<recipe hash>.bin} in the folder given
 * to {@link #open} (the CLI's {@code --cache-dir}, through {@link HybridEmbedder}; null: no file). A cache
 * file that is truncated, corrupt (SHA-256) or of another recipe is rebuilt, never trusted. Thread-safe.
 */
public final class StaticEmbedder implements Embedder {
  private final WordPiece tokenizer;
  private final StaticTable table;
  private final String modelId;

  StaticEmbedder(WordPiece tokenizer, StaticTable table) {
    if (table.vocabulary != tokenizer.size()) {
      throw new IllegalArgumentException("table of " + table.vocabulary + " rows for a vocabulary of " + tokenizer.size());
    }
    this.tokenizer = tokenizer;
    this.table = table;
    this.modelId = "static-" + BgeEmbedder.MODEL_ID + "-" + table.sha256().substring(0, 12);
  }

  /** An embedder over the default table cached in {@code cacheDir} (built there when missing or corrupt; null: no file). */
  public static StaticEmbedder open(Path cacheDir) {
    WordPiece tok = WordPiece.bge();
    StaticAdapter adapter = StaticAdapter.bundled();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    StaticTable t = StaticTables.load(cacheDir, StaticTables.recipe(adapter), tok.size(),
        () -> StaticTables.build(tok, adapter, threads));
    return new StaticEmbedder(tok, t);
  }

  /** Model id: names the reference model and the first 48 bits of the table's SHA-256. */
  @Override
  public String modelId() {
    return modelId;
  }

  /** Dimensionality of the vectors. */
  public int dims() {
    return table.dims;
  }

  /** SHA-256 of the table (hex). */
  public String tableSha256() {
    return table.sha256();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(embed(t));
    }
    return out;
  }

  /** The unit-length vector of one text (a zero vector when it has no tokens). */
  public float[] embed(String text) {
    int dims = table.dims;
    float[] v = new float[dims];
    float[] rows = table.vectors;
    for (int id : tokenizer.encode(text)) {
      int o = id * dims;
      for (int d = 0; d < dims; d++) {
        v[d] += rows[o + d];
      }
    }
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int d = 0; d < dims; d++) {
        v[d] *= inv;
      }
    }
    return v;
  }
}

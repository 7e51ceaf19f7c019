package org.readout.store.search;

import java.nio.file.Path;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.readout.ReadoutException;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.Embedder;
import org.readout.topics.StaticEmbedder;

/**
 * The sentence embedders of the search index's vectors and the index's vector format. {@code static}
 * (the default) is the table distilled from bge-small ({@link StaticEmbedder}: microseconds a sentence,
 * so the full corpus is embedded in minutes); {@code bge} runs the model itself (about 230 sentences/s on
 * two cores: a few meetings). The index records the model id of its vectors; queries and incremental
 * updates use the same model ({@link #forId}).
 *
 * <p>Vectors are stored in Lucene's HNSW graph with int8 scalar quantization
 * ({@link Lucene99HnswScalarQuantizedVectorsFormat}: the graph is searched over 1-byte components, a
 * quarter of the float vectors' memory; the float vectors stay on disk for merges).
 */
public final class VectorModels {
  /** HNSW: neighbours per node. */
  static final int MAX_CONN = 16;
  /**
   * HNSW: candidates kept while inserting. Lucene's default is 100; inserting is what the build spends its
   * time on (1.2 M sentences), and 32 builds about three times faster; the graph is searched with k ≥ 100,
   * and the hybrid ranking fuses it with BM25, so a slightly less exact graph costs little.
   */
  static final int BEAM_WIDTH = 32;
  /** Passages of fewer words get no vector ("Thank you.", "Go ahead."): nothing to find by meaning. */
  static final int MIN_WORDS = 4;
  /**
   * Passages: up to this many consecutive sentences share one vector. Inserting into the HNSW graph is what
   * the build spends its time on; one vector per passage instead of per sentence makes the full corpus
   * (1.2 M sentences) a few hundred thousand vectors, and a passage's static vector (the sum of its word
   * pieces' rows) carries its sentences' meaning.
   */
  static final int PASSAGE_SENTENCES = 4;
  /** Passages close at this many words (a long sentence is a passage of its own). */
  static final int PASSAGE_WORDS = 80;

  private VectorModels() {
  }

  /** The embedder named by the CLI's {@code --vector-model} ({@code static} or {@code bge}). */
  public static Embedder byName(String name, Path cacheDir) {
    return switch (name) {
      case "static" -> StaticEmbedder.open(cacheDir);
      case "bge" -> new CachingEmbedder(BgeEmbedder.instance(), 100_000, null, 0);
      default -> throw new ReadoutException("--vector-model: '" + name + "' is not static or bge");
    };
  }

  /** The embedder whose model id is {@code id} (as recorded by an index), opened from {@code cacheDir}. */
  public static Embedder forId(String id, Path cacheDir) {
    Embedder e = id.startsWith("static-") ? byName("static", cacheDir)
        : id.equals(BgeEmbedder.MODEL_ID) ? byName("bge", cacheDir) : null;
    if (e == null || !e.modelId().equals(id)) {
      throw new ReadoutException("the search index's vectors come from " + id + ", which this version cannot embed"
          + (e == null ? "" : " (its table is " + e.modelId() + ")") + "; rebuild it with 'readout index --vectors'");
    }
    return e;
  }

  /** The default cache folder of model files: {@code readout.cache.dir}, else {@code ~/.readout/cache} ({@code none}: null). */
  public static Path defaultCacheDir() {
    String dir = System.getProperty("readout.cache.dir");
    if ("none".equals(dir)) {
      return null;
    }
    return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".readout", "cache");
  }

  /** The codec of the index: Lucene's default, with int8-quantized HNSW for the {@code vec} field. */
  static Codec codec() {
    KnnVectorsFormat vectors = new Lucene99HnswScalarQuantizedVectorsFormat(MAX_CONN, BEAM_WIDTH);
    return new Lucene912Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
      }
    };
  }
}

package org.readout.topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/** Loads the static table from the cache directory, or builds and caches it. */
final class StaticTables {
  private StaticTables() {
  }

  /** The recipe of the default table: model, base distillation and adapter (by its SHA-256). */
  static String recipe(StaticAdapter adapter) {
    return BgeEmbedder.MODEL_ID + ";vocab=wordpiece;base=cls([CLS] t [SEP]),unit,batch=" + StaticDistiller.BATCH
        + ";adapter=" + adapter.sha256;
  }

  /** File name of a recipe's table: {@code static-} and the first 64 bits of the recipe's SHA-256. */
  static String fileName(String recipe) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(recipe.getBytes(StandardCharsets.UTF_8));
      return "static-" + HexFormat.of().formatHex(h, 0, 8) + ".bin";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** The default table: distilled from the bundled model and adapted by the bundled adapter. */
  static StaticTable build(WordPiece tokenizer, StaticAdapter adapter, int threads) {
    float[] base = StaticDistiller.baseVectors(tokenizer, threads);
    return new StaticTable(recipe(adapter), tokenizer.size(), adapter.dims, adapter.apply(base, tokenizer.size()));
  }

  /**
   * The table of {@code recipe}: read from {@code cacheDir} when a valid file is there (right recipe,
   * complete, checksum intact), else built by {@code build} and written there; a write failure costs
   * only the next process a distillation. {@code cacheDir} null: build in memory, write nothing.
   */
  static StaticTable load(Path cacheDir, String recipe, int vocabulary, Supplier<StaticTable> build) {
    Path file = cacheDir == null ? null : cacheDir.resolve(fileName(recipe));
    StaticTable t = file == null ? null : StaticTable.read(file, recipe);
    if (t != null && t.vocabulary == vocabulary) {
      return t;
    }
    t = build.get();
    if (file != null) {
      try {
        t.write(file);
      } catch (IOException | RuntimeException e) {
        // an unwritable cache costs the next run a distillation, nothing else
      }
    }
    return t;
  }
}

package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.analysis.AnalysisStage;
import org.readout.store.Workspace;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import picocli.CommandLine.Option;

/**
 * Options every command takes (mixed in with {@code @Mixin}), and the one place a command gets its
 * engine: {@link #readout} assembles the façade from them, so {@code --actors} and {@code --codebook}
 * reach every stage that uses them.
 */
final class CommonOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "Workspace SQLite file (default: ~/.readout/workspace.db).")
  Path db;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor dictionary (YAML, same format as the bundled one): adds or overrides entries. "
          + "Used by actor mentions, attribution, commitments and the wording of findings.")
  Path actors;

  @Option(names = "--codebook", paramLabel = "FILE",
      description = "A topic codebook (YAML) instead of the bundled one, wherever topics are coded "
          + "(compare, commitments, track).")
  Path codebook;

  private CachingEmbedder embedder;

  /** The engine running {@code stages} (names as {@link Readout#STANDARD_STAGES}), with sentence embeddings. */
  Readout readout(List<String> stages) {
    return readout(stages, true, UnaryOperator.identity());
  }

  /**
   * The engine running {@code stages}, with the user's dictionary and codebook when given; topics by
   * phrase rules only unless {@code embeddings} (bulk extraction, where embedding would take hours).
   */
  Readout readout(List<String> stages, boolean embeddings, UnaryOperator<AnalysisStage> wrap) {
    Readout.Builder b = Readout.builder().stages(stages).wrapStages(wrap);
    if (actors != null) {
      if (!Files.isRegularFile(actors)) {
        throw new ReadoutException(actors + ": no such actor dictionary file");
      }
      b.actors(actors);
    }
    if (codebook != null) {
      b.codebook(codebook);
    }
    b.embedder(embeddings ? embedder() : null);
    return b.build();
  }

  /**
   * Sentence embeddings cached in memory and in {@code ~/.readout/cache} (system property
   * {@code readout.cache.dir} moves it; {@code -Dreadout.cache.dir=none} turns the file off), so the
   * codebook examples are embedded once per machine. One per command run; {@link #flush} writes it back.
   */
  CachingEmbedder embedder() {
    if (embedder == null) {
      embedder = new CachingEmbedder(BgeEmbedder.instance(), 100_000, cacheFile(), 20_000);
    }
    return embedder;
  }

  /** Writes the embedding cache file if anything new was embedded (failures cost only time). */
  void flush() {
    if (embedder != null) {
      embedder.flush();
    }
  }

  private static Path cacheFile() {
    String dir = System.getProperty("readout.cache.dir");
    if ("none".equals(dir)) {
      return null;
    }
    Path base = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".readout", "cache");
    return base.resolve("embeddings-" + BgeEmbedder.MODEL_ID + ".bin");
  }

  Path dbPath() {
    return db != null ? db : Workspace.defaultPath();
  }
}

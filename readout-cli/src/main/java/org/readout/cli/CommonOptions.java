package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.UnaryOperator;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.analysis.AnalysisStage;
import org.readout.store.Workspace;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.Embedder;
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

  private BackgroundEmbedder embedder;

  /** The engine running {@code stages} (names as {@link Readout#STANDARD_STAGES}), with sentence embeddings. */
  Readout readout(List<String> stages) {
    return readout(stages, true, UnaryOperator.identity());
  }

  /**
   * The engine running {@code stages}, with the user's dictionary and codebook when given; topics by
   * phrase rules only unless {@code embeddings} (bulk extraction, where embedding would take hours).
   */
  Readout readout(List<String> stages, boolean embeddings, UnaryOperator<AnalysisStage> wrap) {
    // first, so the embedding cache file is read while the bundled configuration loads
    Embedder e = embeddings ? embedder() : null;
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
    b.embedder(e);
    return b.build();
  }

  /**
   * The engine running {@code stages}, assembled on another thread from now on: the caller reads its
   * input meanwhile and takes the engine with {@link #join}. A configuration error (a bad
   * {@code --actors} or {@code --codebook} file) is reported by {@code join}, before any input error.
   */
  FutureTask<Readout> readoutInBackground(List<String> stages) {
    FutureTask<Readout> task = new FutureTask<>(() -> readout(stages));
    Thread t = new Thread(task, "readout-engine");
    t.setDaemon(true);
    t.start();
    return task;
  }

  /** The engine of {@link #readoutInBackground}, or its error as thrown. */
  static Readout join(FutureTask<Readout> engine) {
    try {
      return engine.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assembling the engine", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Sentence embeddings cached in memory and in {@code ~/.readout/cache} (system property
   * {@code readout.cache.dir} moves it; {@code -Dreadout.cache.dir=none} turns the file off), so the
   * codebook examples are embedded once per machine. One per command run; {@link #flush} writes it back.
   */
  Embedder embedder() {
    if (embedder == null) {
      embedder = new BackgroundEmbedder(cacheFile());
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

package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.UnaryOperator;
import org.readout.AnalysisVersion;
import org.readout.Readout;
import org.readout.ReadoutConfig;
import org.readout.ReadoutException;
import org.readout.actors.ActorDictionary;
import org.readout.analysis.AnalysisStage;
import org.readout.internal.Futures;
import org.readout.store.LockWait;
import org.readout.store.Workspace;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.Codebook;
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

  /** Sets the process-wide wait for another writer's lock (see {@link LockWait}). */
  @Option(names = "--lock-timeout", paramLabel = "SECONDS",
      description = "How long to wait for another process writing to the workspace (default: READOUT_LOCK_TIMEOUT or "
          + LockWait.DEFAULT_SECONDS + ").")
  void lockTimeout(double seconds) {
    if (seconds < 0 || Double.isNaN(seconds)) {
      throw new ReadoutException("--lock-timeout: must be 0 or more seconds, got " + seconds);
    }
    LockWait.override(Duration.ofMillis((long) (seconds * 1000)));
  }

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor dictionary (YAML, same format as the bundled one): adds or overrides entries. "
          + "Used by actor mentions, attribution, commitments, meetings and the wording of findings.")
  Path actors;

  @Option(names = "--codebook", paramLabel = "FILE",
      description = "A topic codebook (YAML) instead of the bundled one, wherever topics are coded "
          + "(compare, commitments, track, the search index).")
  Path codebook;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where sentence embeddings are cached (default: READOUT_CACHE_DIR, else a 'cache' folder beside "
          + "the --db workspace, else ~/.readout/cache; 'none' turns the file cache off).")
  String cacheDir;

  private ActorDictionary dictionary;
  private Codebook book;
  private BackgroundEmbedder embedder;

  /** The text-analysis engine (sentences, limits, tokens, actors), with the user's dictionary when given. */
  Readout readout() {
    return readout(Readout.TEXT_STAGES, false, UnaryOperator.identity());
  }

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
    return readout(stages, e, wrap);
  }

  /** The engine running {@code stages} with {@code embedder} (null: topics by phrase rules only). */
  Readout readout(List<String> stages, Embedder embedder, UnaryOperator<AnalysisStage> wrap) {
    return Readout.builder().stages(stages).wrapStages(wrap).actors(dictionary()).codebook(codebook()).embedder(embedder)
        .build();
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
    return Futures.join(engine, "assembling the engine");
  }

  /** The actor dictionary: the bundled one, with the user's file merged in when given (loaded once). */
  synchronized ActorDictionary dictionary() {
    if (dictionary == null) {
      if (actors == null) {
        dictionary = ReadoutConfig.defaults().actors();
      } else {
        if (!Files.isRegularFile(actors)) {
          throw new ReadoutException(actors + ": no such actor dictionary file");
        }
        dictionary = ActorDictionary.load(actors);
      }
    }
    return dictionary;
  }

  /** The topic codebook: the user's ({@code --codebook}) or the bundled one (loaded once). */
  synchronized Codebook codebook() {
    if (book == null) {
      book = codebook == null ? ReadoutConfig.defaults().codebook() : Codebook.load(codebook);
    }
    return book;
  }

  /**
   * The version of the analysis these options run: the analysis code's ({@link AnalysisVersion#current()})
   * extended by the content of {@code --actors} and {@code --codebook} when given. Stored commitments
   * extracted by another version are outdated.
   */
  String analysisVersion() {
    return AnalysisVersion.withFiles(AnalysisVersion.current(), actors, codebook);
  }

  /** A label of the configuration that results depend on (part of cache keys). */
  String configLabel() {
    return actors == null ? "bundled" : actors.toAbsolutePath() + "@" + actors.toFile().lastModified();
  }

  /**
   * Sentence embeddings cached in memory and in the cache folder ({@link #cacheDir()}), so the codebook
   * examples are embedded once per machine; the cache file is read in the background. One per command
   * run; {@link #flush} writes it back.
   */
  synchronized Embedder embedder() {
    if (embedder == null) {
      Path dir = cacheDir();
      embedder = new BackgroundEmbedder(dir == null ? null : dir.resolve("embeddings-" + BgeEmbedder.MODEL_ID + ".bin"));
    }
    return embedder;
  }

  /** Writes the embedding cache file if anything new was embedded (failures cost only time). */
  synchronized void flush() {
    if (embedder != null) {
      embedder.flush();
    }
  }

  /**
   * The embedding cache folder, or null for none: {@code --cache-dir}, else {@code READOUT_CACHE_DIR},
   * else the {@code readout.cache.dir} system property, else {@code cache/} beside the workspace when
   * {@code --db} names a file, else {@code ~/.readout/cache}. The value {@code none} turns it off.
   */
  Path cacheDir() {
    String dir = cacheDir;
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("READOUT_CACHE_DIR");
    }
    if (dir == null || dir.isBlank()) {
      dir = System.getProperty("readout.cache.dir");
    }
    if ("none".equals(dir)) {
      return null;
    }
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    if (db != null && !db.toString().startsWith("jdbc:")) {
      Path parent = db.toAbsolutePath().getParent();
      return parent.resolve("cache");
    }
    return Path.of(System.getProperty("user.home"), ".readout", "cache");
  }

  Path dbPath() {
    return db != null ? db : Workspace.defaultPath();
  }
}

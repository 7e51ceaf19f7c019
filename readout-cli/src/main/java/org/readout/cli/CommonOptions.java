package org.readout.cli;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ActorStage;
import org.readout.store.LockWait;
import org.readout.store.Workspace;
import picocli.CommandLine.Option;

/** Options every command takes (mixed in with {@code @Mixin}). */
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
      description = "Extra actor dictionary (YAML, same format as the bundled one): adds or overrides entries.")
  Path actors;

  private ActorDictionary dictionary;

  /** The analysis engine: the standard chain, with the user's actor dictionary merged in when given. */
  Readout readout() {
    if (actors == null) {
      return Readout.standard();
    }
    return Readout.of(ActorStage.withDictionary(Readout.standard().pipeline(), dictionary()));
  }

  /** The actor dictionary: the bundled one, with the user's file merged in when given (loaded once). */
  ActorDictionary dictionary() {
    if (dictionary == null) {
      if (actors == null) {
        dictionary = ActorDictionary.standard();
      } else {
        if (!Files.isRegularFile(actors)) {
          throw new ReadoutException(actors + ": no such actor dictionary file");
        }
        dictionary = ActorDictionary.load(actors);
      }
    }
    return dictionary;
  }

  /** A label of the configuration that results depend on (part of cache keys). */
  String configLabel() {
    return actors == null ? "bundled" : actors.toAbsolutePath() + "@" + actors.toFile().lastModified();
  }

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where sentence embeddings are cached (default: READOUT_CACHE_DIR, else a 'cache' folder beside "
          + "the --db workspace, else ~/.readout/cache; 'none' turns the file cache off).")
  String cacheDir;

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

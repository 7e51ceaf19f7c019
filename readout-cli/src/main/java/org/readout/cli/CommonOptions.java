package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ActorStage;
import org.readout.store.Workspace;
import picocli.CommandLine.Option;

/** Options every command takes (mixed in with {@code @Mixin}). */
final class CommonOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "Workspace SQLite file (default: ~/.readout/workspace.db).")
  Path db;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

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

  Path dbPath() {
    return db != null ? db : Workspace.defaultPath();
  }
}

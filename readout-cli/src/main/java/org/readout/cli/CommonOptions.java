package org.readout.cli;

import java.nio.file.Path;
import org.readout.store.Workspace;
import picocli.CommandLine.Option;

/** Options every command takes (mixed in with {@code @Mixin}). */
final class CommonOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "Workspace SQLite file (default: ~/.readout/workspace.db).")
  Path db;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  Path dbPath() {
    return db != null ? db : Workspace.defaultPath();
  }
}

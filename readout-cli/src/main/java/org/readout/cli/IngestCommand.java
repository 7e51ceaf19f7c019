package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout ingest}. To be implemented. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Ingest statements (files, folders, JSON Lines, URLs) into the workspace.")
final class IngestCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("ingest: not implemented yet");
  }
}

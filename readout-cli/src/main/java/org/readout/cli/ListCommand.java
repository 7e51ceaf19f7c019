package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout list}. To be implemented. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the statements in the workspace.")
final class ListCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("list: not implemented yet");
  }
}

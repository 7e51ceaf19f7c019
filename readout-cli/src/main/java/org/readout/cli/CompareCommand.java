package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout compare}. To be implemented. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare statements about one meeting: topics, alignment, findings.")
final class CompareCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("compare: not implemented yet");
  }
}

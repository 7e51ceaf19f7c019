package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout bench}. To be implemented. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput on the shared bulk corpus.")
final class BenchCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("bench: not implemented yet");
  }
}

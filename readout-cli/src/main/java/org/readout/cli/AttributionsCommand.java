package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout attributions}. To be implemented. */
@Command(name = "attributions", mixinStandardHelpOptions = true, description = "Attribute quotes and reported speech to speakers.")
final class AttributionsCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("attributions: not implemented yet");
  }
}

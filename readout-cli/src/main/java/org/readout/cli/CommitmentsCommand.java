package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout commitments}. To be implemented. */
@Command(name = "commitments", mixinStandardHelpOptions = true, description = "Extract commitments, or list and set them in the workspace.")
final class CommitmentsCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("commitments: not implemented yet");
  }
}

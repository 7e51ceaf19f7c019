package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout track}. To be implemented. */
@Command(name = "track", mixinStandardHelpOptions = true, description = "Track open commitments through later statements.")
final class TrackCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("track: not implemented yet");
  }
}

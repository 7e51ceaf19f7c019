package org.readout.cli;

import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** STUB: {@code readout timeline}. To be implemented. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Normalise temporal expressions and place events on a timeline.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    throw new ReadoutException("timeline: not implemented yet");
  }
}

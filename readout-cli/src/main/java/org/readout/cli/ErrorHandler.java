package org.readout.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.readout.ReadoutException;
import picocli.CommandLine;

/**
 * The one place where exceptions become exit codes and one-line messages. A stack trace is printed
 * only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  static final int USAGE = 64;
  static final int INTERNAL = 70;
  private final boolean debug;

  ErrorHandler(String[] args) {
    this.debug = Arrays.asList(args).contains("--debug");
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (debug) {
      ex.printStackTrace(err);
    }
    if (ex instanceof ReadoutException re) {
      err.println("readout: " + re.getMessage());
      err.flush();
      return re.exitCode();
    }
    err.println("readout: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
    err.flush();
    return INTERNAL;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println("readout: " + ex.getMessage());
    err.println("Try 'readout " + ex.getCommandLine().getCommandName() + " --help' for usage.");
    err.flush();
    return USAGE;
  }
}

package org.readout.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.readout.ReadoutException;
import picocli.CommandLine;

/**
 * The one place where exceptions become exit codes and one-line messages: {@link ReadoutException}
 * carries its own code (2 bad input, 3 I/O), picocli usage errors give 64, an unexpected I/O failure 3,
 * anything else 70. A stack trace is printed only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  static final int OK = 0;
  static final int BAD_INPUT = ReadoutException.BAD_INPUT;
  static final int IO_FAILURE = ReadoutException.IO_FAILURE;
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
      err.println("readout: " + oneLine(re.getMessage()));
      err.flush();
      return re.exitCode();
    }
    if (ex instanceof UncheckedIOException io) {
      err.println("readout: " + oneLine(String.valueOf(io.getCause().getMessage())));
      err.flush();
      return IO_FAILURE;
    }
    err.println("readout: internal error: " + oneLine(String.valueOf(ex)) + (debug ? "" : " (run with --debug for details)"));
    err.flush();
    return INTERNAL;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println("readout: " + oneLine(ex.getMessage()));
    err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return USAGE;
  }

  /** The contract is one line per error, even when a cause's message spans several. */
  private static String oneLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).stripTrailing();
  }
}

package org.readout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code readout} command. Each subcommand lives in its own class; errors are mapped to exit
 * codes in exactly one place ({@link ErrorHandler}).
 */
@Command(name = "readout", mixinStandardHelpOptions = true, version = "readout 0.1.0",
    description = "Evidence-linked comparison of official statements about diplomatic meetings.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0   ok", "  2   bad input (a file, a record, a flag value)", "  3   I/O or network failure",
        "  64  usage error (unknown option, missing argument)", "  70  internal error (a bug: rerun with --debug)",
        "", "Every command takes --db FILE (default ~/.readout/workspace.db) and --debug."},
    subcommands = {
        IngestCommand.class, ListCommand.class, AnalyzeCommand.class, CompareCommand.class,
        CommitmentsCommand.class, TrackCommand.class, AttributionsCommand.class, TimelineCommand.class,
        EvalCommand.class, BenchCommand.class, MeetingsCommand.class, IndexCommand.class, SearchCommand.class,
        TrendsCommand.class, RelatedCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (used by tests, which must not call System.exit). */
  public static int run(String... args) {
    org.readout.store.LockWait.override(null); // --lock-timeout applies to one run
    CommandLine cl = new CommandLine(new Main());
    ErrorHandler handler = new ErrorHandler(args);
    cl.setExecutionExceptionHandler(handler);
    cl.setParameterExceptionHandler(handler);
    return cl.execute(args);
  }
}

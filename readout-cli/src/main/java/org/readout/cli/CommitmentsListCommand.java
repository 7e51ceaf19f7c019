package org.readout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import org.readout.commitments.Status;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import org.readout.store.commitments.CommitmentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout commitments list [--meeting SLUG] [--status S] [--format json|md|csv] [--out FILE]}: reads
 * the commitments tables. Statements ingested since the last extraction are extracted first, and only
 * those (incrementally, with a progress bar on stderr when there are many); an up-to-date workspace
 * costs one SQL query and no analysis.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the commitments in the workspace with their status and history.")
final class CommitmentsListCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--meeting", paramLabel = "SLUG", description = "Only this meeting.")
  String meeting;

  @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: open, in-progress, fulfilled, "
      + "stalled, broken, superseded.")
  String status;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default), md or csv.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    CommitmentFormat fmt = CommitmentFormat.parse(format);
    Status st = status == null ? null : Status.parse(status).orElseThrow(() -> new ReadoutException(
        "--status: unknown status '" + status + "' (valid: " + Status.known() + ")"));
    try (CommitmentsDb db = CommitmentsDb.open(common)) {
      db.sync(System.err);
      Output.write(out, CommitmentRenderer.render(
          db.tracking().store().list(new CommitmentStore.Filter(meeting, st, null)), fmt));
    }
    return 0;
  }
}

package org.readout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout commitments set ID STATUS [--evidence STATEMENT:SENTENCE] [--note TEXT] [--by NAME]}:
 * records a user's decision (it wins over automatic suggestions) and prints the commitment as JSON.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
    description = "Set a commitment's status, with evidence and a note (recorded in its history).")
final class CommitmentsSetCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "ID", description = "Commitment id (see 'readout commitments list').")
  String id;

  @Parameters(index = "1", paramLabel = "STATUS", description = "open, in-progress, fulfilled, stalled, broken, superseded.")
  String status;

  @Option(names = "--evidence", paramLabel = "STATEMENT:SENTENCE",
      description = "Statement id and sentence index; the index follows the last ':' (ids may contain ':').")
  String evidence;

  @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "Why.")
  String note;

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the user name).")
  String by;

  @Override
  public Integer call() {
    Status st = Status.parse(status).orElseThrow(() -> new ReadoutException(
        "unknown status '" + status + "' (valid: " + Status.known() + ")"));
    String user = by != null ? by : System.getProperty("user.name", "user");
    try (CommitmentsDb db = CommitmentsDb.open(common)) {
      TrackedCommitment t = db.tracking().set(id, st, evidence, note, user, LocalDate.now());
      System.out.print(CommitmentRenderer.render(List.of(t), CommitmentFormat.JSON));
    }
    return 0;
  }
}

package org.readout.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.readout.ReadoutException;
import org.readout.meetings.Meeting;
import org.readout.meetings.MeetingEdit;
import org.readout.store.Workspace;
import org.readout.store.meetings.MeetingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout meetings split ID --statements S,…}: those statements leave the meeting and form their own. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Move statements out of a meeting into a meeting of their own (kept in the workspace).")
final class MeetingsSplitCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "ID", description = "The meeting id.")
  String id;

  @Option(names = "--statements", required = true, split = ",", paramLabel = "S",
      description = "Statement ids (comma-separated or repeated) to split off.")
  List<String> statements;

  @Option(names = "--note", description = "Why (kept with the edit).")
  String note = "";

  @Override
  public Integer call() {
    try (Workspace ws = MeetingSupport.openExisting(common)) {
      Meeting m = MeetingsMergeCommand.find(MeetingSupport.meetings(common, ws), id);
      for (String s : statements) {
        if (!m.statementIds().contains(s)) {
          throw new ReadoutException("--statements: '" + s + "' is not in meeting " + id + " (its statements: "
              + String.join(", ", m.statementIds()) + ")");
        }
      }
      if (statements.containsAll(m.statementIds())) {
        throw new ReadoutException("--statements: that is every statement of " + id + "; nothing would be left to split from");
      }
      new MeetingStore(ws).addEdit(new MeetingEdit(MeetingEdit.Op.SPLIT, statements, note));
      List<Meeting> after = MeetingSupport.meetings(common, ws);
      String created = after.stream().filter(x -> x.statementIds().contains(statements.get(0))).map(Meeting::id)
          .findFirst().orElse("?");
      System.out.println("Split " + statements.size() + " statement" + (statements.size() == 1 ? "" : "s") + " off " + id
          + " into " + created);
    }
    return 0;
  }
}

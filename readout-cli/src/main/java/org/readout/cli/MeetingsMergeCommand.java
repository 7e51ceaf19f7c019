package org.readout.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** {@code readout meetings merge ID ID…}: the named meetings become one (kept in the workspace). */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge meetings into one. The edit names their statements, so it survives regrouping.")
final class MeetingsMergeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "2..*", paramLabel = "ID", description = "Meeting ids (as listed by 'readout meetings').")
  List<String> ids;

  @Option(names = "--note", description = "Why (kept with the edit).")
  String note = "";

  @Override
  public Integer call() {
    try (Workspace ws = MeetingSupport.openExisting(common)) {
      List<Meeting> meetings = MeetingSupport.meetings(common, ws);
      List<String> statements = new ArrayList<>();
      for (String id : ids) {
        Meeting m = find(meetings, id);
        m.members().stream().filter(x -> x.primary()).forEach(x -> statements.add(x.statement()));
      }
      MeetingStore store = new MeetingStore(ws);
      store.addEdit(new MeetingEdit(MeetingEdit.Op.MERGE, statements, note));
      List<Meeting> after = MeetingSupport.meetings(common, ws);
      String merged = after.stream().filter(m -> m.statementIds().contains(statements.get(0))).map(Meeting::id)
          .findFirst().orElse("?");
      System.out.println("Merged " + String.join(", ", ids) + " into " + merged + " (" + statements.size() + " statements)");
    }
    return 0;
  }

  static Meeting find(List<Meeting> meetings, String id) {
    Optional<Meeting> m = meetings.stream().filter(x -> x.id().equals(id)).findFirst();
    if (m.isEmpty()) {
      throw new ReadoutException("no meeting '" + id + "' in the workspace (list them with 'readout meetings')");
    }
    return m.get();
  }
}

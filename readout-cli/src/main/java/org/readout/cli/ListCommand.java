package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.model.StatementMeta;
import org.readout.report.escape.CsvWriter;
import org.readout.report.list.StatementListJson;
import org.readout.store.Workspace;
import org.readout.store.WorkspaceEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readout list}: one line per stored statement (id, side, date, kind, title). */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List the statements in the workspace, ordered by date then id.",
        "text: id<TAB>side<TAB>date<TAB>kind<TAB>title; csv and json add meeting, publisher, sentences, sha256."})
final class ListCommand implements Callable<Integer> {
  enum Format { text, json, csv }

  @Mixin
  CommonOptions common;

  @Option(names = "--format", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path db = common.dbPath();
    List<WorkspaceEntry> entries;
    if (!db.toString().startsWith("jdbc:") && !Files.exists(db)) {
      // Listing must not create a workspace as a side effect.
      System.err.println("readout: " + db + ": no workspace yet (run 'readout ingest' first)");
      entries = List.of();
    } else {
      try (Workspace ws = Workspace.open(db)) {
        entries = ws.entries();
      }
    }
    Output.write(out, switch (format) {
      case text -> text(entries);
      case csv -> csv(entries);
      case json -> json(entries);
    });
    return 0;
  }

  static String text(List<WorkspaceEntry> entries) {
    StringBuilder sb = new StringBuilder();
    for (WorkspaceEntry e : entries) {
      StatementMeta m = e.meta();
      sb.append(oneLine(m.id())).append('\t').append(oneLine(m.side())).append('\t')
          .append(m.date() == null ? "-" : m.date().toString()).append('\t').append(oneLine(m.kind())).append('\t')
          .append(oneLine(m.title())).append('\n');
    }
    return sb.toString();
  }

  static String csv(List<WorkspaceEntry> entries) {
    CsvWriter csv = new CsvWriter("id", "side", "date", "kind", "title", "meeting", "publisher", "sentences", "sha256");
    for (WorkspaceEntry e : entries) {
      StatementMeta m = e.meta();
      csv.row(m.id(), m.side(), m.date() == null ? "" : m.date().toString(), m.kind(), m.title(), m.meeting(),
          m.publisher(), e.sentences(), e.sha256());
    }
    return csv.toString();
  }

  static String json(List<WorkspaceEntry> entries) {
    return StatementListJson.render(entries.stream()
        .map(e -> new StatementListJson.Row(e.meta(), e.sentences(), e.sha256(), e.source(), e.ingestedAt())).toList());
  }

  /** Tabs and newlines would break the one-line-per-statement contract of the text format. */
  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}

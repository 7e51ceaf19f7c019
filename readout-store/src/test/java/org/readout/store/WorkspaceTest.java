package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.model.StatementMeta;
import org.readout.store.IngestReport.Outcome;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

class WorkspaceTest {
  static List<AnalyzedStatement> meetings;

  @TempDir
  Path tmp;

  @BeforeAll
  static void analyseMeetings() {
    meetings = TestEngines.TEXT.analyzeAll(Ingest.readAll(List.of(SharedCorpus.meetings())));
  }

  @Test
  void createsParentFoldersAndMigratesTheSchemaInWalMode() throws SQLException {
    Path file = tmp.resolve("a/b/workspace.db");
    try (Workspace ws = Workspace.open(file)) {
      assertThat(file).exists();
      assertThat(ws.size()).isZero();
      assertThat(query(ws.connection(), "SELECT version FROM flyway_schema_history WHERE success = 1"))
          .contains("1");
      assertThat(query(ws.connection(), "PRAGMA journal_mode")).containsExactly("wal");
    }
    // Reopening an up-to-date workspace applies nothing new and keeps the data.
    try (Workspace ws = Workspace.open(file)) {
      assertThat(ws.size()).isZero();
    }
  }

  @Test
  void opensByJdbcUrlToo() {
    Path file = tmp.resolve("by-url.db");
    try (Workspace ws = Workspace.open(Path.of("jdbc:sqlite:" + file))) {
      assertThat(ws.url()).isEqualTo("jdbc:sqlite:" + file);
      ws.ingest(meetings.subList(0, 2), "test");
    }
    try (Workspace ws = Workspace.open(file)) {
      assertThat(ws.size()).isEqualTo(2);
    }
  }

  @Test
  void ingestsTheMeetingsCorpusAndListsSideDateAndKind() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      IngestReport report = ws.ingest(meetings, "test");
      assertThat(report.added()).isEqualTo(24);
      assertThat(report.unchanged()).isZero();
      assertThat(report.sentences()).isEqualTo(meetings.stream().mapToLong(a -> a.sentences().size()).sum());
      List<StatementMeta> listed = ws.list();
      assertThat(listed).hasSize(24);
      assertThat(listed).allSatisfy(m -> {
        assertThat(m.side()).isIn("US", "RU");
        assertThat(m.date()).isNotNull();
        assertThat(m.kind()).isNotBlank();
      });
      // Ordered by date, then id.
      assertThat(listed.stream().map(StatementMeta::date).toList())
          .isSortedAccordingTo(LocalDate::compareTo);
      assertThat(listed.stream().map(StatementMeta::meeting).collect(Collectors.toSet())).hasSize(7);
    }
  }

  @Test
  void reingestingTheSameStatementsChangesNoRow() throws Exception {
    Path file = tmp.resolve("ws.db");
    String before;
    try (Workspace ws = Workspace.open(file)) {
      ws.ingest(meetings, "test");
      before = dump(ws.connection());
    }
    Thread.sleep(5); // a rewritten timestamp would differ
    try (Workspace ws = Workspace.open(file)) {
      IngestReport again = ws.ingest(meetings, "test");
      assertThat(again).isEqualTo(new IngestReport(0, 24, 0, 0));
      String after = dump(ws.connection());
      assertThat(sha(after)).isEqualTo(sha(before));
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void sameIdWithNewTextIsUpdatedAndItsAnalysisReplaced() throws Exception {
    Readout readout = TestEngines.TEXT;
    AnalyzedStatement v1 = readout.analyze(statement("note-1", "The ministers met in Vienna. They talked for an hour."));
    AnalyzedStatement v2 = readout.analyze(statement("note-1", "The ministers met in Geneva."));
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      assertThat(ws.ingest(List.of(v1))).isEqualTo(new IngestReport(1, 0, 0, 2));
      String firstStamp = query(ws.connection(), "SELECT ingested_at FROM statements").get(0);
      Thread.sleep(5);
      assertThat(ws.ingest(List.of(v2))).isEqualTo(new IngestReport(0, 0, 1, 1));
      AnalyzedStatement stored = ws.get("note-1").orElseThrow();
      assertThat(stored.text()).isEqualTo("The ministers met in Geneva.");
      assertThat(stored.sentences()).hasSize(1);
      assertThat(query(ws.connection(), "SELECT COUNT(*) FROM sentences")).containsExactly("1");
      assertThat(query(ws.connection(), "SELECT ingested_at FROM statements").get(0)).isNotEqualTo(firstStamp);
    }
  }

  @Test
  void getReturnsTheStoredAnalysisWithOffsetsIntoTheText() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      ws.ingest(meetings, "test");
      for (AnalyzedStatement a : meetings) {
        String id = a.meta().meeting() + "/" + a.id();
        AnalyzedStatement stored = ws.get(id).orElseThrow();
        assertThat(stored.meta()).isEqualTo(a.meta().withId(id));
        assertThat(stored.text()).isEqualTo(a.text());
        assertThat(stored.sentences()).isEqualTo(a.sentences());
        assertThat(stored.mentions()).isEqualTo(a.mentions());
      }
      assertThat(ws.get("us-readout")).as("bare stems repeat across meetings").isEmpty();
      assertThat(ws.get("no-such-statement")).isEmpty();
    }
  }

  @Test
  void aFailedIngestLeavesTheWorkspaceAsItWas() throws Exception {
    Path file = tmp.resolve("ws.db");
    Readout readout = TestEngines.TEXT;
    try (Workspace ws = Workspace.open(file)) {
      ws.ingest(meetings.subList(0, 10), "test");
      String before = dump(ws.connection());
      // A run that adds new statements and updates one, then meets a missing source.
      assertThatThrownBy(() -> {
        try (IngestBatch batch = ws.begin("test")) {
          for (AnalyzedStatement a : meetings.subList(10, 24)) {
            assertThat(batch.add(a)).isEqualTo(Outcome.ADDED);
          }
          StatementMeta first = meetings.get(0).meta();
          assertThat(batch.add(readout.analyze(org.readout.model.Statement.of(first, "Replaced text.",
              meetings.get(0).statement().source())) /* same source: an update, not a collision */))
              .isEqualTo(Outcome.UPDATED);
          for (var st : Ingest.read(tmp.resolve("missing.md"))) {
            batch.add(readout.analyze(st));
          }
          batch.commit();
        }
      }).isInstanceOf(ReadoutException.class).hasMessageContaining("missing.md");
      assertThat(dump(ws.connection())).isEqualTo(before);
      assertThat(ws.size()).isEqualTo(10);
      // The workspace stays usable after the rollback.
      assertThat(ws.ingest(meetings, "test").added()).isEqualTo(14);
    }
    try (Workspace ws = Workspace.open(file)) {
      assertThat(ws.size()).isEqualTo(24);
    }
  }

  @Test
  void fileStemsThatRepeatAcrossMeetingsAreStoredUnderTheirMeeting() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      ws.ingest(meetings, "test");
      assertThat(ws.list().stream().map(StatementMeta::id).filter(id -> id.endsWith("/us-readout")).toList())
          .hasSize(6)
          .contains("2021-12-07-biden-putin-video-call/us-readout", "2021-04-13-biden-putin-call/us-readout");
      StatementMeta jsonl = new StatementMeta("kremlin:67315", "", null, "", "RU", "news", "", "", "", "");
      assertThat(Workspace.idFor(jsonl)).isEqualTo("kremlin:67315");
      assertThat(Workspace.idFor(jsonl.withId("m/x"))).isEqualTo("m/x");
    }
  }

  @Test
  void theSameIdTwiceInOneRunWithDifferentTextIsRejected() {
    Readout readout = TestEngines.TEXT;
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      List<AnalyzedStatement> clash = List.of(readout.analyze(statement("dup", "One text.")),
          readout.analyze(statement("dup", "Another text.")));
      assertThatThrownBy(() -> ws.ingest(clash))
          .isInstanceOf(ReadoutException.class).hasMessageContaining("'dup'").hasMessageContaining("twice");
      assertThat(ws.size()).isZero();
      // The same statement twice is fine: the second is unchanged.
      AnalyzedStatement once = readout.analyze(statement("dup", "One text."));
      assertThat(ws.ingest(List.of(once, once))).isEqualTo(new IngestReport(1, 1, 0, 1));
    }
  }

  @Test
  void theSameStemInAnotherMeetingIsAnotherStatement() {
    Readout readout = TestEngines.TEXT;
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      ws.ingest(List.of(readout.analyze(org.readout.model.Statement.of(new StatementMeta("us-readout", "A note",
          LocalDate.of(2021, 12, 7), "Test", "US", "readout", "one-meeting", "", "", ""), "The leaders met.", "a"))));
      IngestReport second = ws.ingest(List.of(readout.analyze(org.readout.model.Statement.of(new StatementMeta(
          "us-readout", "A note", LocalDate.of(2022, 3, 18), "Test", "US", "readout", "another-meeting", "", "", ""),
          "The leaders spoke by phone.", "b"))));
      assertThat(second).isEqualTo(new IngestReport(1, 0, 0, 1));
      assertThat(ws.list().stream().map(StatementMeta::id))
          .containsExactly("one-meeting/us-readout", "another-meeting/us-readout");
    }
  }

  @Test
  void selectsStatementsByMeetingSideKindAndDate() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      ws.ingest(meetings, "test");
      String flagship = "2021-12-07-biden-putin-video-call";
      List<org.readout.model.Statement> call = ws.statements(StatementFilter.meeting(flagship));
      assertThat(call).hasSize(5).allSatisfy(s -> assertThat(s.meta().meeting()).isEqualTo(flagship));
      assertThat(ws.statements(StatementFilter.meeting(flagship).withSide("RU")))
          .singleElement().satisfies(s -> assertThat(s.text()).contains("Putin"));
      assertThat(ws.statements(StatementFilter.ALL.withKind("readout")))
          .allSatisfy(s -> assertThat(s.meta().kind()).isEqualTo("readout")).isNotEmpty();
      LocalDate after = LocalDate.of(2022, 1, 1);
      List<org.readout.model.Statement> late = ws.statements(StatementFilter.ALL.withAfter(after));
      assertThat(late).isNotEmpty().allSatisfy(s -> assertThat(s.meta().date()).isAfterOrEqualTo(after));
      Set<String> all = ws.statements(StatementFilter.ALL).stream().map(org.readout.model.Statement::id)
          .collect(Collectors.toSet());
      assertThat(all).hasSize(24);
    }
  }

  static org.readout.model.Statement statement(String id, String text) {
    return org.readout.model.Statement.of(new StatementMeta(id, "A note", LocalDate.of(2021, 12, 7), "Test", "US",
        "readout", "", "", "", ""), text, "test:" + id);
  }

  /** Every row of every workspace table, in primary-key order, one line per row. */
  static String dump(Connection c) throws SQLException {
    StringBuilder out = new StringBuilder();
    for (String table : List.of("statements", "analyses", "sentences", "mentions", "meta")) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          out.append(table);
          for (int i = 1; i <= n; i++) {
            out.append('\t').append(rs.getString(i));
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  static String sha(String s) {
    return org.readout.model.Statement.sha256Hex(s);
  }

  static List<String> query(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}

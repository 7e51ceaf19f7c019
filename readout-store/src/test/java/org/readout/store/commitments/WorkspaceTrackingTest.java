package org.readout.store.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.commitments.Status;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import org.readout.TestEngines;

/**
 * Tracking over a workspace of a few hundred statements (hand-written, generated): only statements dated
 * after the commitment are scanned, only those sharing the action's words are loaded, and an up-to-date
 * workspace has nothing pending.
 */
class WorkspaceTrackingTest {
  private static final int FILLERS = 300;

  @TempDir
  Path dir;
  Workspace ws;
  CommitmentTracking tracking;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir.resolve("workspace.db"));
    tracking = new CommitmentTracking(new CommitmentStore(ws.connection()), TestEngines.extractor(),
        TestEngines.tracker());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private static AnalyzedStatement doc(Readout r, String id, String date, String text) {
    StatementMeta meta = new StatementMeta(id, "t", LocalDate.parse(date), "p", "US", "readout", "", "", "", "");
    return r.analyze(Statement.of(meta, text, id));
  }

  @Test
  void tracksThroughLaterStatementsOnlyAndLoadsOnlyCandidates() {
    Readout r = TestEngines.TEXT;
    List<AnalyzedStatement> docs = new ArrayList<>();
    docs.add(doc(r, "summit", "2030-06-10", "President Biden met President Putin of Russia in Vienna. The two "
        + "presidents agreed to open talks on limiting hypersonic glide vehicles."));
    // Earlier than the commitment, though it reads like progress: must not be scanned.
    docs.add(doc(r, "early", "2030-06-01", "Talks on limiting hypersonic glide vehicles began in Geneva."));
    docs.add(doc(r, "later", "2030-07-01", "Talks on limiting hypersonic glide vehicles began in Geneva on "
        + "Monday."));
    for (int i = 0; i < FILLERS; i++) {
      // Dated before and after the summit; none shares the action's words.
      String date = LocalDate.of(2030, 1, 1).plusDays(i).toString();
      docs.add(doc(r, "filler-" + i, date, "The ministry held a meeting on fisheries quota number " + i
          + ". The weather was mild."));
    }
    ws.ingest(docs);
    for (String id : ws.statements(org.readout.store.StatementFilter.ALL).stream().map(Statement::id).toList()) {
      tracking.sync(ws.get(id).orElseThrow());
    }
    assertThat(tracking.store().pending()).as("everything extracted").isEmpty();
    assertThat(tracking.store().count()).isEqualTo(1);

    List<Statement> scanned = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    List<Tracker.Suggestion> s = tracking.track(ws, id -> {
      loaded.add(id);
      return ws.get(id).orElseThrow();
    }, scanned::add);

    LocalDate summit = LocalDate.of(2030, 6, 10);
    assertThat(scanned).isNotEmpty().allSatisfy(st -> assertThat(st.meta().date()).isAfter(summit));
    assertThat(scanned).extracting(Statement::id).doesNotContain("early");
    assertThat(loaded).as("only the statement sharing the action's words is analysed").containsExactly("later");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).statement()).isEqualTo("later");
    assertThat(s.get(0).status()).isEqualTo(Status.IN_PROGRESS);

    // A second run records nothing new and the status stays.
    assertThat(tracking.track(ws, id -> ws.get(id).orElseThrow(), st -> { })).isEmpty();
    assertThat(tracking.store().list(CommitmentStore.Filter.all()).get(0).status()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void aChangedStatementIsPendingAgain() {
    Readout r = TestEngines.TEXT;
    ws.ingest(List.of(doc(r, "a", "2030-01-01", "Russia will reopen its consulate in Seattle.")));
    String id = ws.statements(org.readout.store.StatementFilter.ALL).get(0).id();
    assertThat(tracking.store().pending()).containsExactly(id);
    assertThat(tracking.sync(ws.get(id).orElseThrow())).isTrue();
    assertThat(tracking.store().pending()).isEmpty();
    assertThat(tracking.sync(ws.get(id).orElseThrow())).as("already extracted").isFalse();
    ws.ingest(List.of(doc(r, "a", "2030-01-01", "Russia will reopen its consulate in Seattle in May.")));
    assertThat(tracking.store().pending()).containsExactly(id);
  }

  @Test
  void anObjectNamedInManyLaterStatementsIdentifiesNoOneAct() {
    Readout r = TestEngines.TEXT;
    List<AnalyzedStatement> docs = new ArrayList<>();
    docs.add(doc(r, "summit", "2030-06-10", "President Biden met President Putin of Russia in Vienna. The two "
        + "presidents agreed to open talks on limiting hypersonic glide vehicles."));
    docs.add(doc(r, "later", "2030-07-01", "Talks on limiting hypersonic glide vehicles began in Geneva on Monday."));
    for (int i = 0; i < FILLERS; i++) {
      // after the summit, a third of them naming the same object: a phrase of the day, not one act
      String date = LocalDate.of(2030, 6, 11).plusDays(i % 200).toString();
      docs.add(doc(r, "filler-" + i, date, i % 3 == 0
          ? "Commentators wrote about hypersonic glide vehicles again, issue " + i + "."
          : "The ministry held a meeting on fisheries quota number " + i + "."));
    }
    ws.ingest(docs);
    for (String id : ws.statements(org.readout.store.StatementFilter.ALL).stream().map(Statement::id).toList()) {
      tracking.sync(ws.get(id).orElseThrow());
    }
    assertThat(tracking.track(ws, id -> ws.get(id).orElseThrow(), st -> { })).isEmpty();
  }
}

package org.readout.store.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import org.readout.TestEngines;

/**
 * Issue 11 item 2: a user's decision made (in another process) while {@code track} runs must survive
 * the tracker's write: status writes compare-and-set against the status the tracker read.
 */
class TrackRaceTest {
  @TempDir
  Path dir;

  private static AnalyzedStatement doc(Readout r, String id, String date, String text) {
    StatementMeta meta = new StatementMeta(id, "t", LocalDate.parse(date), "p", "US", "readout", "", "", "", "");
    return r.analyze(Statement.of(meta, text, id));
  }

  @Test
  void aUserDecisionMadeWhileTrackingRunsWins() throws Exception {
    Path db = dir.resolve("workspace.db");
    Readout r = TestEngines.TEXT;
    try (Workspace ws = Workspace.open(db)) {
      CommitmentTracking tracking = new CommitmentTracking(new CommitmentStore(ws.connection()),
          TestEngines.extractor(), TestEngines.tracker());
      ws.ingest(List.of(
          doc(r, "summit", "2030-06-10", "President Biden met President Putin of Russia in Vienna. The two "
              + "presidents agreed to open talks on limiting hypersonic glide vehicles."),
          doc(r, "later", "2030-07-01", "Talks on limiting hypersonic glide vehicles began in Geneva on Monday.")));
      for (Statement st : ws.statements(org.readout.store.StatementFilter.ALL)) {
        tracking.sync(ws.get(st.id()).orElseThrow());
      }
      List<TrackedCommitment> all = tracking.store().list(CommitmentStore.Filter.all());
      assertThat(all).hasSize(1);
      String id = all.get(0).id();
      assertThat(all.get(0).status()).isEqualTo(Status.OPEN);

      List<Tracker.Suggestion> recorded = tracking.track(ws, sid -> {
        if (sid.equals("later")) {
          // The analyst decides in another process after the tracker has read the open commitments.
          runSet(db, id, "fulfilled");
        }
        return ws.get(sid).orElseThrow();
      }, st -> { });

      assertThat(recorded).extracting(Tracker.Suggestion::status).containsExactly(Status.IN_PROGRESS);
      TrackedCommitment after = tracking.store().get(id).orElseThrow();
      assertThat(after.status()).as("the user's status wins").isEqualTo(Status.FULFILLED);
      assertThat(after.history()).extracting(HistoryEntry::by).containsExactly("auto", "analyst", "auto");
      assertThat(after.history().get(2).note()).contains("not applied");
    }
  }

  private static void runSet(Path db, String id, String status) {
    try {
      String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-cp", cp, SetStatusMain.class.getName(), db.toString(), id, status)
          .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

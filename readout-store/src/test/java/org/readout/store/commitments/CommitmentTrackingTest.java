package org.readout.store.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.StatementFilter;
import org.readout.store.Workspace;
import org.readout.TestEngines;

/** End to end: a commitment, a later progress report, a later fulfilment, through a real SQLite file. */
class CommitmentTrackingTest {
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

  /** The workspace id of the statement whose own id is {@code own} (the workspace may qualify ids). */
  private static String id(List<AnalyzedStatement> docs, String own) {
    return docs.stream().map(AnalyzedStatement::id).filter(i -> i.equals(own) || i.endsWith("/" + own)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + own));
  }

  /** Stores the statements in the workspace and reads them back, as {@code readout track} does. */
  private List<AnalyzedStatement> stored(AnalyzedStatement... docs) {
    ws.ingest(List.of(docs));
    return ws.statements(StatementFilter.ALL).stream().map(st -> ws.get(st.id()).orElseThrow()).toList();
  }

  private static AnalyzedStatement doc(String id, String side, String date, String text) {
    StatementMeta meta = new StatementMeta(id, "t", LocalDate.parse(date), "p", side, "readout", "2030-01-10-summit",
        "", "", "");
    return TestEngines.TEXT.analyze(Statement.of(meta, text, id));
  }

  // Hand-written statements (not from the corpus).
  private static final AnalyzedStatement SUMMIT = doc("us:summit-readout", "US", "2030-01-10",
      "President Biden met President Putin of Russia in Vienna. "
          + "The two presidents agreed to launch negotiations on a new treaty limiting intermediate-range missiles. "
          + "They discussed the weather.");
  private static final AnalyzedStatement PROGRESS = doc("ru:briefing-1", "RU", "2030-02-01",
      "Negotiations on the new treaty limiting intermediate-range missiles would take place in Geneva on March 3, "
          + "as agreed during the January 10 summit.");
  private static final AnalyzedStatement UNRELATED = doc("ru:briefing-2", "RU", "2030-02-15",
      "A new bridge over the river was opened in Kazan.");
  private static final AnalyzedStatement DONE = doc("us:statement-2", "US", "2030-04-01",
      "The treaty limiting intermediate-range missiles was signed in Geneva by the United States and Russia.");

  @Test
  void speakerChainSurvivesTheWorkspace() {
    StatementMeta meta = new StatementMeta("us:briefing-chain", "t", LocalDate.parse("2030-01-11"), "The White House",
        "US", "briefing", "2030-01-10-summit", "", "", "");
    AnalyzedStatement briefing = TestEngines.TEXT.analyze(Statement.of(meta,
        "MS. PSAKI: Good afternoon. I will turn it over to our national security advisor.\n\n"
            + "MR. SULLIVAN: Thank you. President Biden spoke at length with President Putin today.\n\n"
            + "He told President Putin directly that if Russian forces cross the border, "
            + "the United States would respond with crippling financial penalties.\n", "us:briefing-chain"));
    List<AnalyzedStatement> all = stored(briefing);
    tracking.sync(all);
    TrackedCommitment t = tracking.store().list(CommitmentStore.Filter.all()).stream()
        .filter(x -> x.commitment().action().contains("crippling")).findFirst().orElseThrow();
    assertThat(t.commitment().speakerChain()).hasSize(2);
    assertThat(t.commitment().speakerChain().get(0).speaker()).contains("Sullivan");
    assertThat(t.commitment().speakerChain().get(0).type()).isEqualTo("turn");
    assertThat(t.commitment().speakerChain().get(1).speaker()).contains("Biden");
    assertThat(t.commitment().speakerChain().get(1).speakerActor()).isEqualTo("USA");
  }

  @Test
  void tracksACommitmentFromOpenThroughProgressToFulfilled() {
    List<AnalyzedStatement> all = stored(SUMMIT, PROGRESS, UNRELATED, DONE);
    assertThat(tracking.sync(all)).isEqualTo(4);
    assertThat(tracking.sync(all)).as("already extracted").isZero();

    String summit = id(all, "us:summit-readout");
    List<TrackedCommitment> open = tracking.store().list(new CommitmentStore.Filter(null, Status.OPEN, summit));
    assertThat(tracking.store().list(CommitmentStore.Filter.all())).as("the only act in these statements").hasSize(1);
    assertThat(open).hasSize(1);
    TrackedCommitment c = open.get(0);
    assertThat(c.commitment().kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.commitment().actors()).containsExactly("RUS", "USA");
    assertThat(c.history()).singleElement().satisfies(h -> assertThat(h.by()).isEqualTo("auto"));

    List<Tracker.Suggestion> recorded = tracking.track(all);
    assertThat(recorded).extracting(Tracker.Suggestion::statement, Tracker.Suggestion::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id(all, "ru:briefing-1"), Status.IN_PROGRESS),
            org.assertj.core.groups.Tuple.tuple(id(all, "us:statement-2"), Status.FULFILLED));

    TrackedCommitment after = tracking.store().get(c.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(Status.FULFILLED);
    assertThat(after.status().compliance()).contains(1);
    assertThat(after.history()).extracting(HistoryEntry::status)
        .containsExactly(Status.OPEN, Status.IN_PROGRESS, Status.FULFILLED);
    assertThat(after.history().get(1).evidenceStatement()).isEqualTo(id(all, "ru:briefing-1"));
    assertThat(after.history().get(1).evidenceSentence()).isZero();
    assertThat(after.history().get(1).date()).isEqualTo(LocalDate.parse("2030-02-01"));
    assertThat(after.history().get(2).confidence()).isBetween(0.4, 0.95);

    assertThat(tracking.track(all)).as("nothing new on a second run").isEmpty();
  }

  @Test
  void userDecisionWinsAndEvidenceSplitsOnTheLastColon() {
    List<AnalyzedStatement> all = stored(SUMMIT, PROGRESS);
    tracking.sync(all);
    String id = tracking.store().list(CommitmentStore.Filter.all()).get(0).id();
    String briefing = id(all, "ru:briefing-1");
    TrackedCommitment set = tracking.set(id, Status.STALLED, briefing + ":0", "talks postponed", "analyst",
        LocalDate.parse("2030-02-02"));
    assertThat(set.status()).isEqualTo(Status.STALLED);
    HistoryEntry last = set.history().get(set.history().size() - 1);
    assertThat(last.evidenceStatement()).as("statement ids may contain ':'").isEqualTo(briefing).contains(":");
    assertThat(last.evidenceSentence()).isZero();
    assertThat(last.by()).isEqualTo("analyst");
    assertThat(last.note()).isEqualTo("talks postponed");

    tracking.track(all);
    TrackedCommitment after = tracking.store().get(id).orElseThrow();
    assertThat(after.status()).as("auto suggestion does not override the user").isEqualTo(Status.STALLED);
    assertThat(after.history().get(after.history().size() - 1).note()).contains("not applied");
  }

  @Test
  void rejectsUnknownIdsAndMalformedEvidence() {
    tracking.sync(stored(SUMMIT));
    String id = tracking.store().list(CommitmentStore.Filter.all()).get(0).id();
    assertThatThrownBy(() -> tracking.set("nope#1.1", Status.BROKEN, null, "", "me", null))
        .isInstanceOf(ReadoutException.class).hasMessageContaining("nope#1.1");
    assertThatThrownBy(() -> tracking.set(id, Status.BROKEN, "us-readout", "", "me", null))
        .isInstanceOf(ReadoutException.class).hasMessageContaining("STATEMENT:SENTENCE");
    assertThatThrownBy(() -> tracking.set(id, Status.BROKEN, "us-readout:x", "", "me", null))
        .isInstanceOf(ReadoutException.class).hasMessageContaining("not a number");
  }

  @Test
  void reExtractionKeepsHistoryOfSurvivingCommitments() {
    tracking.sync(stored(SUMMIT));
    String id = tracking.store().list(CommitmentStore.Filter.all()).get(0).id();
    tracking.set(id, Status.IN_PROGRESS, null, "checked", "analyst", null);
    AnalyzedStatement edited = doc("us:summit-readout", "US", "2030-01-10",
        "President Biden met President Putin of Russia in Vienna. "
            + "The two presidents agreed to launch negotiations on a new treaty limiting intermediate-range missiles. "
            + "They discussed the weather at length.");
    ws.ingest(List.of(edited));
    assertThat(tracking.sync(List.of(ws.get(id.substring(0, id.indexOf('#'))).orElseThrow()))).isEqualTo(1);
    TrackedCommitment t = tracking.store().get(id).orElseThrow();
    assertThat(t.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(t.history()).hasSize(2);
  }
}

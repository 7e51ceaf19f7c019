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
import org.readout.TestEngines;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.IngestBatch;
import org.readout.store.Workspace;

/**
 * The store side of {@code readout ingest --full}: an ingest batch that also stores each statement's
 * commitments, in its own transaction, recorded with the analysis version that extracted them.
 */
class FullIngestTest {
  // Hand-written statement (not from the corpus).
  private static final Statement CALL = Statement.of(new StatementMeta("us-readout", "Readout of the call",
      LocalDate.parse("2031-05-02"), "The White House", "US", "readout", "2031-05-02-us-uk-call", "", "", ""),
      "President Biden spoke today with Prime Minister Hart of the United Kingdom. The two leaders agreed to open "
          + "talks on a new fisheries accord before the summer. The United States will provide further funding for "
          + "coastal search and rescue training.", "us-readout.md");

  @TempDir
  Path dir;
  Workspace ws;
  CommitmentStore store;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir.resolve("workspace.db"));
    store = new CommitmentStore(ws.connection());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  /** The statement fully analysed under its workspace id, as ingest --full submits it. */
  private static AnalyzedStatement full(Statement st) {
    return TestEngines.RULES.analyze(IngestBatch.withWorkspaceId(st));
  }

  private int ingestFull(String version, AnalyzedStatement a) {
    try (IngestBatch batch = ws.begin("full").withCommitments(version)) {
      batch.add(a);
      int n = batch.extractedStatements();
      batch.commit();
      return n;
    }
  }

  @Test
  void storesTheCommitmentsTrackWouldExtractWithTheirVersion() {
    AnalyzedStatement a = full(CALL);
    assertThat(ingestFull("v1", a)).isEqualTo(1);

    List<TrackedCommitment> stored = store.list(CommitmentStore.Filter.all());
    assertThat(stored).extracting(t -> t.commitment().id())
        .containsExactlyElementsOf(TestEngines.commitments(ws.get(a.id()).orElseThrow()).stream().map(c -> c.id()).toList())
        .isNotEmpty()
        .allMatch(id -> id.startsWith("2031-05-02-us-uk-call/us-readout#"));
    assertThat(stored).allMatch(t -> t.status() == Status.OPEN && t.history().size() == 1);
    assertThat(store.pending("v1")).as("current for the version that extracted them").isEmpty();
    assertThat(store.pending("v2")).as("outdated for another version").containsExactly(a.id());
    assertThat(store.extracted(a.id(), a.statement().sha256(), "v1")).isTrue();
  }

  @Test
  void rolledBackIngestLeavesNoCommitments() {
    try (IngestBatch batch = ws.begin("full").withCommitments("v1")) {
      batch.add(full(CALL));
      assertThat(batch.extractedCommitments()).isPositive();
      // closed without commit: the commitments go with the statements
    }
    assertThat(ws.size()).isZero();
    assertThat(store.count()).isZero();
    assertThat(store.pending("v1")).isEmpty();
  }

  @Test
  void reIngestKeepsStatusAndHistoryAndExtractsOnlyForAnotherVersion() {
    AnalyzedStatement a = full(CALL);
    ingestFull("v1", a);
    String id = store.list(CommitmentStore.Filter.all()).get(0).commitment().id();
    CommitmentTracking tracking = new CommitmentTracking(store, TestEngines.extractor(), TestEngines.tracker(), "v1");
    tracking.set(id, Status.IN_PROGRESS, a.id() + ":1", "talks opened", "analyst", LocalDate.parse("2031-05-20"));

    try (IngestBatch batch = ws.begin("full").withCommitments("v1")) {
      assertThat(batch.needsAnalysis(IngestBatch.withWorkspaceId(CALL))).as("stored and current").isFalse();
      batch.add(a);
      assertThat(batch.extractedStatements()).isZero();
      batch.commit();
    }
    try (IngestBatch batch = ws.begin("full").withCommitments("v2")) {
      assertThat(batch.needsAnalysis(IngestBatch.withWorkspaceId(CALL))).as("stored by another version").isTrue();
      batch.add(a);
      assertThat(batch.extractedStatements()).isEqualTo(1);
      batch.commit();
    }
    TrackedCommitment kept = store.get(id).orElseThrow();
    assertThat(kept.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(kept.history()).extracting(h -> h.by()).containsExactly("auto", "analyst");
    assertThat(store.pending("v2")).isEmpty();
    assertThat(tracking.pending()).as("v1 is now outdated").containsExactly(a.id());
  }

  @Test
  void refusesCommitmentsAnalysedUnderAnotherIdThanTheWorkspaceId() {
    AnalyzedStatement ownId = TestEngines.RULES.analyze(CALL);
    try (IngestBatch batch = ws.begin("full").withCommitments("v1")) {
      assertThatThrownBy(() -> batch.add(ownId)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2031-05-02-us-uk-call/us-readout");
    }
  }
}

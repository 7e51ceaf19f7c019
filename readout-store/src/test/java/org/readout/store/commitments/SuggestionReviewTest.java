package org.readout.store.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;
import org.readout.TestEngines;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.StatementFilter;
import org.readout.store.Workspace;

/**
 * Rejecting a tracking suggestion on a real SQLite workspace: the rejection is in the history and the
 * table, the suggestion leaves the open list, a status tracking applied is put back, tracking does not
 * suggest it again, and undoing the rejection restores both the status and the suggestion.
 */
class SuggestionReviewTest {
  @TempDir
  Path dir;
  Workspace ws;
  CommitmentTracking tracking;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir.resolve("workspace.db"));
    tracking = new CommitmentTracking(new CommitmentStore(ws.connection()), TestEngines.extractor(), TestEngines.tracker());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private static AnalyzedStatement doc(String id, String side, String date, String text) {
    StatementMeta meta = new StatementMeta(id, "t", LocalDate.parse(date), "p", side, "readout", "2030-01-10-summit",
        "", "", "");
    return TestEngines.TEXT.analyze(Statement.of(meta, text, id));
  }

  // Hand-written statements (not from the corpus): an agreement, a progress report, a fulfilment.
  private List<AnalyzedStatement> tracked() {
    ws.ingest(List.of(
        doc("us:summit-readout", "US", "2030-01-10", "President Biden met President Putin of Russia in Vienna. "
            + "The two presidents agreed to launch negotiations on a new treaty limiting intermediate-range missiles."),
        doc("ru:briefing-1", "RU", "2030-02-01", "Negotiations on the new treaty limiting intermediate-range missiles "
            + "would take place in Geneva on March 3, as agreed during the January 10 summit."),
        doc("us:statement-2", "US", "2030-04-01", "The treaty limiting intermediate-range missiles was signed in Geneva "
            + "by the United States and Russia.")));
    List<AnalyzedStatement> all = ws.statements(StatementFilter.ALL).stream().map(s -> ws.get(s.id()).orElseThrow()).toList();
    tracking.sync(all);
    tracking.track(all);
    return all;
  }

  private TrackedCommitment only() {
    List<TrackedCommitment> l = tracking.store().list(CommitmentStore.Filter.all());
    assertThat(l).hasSize(1);
    return l.get(0);
  }

  @Test
  void rejectingAnAppliedSuggestionPutsTheOldStatusBackKeepsItInTheHistoryAndIsUndoable() {
    List<AnalyzedStatement> all = tracked();
    TrackedCommitment t = only();
    assertThat(t.history()).extracting(HistoryEntry::status)
        .containsExactly(Status.OPEN, Status.IN_PROGRESS, Status.FULFILLED);
    SuggestionReview review = new SuggestionReview(ws.connection());
    assertThat(SuggestionReview.open(t, Set.of())).extracting(SuggestionReview.Suggestion::seq,
        SuggestionReview.Suggestion::applied).containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
        org.assertj.core.groups.Tuple.tuple(2, true));

    TrackedCommitment r = review.reject(t.id(), 2, "the signing was of another treaty", "ana", LocalDate.of(2030, 4, 2));
    assertThat(r.status()).as("the status before the rejected suggestion").isEqualTo(Status.IN_PROGRESS);
    assertThat(r.history()).hasSize(4);
    HistoryEntry last = r.history().get(3);
    assertThat(last.by()).isEqualTo("ana");
    assertThat(last.note()).contains("rejected suggestion fulfilled").contains("another treaty");
    assertThat(last.evidenceStatement()).isEqualTo(t.history().get(2).evidenceStatement());
    assertThat(review.rejected(t.id())).containsExactly(2);
    assertThat(review.rejected()).containsOnlyKeys(t.id());
    assertThat(SuggestionReview.open(r, review.rejected(t.id()))).extracting(SuggestionReview.Suggestion::seq)
        .as("the rejected one is off the board").containsExactly(1);
    assertThatThrownBy(() -> review.reject(t.id(), 2, "again", "ana", null)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("already rejected");

    tracking.track(all);
    assertThat(only().history()).as("tracking does not suggest the rejected evidence again").hasSize(4);
    assertThat(only().status()).isEqualTo(Status.IN_PROGRESS);

    TrackedCommitment back = review.unreject(t.id(), "ana", LocalDate.of(2030, 4, 3));
    assertThat(back.status()).isEqualTo(Status.FULFILLED);
    assertThat(back.history()).hasSize(5);
    assertThat(back.history().get(4).note()).startsWith("undo of the rejection");
    assertThat(review.rejected(t.id())).isEmpty();
    assertThat(SuggestionReview.open(back, Set.of())).extracting(SuggestionReview.Suggestion::seq).contains(2);
    assertThatThrownBy(() -> review.unreject(t.id(), "ana", null)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("not a rejected suggestion");
  }

  @Test
  void rejectingAPendingSuggestionKeepsTheStatusAndOnlySuggestionsCanBeRejected() {
    tracked();
    TrackedCommitment t = only();
    SuggestionReview review = new SuggestionReview(ws.connection());
    TrackedCommitment r = review.reject(t.id(), 1, "not about this treaty", "ana", null);
    assertThat(r.status()).isEqualTo(Status.FULFILLED);
    assertThat(review.rejectionAt(t.id(), 3)).contains(1);
    assertThatThrownBy(() -> review.reject(t.id(), 0, "the extraction", "ana", null)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("not a tracking suggestion");
    assertThatThrownBy(() -> review.reject(t.id(), 2, " ", "ana", null)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("note is required");
    assertThatThrownBy(() -> review.reject("nope", 1, "x", "ana", null)).isInstanceOf(ReadoutException.class);
  }
}

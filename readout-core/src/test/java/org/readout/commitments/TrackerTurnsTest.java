package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.doc;
import static org.readout.commitments.TrackerTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;

/**
 * The error shapes of tracking sample 7 (eval/tracking-sample-7.tsv), hand-written: a journalist's turn in a
 * transcript read as a report ("Q    … will be held this month"), and a breach by someone else read as the pledging
 * party's ("Russia's violation of the rules" against a US pledge to uphold them).
 */
class TrackerTurnsTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  @Test
  void aJournalistsTurnIsNoReport() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will sign the Arctic Fisheries Accord with Norway."));
    String question = "MS. LANE:  Good afternoon, everyone.\n\nQ    So the United States signed the Arctic Fisheries Accord "
        + "with Norway in Oslo. What comes next for the fleet\n\nMS. LANE:  We will have more on that soon.";
    assertThat(tracker.track(t, List.of(doc("q", "US", "2030-05-01", question)))).isEmpty();
    String answer = "MS. LANE:  Good afternoon, everyone.\n\nQ    What comes next for the fleet?\n\nMS. LANE:  The United "
        + "States signed the Arctic Fisheries Accord with Norway in Oslo.";
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-05-01", answer)))).hasSize(1);
    String kremlin = "Vladimir Putin: Good afternoon. Question: The United States signed the Arctic Fisheries Accord with "
        + "Norway in Oslo. Will Russia join it? Vladimir Putin: We will look at it.";
    assertThat(tracker.track(t, List.of(doc("k", "RU", "2030-05-01", kremlin)))).isEmpty();
  }

  @Test
  void aBreachWithoutThePledgingPartyNamedIsSomeoneElses() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will uphold the Arctic Fisheries Accord."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-05-01",
        "The leaders condemned Russia's violation of the Arctic Fisheries Accord.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "RU", "2030-05-01",
        "The United States violated the Arctic Fisheries Accord.")))).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.BROKEN));
  }
}

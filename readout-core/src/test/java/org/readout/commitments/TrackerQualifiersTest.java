package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.doc;
import static org.readout.commitments.TrackerTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;

/**
 * The error shapes of the fourth corpus-scale run (eval/tracking-sample-4-dev.tsv), hand-written: a later
 * sentence that repeats the object of a commitment but is about another act of the same kind (another
 * country's dialogue, another monument, another year's act, a memorandum for another purpose), and a
 * commitment whose action was cut short by the extractor.
 */
class TrackerQualifiersTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  @Test
  void anotherCountrysDialogueIsAnotherAct() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "We will also establish a U.S.-Norwegian Economic Dialogue on fisheries."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-04-01",
        "The U.S.-Chilean Economic Dialogue on fisheries was launched in Washington.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-04-01",
        "The U.S.-Norwegian Economic Dialogue on fisheries was launched in Washington.")))).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.IN_PROGRESS));
  }

  @Test
  void anotherNamedMonumentIsAnotherAct() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will sign a proclamation establishing a national monument at Willow Creek Canyon."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-03-01",
        "The President signed a proclamation establishing the Red Mesa national monument.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-03-01",
        "The President signed a proclamation establishing the national monument at Willow Creek Canyon."))))
        .hasSize(1);
  }

  @Test
  void aYearInTheObjectsNameThatTheCommitmentLacksIsAnotherAct() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will sign the Arctic Fisheries Accord with Norway."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-05-01",
        "The United States signed the Arctic Fisheries Accord of 2031 with Norway.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-05-01",
        "The United States signed the Arctic Fisheries Accord with Norway in Oslo.")))).hasSize(1);
    assertThat(tracker.track(t, List.of(doc("c", "US", "2030-05-01",
        "The Arctic Fisheries Accord was signed on August 9, 2030.")))).hasSize(1);
  }

  @Test
  void aLooseMentionRepeatingMostOfTheNamesIsTheSameAct() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The President will convene leaders of the Polar Research Forum on Ice and Climate next month."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-02-12",
        "Yesterday, I convened a polar research forum on climate with leaders from twenty countries.")))).hasSize(1);
  }

  @Test
  void anAdjectiveOfANameAndADateAreNoOtherNames() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will establish the President's Advisory Council on Polar Affairs."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-03-01",
        "The Presidential Advisory Council on Polar Affairs was launched on Monday.")))).hasSize(1);
  }

  @Test
  void anUnnamedObjectNeedsItsPurposeRepeated() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The President will sign a presidential memorandum to expand access to legal representation."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-03-01",
        "The President signed a presidential memorandum on wildfire prevention in the West.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-03-01",
        "The President signed a presidential memorandum that expands access to legal representation."))))
        .hasSize(1);
  }

  @Test
  void theNamesOfThePartiesAndOfPeopleDoNotQualifyTheObject() {
    TrackedCommitment t = TrackerTest.commitment(); // agreed to launch negotiations on a new arms control treaty
    assertThat(tracker.track(t, List.of(doc("r", "RU", "2030-03-01",
        "Russian and American negotiations on an arms control treaty were launched in Geneva, Vladimir Putin said."))))
        .hasSize(1);
  }

  @Test
  void anActionCutShortIsNotTracked() {
    TrackingLexicon lexicon = TrackingLexicon.bundled();
    assertThat(lexicon.truncated("sign a National Security Memorandum to")).isTrue();
    assertThat(lexicon.truncated("sign a National Security Memorandum on cyber defence")).isFalse();
  }
}

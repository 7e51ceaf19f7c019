package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.doc;
import static org.readout.commitments.TrackerTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;

/**
 * The error shapes of the fifth corpus-scale sample (eval/tracking-sample-5.tsv), hand-written: an act scheduled
 * for the day ("Today, the President will sign a memorandum …") matched by a report, months later, of another act
 * of the same kind; and a document's kind ("Presidential Memorandum") taken for the object's name, so that any
 * later presidential memorandum agreed with it.
 */
class TrackerNearTermTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  @Test
  void anActScheduledForTodayIsReportedSoonOrByItsMonthAndYear() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "Today, the President will sign a proclamation establishing a national monument at Willow Creek Canyon."));
    // within three weeks: the act itself
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-01-12",
        "The President signed a proclamation establishing the national monument at Willow Creek Canyon.")))).hasSize(1);
    // months later, with no date: another signing, or a restatement that cannot be told apart
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-09-01",
        "The President signed a proclamation establishing the national monument at Willow Creek Canyon.")))).isEmpty();
    // months later, naming the month and year of the commitment: the same act
    assertThat(tracker.track(t, List.of(doc("c", "US", "2030-09-01",
        "In January 2030, the President signed a proclamation establishing the national monument at Willow Creek "
            + "Canyon.")))).hasSize(1);
  }

  @Test
  void anUndatedCommitmentKeepsTheYearLongWindow() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The President will sign a proclamation establishing a national monument at Willow Creek Canyon."));
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-09-01",
        "The President signed a proclamation establishing the national monument at Willow Creek Canyon.")))).hasSize(1);
  }

  @Test
  void aDocumentsKindIsNoName() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The President will sign a Presidential Memorandum to expand access to rural broadband networks."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-03-01",
        "The President signed a Presidential Memorandum establishing a task force on wildfire smoke.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-03-01",
        "The President signed a Presidential Memorandum to expand access to rural broadband networks.")))).hasSize(1);
  }

  @Test
  void aReportDatedToAnotherMonthThanTheCommitmentsIsAnotherOccurrence() {
    TrackedCommitment t = only(doc("p", "US", "2030-03-01",
        "The President will sign a proclamation establishing a national monument at Willow Creek Canyon on September 17."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-10-01",
        "On June 17, 2030, the President signed a proclamation establishing the national monument at Willow Creek "
            + "Canyon.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-10-01",
        "On September 17, the President signed a proclamation establishing the national monument at Willow Creek "
            + "Canyon.")))).hasSize(1);
    // a month in news style ("Feb. 9", "Sept. 17") dates the report as well as its full name does
    assertThat(tracker.track(t, List.of(doc("c", "US", "2030-10-01",
        "On Feb. 9, the President signed a proclamation establishing the national monument at Willow Creek "
            + "Canyon.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("d", "US", "2030-10-01",
        "On Sept. 17, the President signed a proclamation establishing the national monument at Willow Creek "
            + "Canyon.")))).hasSize(1);
  }

  @Test
  void anUnnamedObjectsPurposeIsRepeatedEvenWhenCommon() {
    // the purpose's stems are below the rare weight among the commitments (3), the object's rare (5): the purpose
    // must still be repeated by one of its stems
    java.util.function.ToDoubleFunction<String> weight = w -> java.util.List.of("prot", "acc", "rur", "broad", "net",
        "supp", "work", "fed", "agen").stream().anyMatch(w::startsWith) ? 3.0 : 5.0;
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The President will sign a presidential memorandum to protect access to rural broadband networks."));
    assertThat(tracker.track(t, List.of(doc("a", "US", "2030-03-01",
        "The President signed a presidential memorandum to support workers in federal agencies.")), weight)).isEmpty();
    assertThat(tracker.track(t, List.of(doc("b", "US", "2030-03-01",
        "The President signed a presidential memorandum to protect access to rural broadband networks.")), weight)).hasSize(1);
  }
}

package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.commitment;
import static org.readout.commitments.TrackerTest.doc;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;

/**
 * Follow-up language links a later statement to an earlier agreement without sharing its words, within
 * the follow-up window and only when the later statement involves every party; every link stays within
 * the tracking window (hand-written sentences).
 */
class TrackerFollowUpTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  @Test
  void asTheLeadersAgreedLinksInOtherWords() {
    // The summit: "agreed to launch negotiations on a new arms control treaty"; no two words shared here.
    AnalyzedStatement later = doc("f", "RU", "2030-02-01",
        "Russia and the United States will hold expert talks in Vienna next month, as the leaders agreed.");
    assertThat(tracker.track(commitment(), List.of(later))).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(Status.IN_PROGRESS);
      assertThat(s.rule()).contains("track.followup.as-agreed");
      assertThat(s.statement()).isEqualTo("f");
      assertThat(s.confidence()).isBetween(0.5, 0.95);
    });
  }

  @Test
  void theAgreementReachedDuringTheJanuaryMeetingLinksByItsMonth() {
    AnalyzedStatement later = doc("g", "US", "2030-02-20", "Our delegation departed for Geneva with Russia's "
        + "consent, under the agreement reached during the January meeting of the two presidents.");
    assertThat(tracker.track(commitment(), List.of(later))).singleElement()
        .satisfies(s -> assertThat(s.rule()).contains("track.followup.reached-during"));
  }

  @Test
  void followUpLanguageAboutOtherPartiesIsNoEvidence() {
    AnalyzedStatement japan = doc("h", "US", "2030-02-01",
        "Japan and the United States will hold expert talks in Vienna next month, as the leaders agreed.");
    assertThat(tracker.track(commitment(), List.of(japan))).isEmpty();
  }

  @Test
  void followUpLanguageLinksOnlyWithinItsWindow() {
    AnalyzedStatement late = doc("i", "RU", "2030-09-01",
        "Russia and the United States will hold expert talks in Vienna next month, as the leaders agreed.");
    LocalDate summit = LocalDate.parse("2030-01-10");
    assertThat(summit.plusDays(tracker.followUpWindowDays())).isBefore(late.meta().date());
    assertThat(summit.plusDays(tracker.windowDays())).isAfter(late.meta().date());
    assertThat(tracker.track(commitment(), List.of(late))).isEmpty();
  }

  @Test
  void reportsAfterTheTrackingWindowAreNotRead() {
    String report = "Russia and the United States launched negotiations on a new arms control treaty.";
    assertThat(tracker.track(commitment(), List.of(doc("j", "RU", "2030-03-01", report)))).hasSize(1);
    LocalDate tooLate = LocalDate.parse("2030-01-10").plusDays(tracker.windowDays() + 1);
    assertThat(tracker.track(commitment(), List.of(doc("k", "RU", tooLate.toString(), report)))).isEmpty();
  }

  @Test
  void followUpLanguageDoesNotLinkAOneSidedPledge() {
    AnalyzedStatement pledge = doc("p", "US", "2030-01-10", "The United States will hold consultations with "
        + "its allies on a new arms control treaty.");
    List<Commitment> cs = TestEngines.commitments(pledge);
    assertThat(cs).isNotEmpty();
    TrackedCommitment t = TrackedCommitment.fresh(cs.get(0), "m", LocalDate.parse("2030-01-10"));
    assertThat(t.commitment().actors()).containsExactly("USA");
    AnalyzedStatement later = doc("q", "US", "2030-02-01", "Talks with Japan are scheduled for March, as agreed.");
    assertThat(tracker.track(t, List.of(later))).isEmpty();
  }
}

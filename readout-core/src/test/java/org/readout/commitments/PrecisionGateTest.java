package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.doc;
import static org.readout.commitments.TrackerTest.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.model.AnalyzedStatement;

/**
 * The precision gate of a corpus-wide track ({@link Precision} through {@link Tracker#precise}) on the error
 * shapes of the development judgements (hand-written sentences of the same shape, not corpus text): another
 * document of the same kind, an ongoing or stance commitment, a breach, a new agreement taken for a reference
 * back, another ordinal, another kind of meeting; and the reports it keeps.
 */
class PrecisionGateTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  private static Tracker.Suggestion suggestion(TrackedCommitment t, String rule, String date, String text) {
    Status status = rule.startsWith("track.done.") ? Status.FULFILLED
        : rule.startsWith("track.breach.") ? Status.BROKEN : Status.IN_PROGRESS;
    return new Tracker.Suggestion(t.id(), status, "later", 0, 0, text.length(), LocalDate.parse(date), 0.8, rule, text);
  }

  @Test
  void aLaunchReportedWithTheNameOfItsObjectIsKept() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will launch the Coastal Fisheries Resilience Initiative with its partners."));
    AnalyzedStatement later = doc("q", "US", "2030-04-02",
        "In February, the United States launched the Coastal Fisheries Resilience Initiative in Manila.");
    List<Tracker.Suggestion> found = tracker.track(t, List.of(later));
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(s -> assertThat(tracker.precise(t, s)).as(s.toString()).isTrue());
    // the same name, reported with another status cue than the act's own event: not kept
    assertThat(tracker.precise(t, suggestion(t, "track.progress.launched", "2030-04-02",
        "Talks on the Coastal Fisheries Resilience Initiative were held in Manila."))).isFalse();
  }

  @Test
  void anotherDocumentOfTheSameKindIsNotKept() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "Next month the President will sign an executive order to protect coastal wetland habitats."));
    assertThat(tracker.precise(t, suggestion(t, "track.done.completed", "2030-05-02",
        "The President signed an executive order to expand broadband in rural counties."))).isFalse();
    assertThat(tracker.precise(t, suggestion(t, "track.done.completed", "2030-05-02",
        "In February the President signed an executive order to protect coastal wetland habitats."))).isTrue();
  }

  @Test
  void anOngoingCommitmentOrAStanceReportsNoEvent() {
    TrackedCommitment ongoing = only(doc("p", "US", "2030-01-10",
        "The United States will continue to deliver vaccine doses to the Pacific island states."));
    assertThat(tracker.precise(ongoing, suggestion(ongoing, "track.done.carried-out", "2030-02-02",
        "The United States delivered vaccine doses to the Pacific island states."))).isFalse();
    TrackedCommitment stance = only(doc("p2", "US", "2030-01-10",
        "The United States will hold the Harbour Shipping Company accountable for the spill."));
    assertThat(tracker.precise(stance, suggestion(stance, "track.progress.launched", "2030-02-02",
        "Regulators held the Harbour Shipping Company accountable for the spill."))).isFalse();
  }

  @Test
  void breachesAndStallsAreNotRecorded() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will sign the Coastal Fisheries Resilience Accord with its partners."));
    assertThat(tracker.precise(t, suggestion(t, "track.breach.violated", "2030-02-02",
        "The partners said the Coastal Fisheries Resilience Accord was violated."))).isFalse();
    assertThat(tracker.precise(t, suggestion(t, "track.stalled.stalled", "2030-02-02",
        "Work on the Coastal Fisheries Resilience Accord has stalled."))).isFalse();
    assertThat(tracker.precise(t, suggestion(t, "track.done.completed", "2030-02-02",
        "The United States signed the Coastal Fisheries Resilience Accord in Suva."))).isTrue();
  }

  @Test
  void anotherOrdinalOrAnotherKindOfMeetingIsAnotherEvent() {
    TrackedCommitment summit = only(doc("p", "US", "2030-01-10",
        "The President will host the third Ocean Partnership Summit at the White House."));
    assertThat(tracker.precise(summit, suggestion(summit, "track.progress.launched", "2030-06-02",
        "The President held the fourth Ocean Partnership Summit at the White House."))).isFalse();
    assertThat(tracker.precise(summit, suggestion(summit, "track.progress.launched", "2030-06-02",
        "The President held the third Ocean Partnership Summit at the White House."))).isTrue();
    TrackedCommitment meeting = only(doc("p2", "US", "2030-01-10",
        "The President will host Prime Minister Anna Lind of Norway for a bilateral meeting at the White House."));
    assertThat(tracker.precise(meeting, suggestion(meeting, "track.progress.launched", "2030-03-02",
        "The President held a call with Prime Minister Anna Lind of Norway."))).isFalse();
    assertThat(tracker.precise(meeting, suggestion(meeting, "track.progress.launched", "2030-03-02",
        "The President held a bilateral meeting with Prime Minister Anna Lind of Norway."))).isTrue();
  }

  @Test
  void followUpLanguageMustReferBackToTheAgreementItself() {
    TrackedCommitment t = TrackerTest.commitment(); // agreed (10 Jan 2030) to launch negotiations on a treaty
    String rule = "track.followup.reached-during";
    assertThat(tracker.precise(t, suggestion(t, rule, "2030-02-02",
        "The agreement reached during the January call between the two presidents is being implemented."))).isTrue();
    assertThat(tracker.precise(t, suggestion(t, rule, "2030-02-02",
        "The agreement reached during the Brussels meeting is being implemented."))).isFalse();
    String asAgreed = "track.followup.as-agreed";
    assertThat(tracker.precise(t, suggestion(t, asAgreed, "2030-02-02",
        "As the two presidents agreed, expert talks are scheduled for March in Geneva."))).isTrue();
    assertThat(tracker.precise(t, suggestion(t, asAgreed, "2030-02-02",
        "The talks went well, as the leaders agreed to deepen their trade ties."))).isFalse();
    assertThat(tracker.precise(t, suggestion(t, "track.followup.scheduled", "2030-02-02",
        "Expert talks are scheduled for March in Geneva."))).isFalse();
  }

  @Test
  void theSameWordsInsideAnotherNameOrATitleAreNoSpecificObject() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will establish a Nordic-Baltic Energy Dialogue with its partners."));
    assertThat(tracker.precise(t, suggestion(t, "track.progress.launched", "2030-04-02",
        "The Atlantic-Pacific Energy Dialogue was launched in March."))).isFalse();
    assertThat(tracker.precise(t, suggestion(t, "track.progress.launched", "2030-04-02",
        "The Nordic-Baltic Energy Dialogue was launched in March."))).isTrue();
    TrackedCommitment visit = only(doc("p2", "US", "2030-01-10",
        "The President will host Prime Minister Anna Lind at the White House."));
    assertThat(tracker.precise(visit, suggestion(visit, "track.progress.launched", "2030-04-02",
        "The Prime Minister of Japan was hosted at the White House."))).isFalse();
    assertThat(tracker.precise(visit, suggestion(visit, "track.progress.launched", "2030-04-02",
        "The President hosted Prime Minister Anna Lind at the White House."))).isTrue();
  }

  @Test
  void anActOnAnActivityIsReportedByTheActivityTakingPlace() {
    TrackedCommitment t = TrackerTest.commitment(); // agreed to launch negotiations on a new arms control treaty
    assertThat(tracker.precise(t, suggestion(t, "track.progress.will-take-place", "2030-05-02",
        "Negotiations on a new arms control treaty will take place in Geneva in June."))).isTrue();
    assertThat(tracker.precise(t, suggestion(t, "track.progress.launched", "2030-05-02",
        "Negotiations on a new arms control treaty were held in Geneva."))).isTrue();
    // not an activity: a launch is not reported by a date set for it
    TrackedCommitment initiative = only(doc("p", "US", "2030-01-10",
        "The United States will launch the Coastal Fisheries Resilience Initiative with its partners."));
    assertThat(tracker.precise(initiative, suggestion(initiative, "track.progress.will-take-place", "2030-04-02",
        "The Coastal Fisheries Resilience Initiative will begin in Manila in May."))).isFalse();
  }
}

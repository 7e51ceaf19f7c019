package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.doc;
import static org.readout.commitments.TrackerTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.model.AnalyzedStatement;

/**
 * Reports the tracker missed on the development split of the commitments (eval/tracking-recall-dev.tsv; hand-written
 * sentences of the same shape, not corpus text): a body's meeting reported as the body convened, a summit reported
 * hosted, a law's name ending in a year.
 */
class TrackerRecallTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  private List<Tracker.Suggestion> precise(TrackedCommitment t, AnalyzedStatement later) {
    return TrackerTest.precise(tracker, t, later);
  }

  @Test
  void aGenericMeetingOfANamedBodyIsReportedByTheBodyConvened() {
    TrackedCommitment t = only(doc("p", "US", "2030-07-19",
        "Tomorrow, the President will convene the fifth meeting of his Economic Fairness Council."));
    AnalyzedStatement convened = doc("q", "US", "2030-07-20",
        "Yesterday, the President convened the White House Economic Fairness Council to mark the anniversary of his order.");
    assertThat(precise(t, convened)).singleElement().satisfies(s -> assertThat(s.sentence()).isZero());
    // another kind of meeting with the body is not its meeting
    AnalyzedStatement call = doc("r", "US", "2030-07-20",
        "Yesterday, the President held a call with the Economic Fairness Council to mark the anniversary of his order.");
    assertThat(precise(t, call)).isEmpty();
  }

  @Test
  void aSummitReportedHostedIsHeld() {
    TrackedCommitment t = only(doc("p", "US", "2030-09-18",
        "On Tuesday afternoon, the president will host a summit of the Global Coalition to Address Synthetic Drug Threats."));
    AnalyzedStatement hosted = doc("q", "US", "2030-09-24", "Today, President Biden hosted a Summit of the Global "
        + "Coalition to Address Synthetic Drug Threats, which the Secretary launched to mobilize action.");
    assertThat(precise(t, hosted)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(Status.FULFILLED));
  }

  @Test
  void aYearEndingALawsNameDoesNotDateTheReport() {
    AnalyzedStatement signed = doc("q", "US", "2030-03-08",
        "The President signed into law the Ending Forced Arbitration of Sexual Assault Act of 2029, a bipartisan law.");
    assertThat(tracker.read(signed).read(signed.sentences().get(0)).latestYear()).isZero();
    // a month before the year is a date: the act recounted from an earlier year
    AnalyzedStatement earlier = doc("r", "US", "2030-03-08",
        "In March of 2029 the President signed into law the Ending Forced Arbitration of Sexual Assault Act.");
    assertThat(tracker.read(earlier).read(earlier.sentences().get(0)).latestYear()).isEqualTo(2029);
  }
}

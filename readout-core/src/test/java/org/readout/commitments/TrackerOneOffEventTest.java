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
 * A one-off meeting a commitment sets is reported by its own host and near its own day ({@link OneOffEvent}; hand-
 * written sentences, not corpus text): another official hosting the same guest, or the same leaders meeting months
 * after the day set, is another meeting.
 */
class TrackerOneOffEventTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  private List<Tracker.Suggestion> precise(TrackedCommitment t, AnalyzedStatement later) {
    return TrackerTest.precise(tracker, t, later);
  }

  @Test
  void anotherOfficialHostingTheGuestIsNotTheCommittedMeeting() {
    TrackedCommitment t = only(doc("p", "US", "2030-04-02",
        "Next week, President Biden will host Prime Minister Okonkwo of the Republic of Zembla at the White House."));
    AnalyzedStatement byHim = doc("q", "US", "2030-04-09",
        "Today, President Biden hosted Prime Minister Okonkwo of the Republic of Zembla at the White House.");
    assertThat(precise(t, byHim)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(Status.FULFILLED));
    AnalyzedStatement byDeputy = doc("r", "US", "2030-04-09",
        "Today, Vice President Harris hosted Prime Minister Okonkwo of the Republic of Zembla at the White House.");
    assertThat(precise(t, byDeputy)).isEmpty();
    AnalyzedStatement byTitle = doc("s", "US", "2030-04-09",
        "Today, the Vice President hosted Prime Minister Okonkwo of the Republic of Zembla at the White House.");
    assertThat(precise(t, byTitle)).isEmpty();
  }

  @Test
  void aMeetingSetForADayIsNotReportedByAMeetingMonthsLater() {
    TrackedCommitment t = only(doc("p", "US", "2030-03-01",
        "President Biden will host the leaders of the Northern Rivers Compact on March 12 at Camp Harmon."));
    AnalyzedStatement onTheDay = doc("q", "US", "2030-03-12",
        "Today, President Biden hosted the leaders of the Northern Rivers Compact at Camp Harmon.");
    assertThat(precise(t, onTheDay)).hasSize(1);
    AnalyzedStatement months = doc("r", "US", "2030-09-20",
        "This week, President Biden hosted the leaders of the Northern Rivers Compact at Camp Harmon.");
    assertThat(precise(t, months)).isEmpty();
    // a later report naming the month of the day set is of that meeting
    AnalyzedStatement recalled = doc("s", "US", "2030-09-20",
        "In March, President Biden hosted the leaders of the Northern Rivers Compact at Camp Harmon.");
    assertThat(precise(t, recalled)).hasSize(1);
  }

  @Test
  void aNamedEventRecalledMonthsLaterIsStillThatEvent() {
    TrackedCommitment t = only(doc("p", "US", "2030-03-01",
        "The President will convene the White House Conference on Coastal Resilience on March 12 to protect our shores."));
    AnalyzedStatement recap = doc("q", "US", "2030-12-28",
        "This year we hosted the first White House Conference on Coastal Resilience in decades and released a strategy.");
    assertThat(precise(t, recap)).hasSize(1);
  }

  @Test
  void theDaySetIsReadFromTheCommitmentNotADeadline() {
    LocalDate written = LocalDate.of(2030, 12, 20);
    assertThat(OneOffEvent.day("The leaders will meet on January 9 in Geneva.", written))
        .isEqualTo(LocalDate.of(2031, 1, 9));
    assertThat(OneOffEvent.day("On Wednesday, December 22, the President will host the forum.", written))
        .isEqualTo(LocalDate.of(2030, 12, 22));
    assertThat(OneOffEvent.day("The ministers will hold talks by January 9.", written)).isNull();
    assertThat(OneOffEvent.day("The ministers will hold talks.", written)).isNull();
  }
}

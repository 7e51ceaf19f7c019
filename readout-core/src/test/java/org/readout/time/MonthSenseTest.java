package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;
import org.readout.ReadoutConfig;

/** Bare month names: people addressed by name, modal "may", and year inference from tense. */
class MonthSenseTest {
  private static final Timeline TIMELINE = ReadoutConfig.defaults().timeline();
  private static final LocalDate DEC7 = LocalDate.of(2021, 12, 7);
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  private List<String> values(String sentence, LocalDate ref) {
    return tagger.tag(sentence, ref).stream().map(TemporalExpression::value).toList();
  }

  private String month(String sentence, LocalDate ref, String written) {
    return tagger.tag(sentence, ref).stream().filter(x -> x.text().equals(written)).findFirst()
        .map(TemporalExpression::value).orElse("none");
  }

  @Test
  void aMonthNameAddressedAsAPersonIsNoDate() {
    assertThat(values("Go ahead, April.", DEC7)).isEmpty();
    assertThat(values("And, April, I will say that the talks matter.", DEC7)).isEmpty();
    assertThat(values("April, you asked about the sanctions.", DEC7)).isEmpty();
    assertThat(values("We have seen people answer the call, April.", DEC7)).isEmpty();
    assertThat(values("Thanks June, that is a fair question.", DEC7)).isEmpty();
    assertThat(values("April Ryan asked about the summit.", DEC7)).isEmpty();
    // the same names with a preposition, a determiner or in a list of months stay dates
    assertThat(month("In April, we signed the accord.", DEC7, "April")).isEqualTo("2021-04");
    assertThat(month("The talks stalled last April.", DEC7, "last April")).isEqualTo("2021-04");
    assertThat(values("They met in January, February, and March.", DEC7)).containsExactly("2021-01", "2021-02", "2021-03");
  }

  @Test
  void modalMayAndVerbMarchAreNoDates() {
    assertThat(values("We may meet again.", DEC7)).isEmpty();
    assertThat(values("May I ask one more question?", DEC7)).isEmpty();
    assertThat(values("Protesters march to the embassy; it may rain.", DEC7)).isEmpty();
    assertThat(values("The troops will march on.", DEC7)).isEmpty();
    assertThat(month("The deal was signed in May.", DEC7, "May")).isEqualTo("2021-05");
  }

  @Test
  void pastContextPutsABareMonthBeforeTheStatement() {
    // February lies nearer ahead (two months) than behind, but "wrote" says it is past
    assertThat(month("And one, in February, we wrote new guidance for insurers.", DEC7, "February")).isEqualTo("2021-02");
    assertThat(month("In February the ministers launched a review.", DEC7, "February")).isEqualTo("2021-02");
    assertThat(month("It was in January that the border closed.", DEC7, "January")).isEqualTo("2021-01");
  }

  @Test
  void futureContextPutsABareMonthAfterTheStatement() {
    assertThat(month("In October, we will open the new office.", DEC7, "October")).isEqualTo("2022-10");
    assertThat(month("We plan to finish by mid-January, so people can get reimbursed.", DEC7, "mid-January"))
        .isEqualTo("2022-01");
    assertThat(month("The talks would resume in March.", DEC7, "March")).isEqualTo("2022-03");
  }

  @Test
  void compoundAgoCountsBothParts() {
    assertThat(month("About a year and a day ago, we met in Bali.", LocalDate.of(2023, 11, 15),
        "About a year and a day ago")).isEqualTo("2022-11-14");
    assertThat(tagger.tag("About a year and a day ago, we met in Bali.", LocalDate.of(2023, 11, 15)).get(0).event())
        .isEqualTo("meeting in Bali");
    // a present progressive of arrangement points ahead even after a past reporting verb
    assertThat(month("The Iranians announced they are going back to negotiations on Thursday.", DEC7, "on Thursday"))
        .isEqualTo("2021-12-09");
    // "as opposed to" is no past tense
    assertThat(month("Why is the call in February as opposed to today?", DEC7, "February")).isEqualTo("2022-02");
  }

  @Test
  void noCueTakesTheNearestMonth() {
    assertThat(month("In February, the committee.", DEC7, "February")).isEqualTo("2022-02");
    assertThat(month("In October, the committee.", DEC7, "October")).isEqualTo("2021-10");
  }

  @Test
  void yearBoundaryCasesHoldBothWays() {
    assertThat(month("Talks will be held on January 9–10 in Geneva.", LocalDate.of(2021, 12, 28), "January 9"))
        .isEqualTo("2022-01-09");
    assertThat(month("Talks will be held on January 9–10 in Geneva.", LocalDate.of(2021, 12, 28), "10"))
        .isEqualTo("2022-01-10");
    assertThat(month("The leaders recalled the December 30 telephone conversation.", LocalDate.of(2022, 2, 12),
        "December 30")).isEqualTo("2021-12-30");
    assertThat(month("In December, the ministers agreed on a plan.", LocalDate.of(2022, 2, 12), "December"))
        .isEqualTo("2021-12");
    assertThat(month("In January, the ministers will meet.", LocalDate.of(2021, 12, 20), "January")).isEqualTo("2022-01");
  }

  @Test
  void meetingsAndCallsNearADateBecomeEvents() {
    AnalyzedStatement d = Docs.doc("US", "The White House", LocalDate.of(2022, 11, 14), "2022-11-14-biden-xi-bali",
        "Good afternoon. The President today held a summit with the premier. "
            + "He looks forward to the G20 meetings tomorrow. We met in Bali last year. "
            + "It was the theme of the COP27 meeting, where I spoke on Friday. I have left this week's long trip.",
        Docs.PIPELINES.get(0));
    List<TemporalExpression> xs = tagger.tag(d);
    assertThat(xs).filteredOn(x -> x.text().equals("today")).extracting(TemporalExpression::event).containsExactly("summit");
    assertThat(xs).filteredOn(x -> x.text().equals("tomorrow")).extracting(TemporalExpression::event)
        .containsExactly("G20 meetings");
    assertThat(xs).filteredOn(x -> x.text().equals("on Friday")).extracting(TemporalExpression::event)
        .containsExactly("COP27 meeting");
    List<TimelineEvent> events = TIMELINE.merge(TIMELINE.events(d, xs));
    assertThat(events).extracting(TimelineEvent::date).doesNotContain("2022-W46").contains("2022-11-11", "2022-11-15");
    TimelineEvent own = events.stream().filter(e -> e.date().equals("2022-11-14")).findFirst().orElseThrow();
    // the greeting is not cited: the sentence that dates the summit is
    assertThat(own.evidence()).extracting(TimelineEvent.EventEvidence::sentence).doesNotContain(0);
  }
}

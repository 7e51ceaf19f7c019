package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;

/**
 * Which way a date without a year points (issue 9): future-oriented months and days, the year boundary, a
 * weekday that names a replaced plan, and ISO weeks from a Sunday. Hand-written sentences, fixed dates.
 */
class DirectionTest {
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  private String value(String sentence, LocalDate ref, String written) {
    return tagger.tag(sentence, ref).stream().filter(x -> x.text().equals(written)).findFirst()
        .map(TemporalExpression::value).orElseThrow(() -> new AssertionError("'" + written + "' not found"));
  }

  private String value(AnalyzedStatement d, String written) {
    return tagger.tag(d).stream().filter(x -> x.text().equals(written)).findFirst()
        .map(TemporalExpression::value).orElseThrow(() -> new AssertionError("'" + written + "' not found"));
  }

  @Test
  void aMonthThatIsDueLiesAhead() {
    // written in March: "said" is past, but the report is due; this June, not last June
    assertThat(value("The agency said the audit is due out in July.", LocalDate.of(2022, 3, 10), "July"))
        .isEqualTo("2022-07");
    assertThat(value("The agency published the audit in July.", LocalDate.of(2022, 3, 10), "July")).isEqualTo("2021-07");
  }

  @Test
  void talksToBeHeldInJanuaryFromLateDecemberAreNextYear() {
    // "held" after "to be" is a participle, not a past tense
    assertThat(value("Consultations are to be held on January 12, the ministry said.", LocalDate.of(2021, 12, 27),
        "January 12")).isEqualTo("2022-01-12");
    assertThat(value("Consultations were held on January 12.", LocalDate.of(2021, 12, 27), "January 12"))
        .isEqualTo("2021-01-12");
  }

  @Test
  void aLaterDayOfThisMonthInAStatementAboutWhatMayHappenIsThisYear() {
    // a warning about what could happen later this month: not the same day a year ago
    assertThat(value("Officials warned that a strike could come as early as November 20.", LocalDate.of(2021, 11, 6),
        "November 20")).isEqualTo("2021-11-20");
    assertThat(value("Analysts fear the offensive might start on March 18.", LocalDate.of(2022, 3, 4), "March 18"))
        .isEqualTo("2022-03-18");
  }

  @Test
  void theYearBoundary() {
    assertThat(value("The sides will meet on January 4.", LocalDate.of(2021, 12, 29), "January 4")).isEqualTo("2022-01-04");
    assertThat(value("The sides met on December 28.", LocalDate.of(2022, 1, 3), "December 28")).isEqualTo("2021-12-28");
    assertThat(value("A decision is expected next month.", LocalDate.of(2021, 12, 20), "next month")).isEqualTo("2022-01");
    assertThat(value("Exports fell last month.", LocalDate.of(2022, 1, 10), "last month")).isEqualTo("2021-12");
    // 2022-01-02 is a Sunday in ISO week 2021-W52
    assertThat(value("They spoke this week.", LocalDate.of(2022, 1, 2), "this week")).isEqualTo("2021-W52");
    assertThat(value("The sanctions took effect last year.", LocalDate.of(2022, 1, 2), "last year")).isEqualTo("2021");
  }

  @Test
  void aWeekdayNamingTheReplacedPlanLiesInTheWeekOfTheActualDay() {
    // written Friday 2021-12-10: the talks moved from Thursday 9 to Tuesday 7
    LocalDate fri = LocalDate.of(2021, 12, 10);
    String s = "The envoys met on Tuesday instead of on Thursday, as originally planned.";
    assertThat(value(s, fri, "on Tuesday")).isEqualTo("2021-12-07");
    assertThat(value(s, fri, "on Thursday")).isEqualTo("2021-12-09");
    assertThat(value("The vote was held on Monday rather than Wednesday.", fri, "Wednesday")).isEqualTo("2021-12-08");
  }

  @Test
  void lastAndThisWeekFromASundayAreIsoWeeks() {
    // Sunday 2021-12-12 closes ISO week 49, whatever side publishes
    for (String side : List.of("US", "RU")) {
      AnalyzedStatement d = Docs.doc(side, "Publisher", LocalDate.of(2021, 12, 12), "",
          "The ministers spoke last week. They will speak again this week.", Docs.PIPELINES.get(0));
      assertThat(value(d, "last week")).as(side).isEqualTo("2021-W48");
      assertThat(value(d, "this week")).as(side).isEqualTo("2021-W49");
    }
  }
}

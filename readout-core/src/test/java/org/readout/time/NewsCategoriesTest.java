package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.attribution.Docs;
import org.readout.testing.AnalysisAssertions;

/**
 * TIMEX3 categories of news text the first rules were not written for (issue 9, item 5): the tense of the
 * expression's own clause, the futurate present of schedules, quarters, halves, fiscal years, parts of the
 * current period, vague spans, anaphoric dates counted from the narrative, lists of days and "Today's" event.
 * Sentences are hand-written; document dates fixed.
 */
class NewsCategoriesTest {
  private static final LocalDate SUN_JUN5 = LocalDate.of(2022, 6, 5);
  private static final LocalDate WED_MAR13 = LocalDate.of(2024, 3, 13);
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  private String value(String sentence, LocalDate ref, String written) {
    List<TemporalExpression> xs = tagger.tag(sentence, ref);
    for (TemporalExpression x : xs) {
      AnalysisAssertions.assertSpan(sentence, x.start(), x.end(), x.text(), "date");
      AnalysisAssertions.assertTimex3(x.value(), x.text());
    }
    return xs.stream().filter(x -> x.text().equals(written)).findFirst().map(TemporalExpression::value)
        .orElseThrow(() -> new AssertionError("'" + written + "' not found in " + xs));
  }

  @Test
  void eachWeekdayTakesTheTenseOfItsOwnClause() {
    String s = "Farmers blocked the roads on Friday, and the cabinet will meet them on Wednesday.";
    assertThat(value(s, SUN_JUN5, "on Friday")).isEqualTo("2022-06-03");
    assertThat(value(s, SUN_JUN5, "on Wednesday")).isEqualTo("2022-06-08");
    String t = "The minister visited the plant on Thursday evening and will return on Monday afternoon.";
    assertThat(value(t, SUN_JUN5, "on Thursday evening")).isEqualTo("2022-06-02TEV");
    assertThat(value(t, SUN_JUN5, "on Monday afternoon")).isEqualTo("2022-06-06TAF");
    // one clause, one cue: a weekday after "and" without a verb of its own still takes the sentence's tense
    assertThat(value("Talks will be held on Tuesday and Wednesday.", SUN_JUN5, "Wednesday")).isEqualTo("2022-06-08");
  }

  @Test
  void aScheduleInThePresentTenseLiesAhead() {
    assertThat(value("The deadline expires at 18:00 GMT Friday.", WED_MAR13, "18:00 GMT Friday"))
        .isEqualTo("2024-03-15T18:00");
    assertThat(value("The conference opens on Monday in Oslo.", WED_MAR13, "on Monday")).isEqualTo("2024-03-18");
  }

  @Test
  void quartersHalvesAndFiscalYears() {
    assertThat(value("Output shrank in the third quarter of 2023.", WED_MAR13, "the third quarter of 2023")).isEqualTo("2023-Q3");
    assertThat(value("Sales rose in the fourth quarter, the firm said.", WED_MAR13, "the fourth quarter")).isEqualTo("2023-Q4");
    assertThat(value("Deliveries are expected to start in the second quarter.", WED_MAR13, "the second quarter"))
        .isEqualTo("2024-Q2");
    assertThat(value("Profits doubled last quarter.", WED_MAR13, "last quarter")).isEqualTo("2023-Q4");
    assertThat(value("Results for Q1 2024 are due in May.", WED_MAR13, "Q1 2024")).isEqualTo("2024-Q1");
    assertThat(value("The plant will open in the second half of next year.", WED_MAR13, "the second half of next year"))
        .isEqualTo("2025-H2");
    assertThat(value("The agency's fiscal 2026 request was cut.", WED_MAR13, "fiscal 2026")).isEqualTo("FY2026");
    assertThat(value("Funding for FY24 ran out.", WED_MAR13, "FY24")).isEqualTo("FY2024");
    assertThat(value("Congress passed the budget for fiscal year 2022.", WED_MAR13, "fiscal year 2022")).isEqualTo("FY2022");
  }

  @Test
  void partsOfTheCurrentPeriodAndVagueSpans() {
    assertThat(value("A reply is expected by the end of the week.", WED_MAR13, "the end of the week")).isEqualTo("2024-W11");
    assertThat(value("Prices will be reviewed at the beginning of the month.", WED_MAR13, "the beginning of the month"))
        .isEqualTo("2024-03");
    assertThat(value("Work resumes at the start of the new year.", LocalDate.of(2021, 11, 30), "the start of the new year"))
        .isEqualTo("2022");
    assertThat(value("The region changed a lot in the late 1980s.", WED_MAR13, "late 1980s")).isEqualTo("198");
  }

  @Test
  void anaphoricDatesCountFromTheNarrative() {
    var doc = Docs.doc("US", "News", WED_MAR13, "The treaty was signed on June 8, 2017. It was ratified the following day, "
        + "and the first inspections took place in October 2017. Trade rose sharply the following month.");
    List<TemporalExpression> xs = tagger.tag(doc);
    assertThat(xs).extracting(TemporalExpression::text, TemporalExpression::value).contains(
        org.assertj.core.groups.Tuple.tuple("the following day", "2017-06-09"),
        org.assertj.core.groups.Tuple.tuple("the following month", "2017-11"));
    // with no earlier date, the statement date
    assertThat(value("Officials will meet again the next day.", WED_MAR13, "the next day")).isEqualTo("2024-03-14");
    // a span after "for" stays a duration
    assertThat(value("Prices were frozen for the following year.", WED_MAR13, "the following year")).isEqualTo("P1Y");
  }

  @Test
  void daysJoinedByAndAreTwoDates() {
    String s = "They recalled the accords of March 4 and September 30, 2020.";
    assertThat(value(s, WED_MAR13, "March 4")).isEqualTo("2020-03-04");
    assertThat(value(s, WED_MAR13, "September 30, 2020")).isEqualTo("2020-09-30");
    // so are the two ends of a range within one month (TIMEX3 has no intervals)
    assertThat(value("The talks ran March 4-6, 2020.", WED_MAR13, "March 4")).isEqualTo("2020-03-04");
    assertThat(value("The talks ran March 4-6, 2020.", WED_MAR13, "6, 2020")).isEqualTo("2020-03-06");
  }

  @Test
  void todaysEventOpeningASentenceIsTheDay() {
    assertThat(value("Today's ceremony follows the summit of May 2.", WED_MAR13, "Today")).isEqualTo("2024-03-13");
    assertThat(value("Today's world is more dangerous than ever.", WED_MAR13, "Today")).isEqualTo("PRESENT_REF");
  }
}

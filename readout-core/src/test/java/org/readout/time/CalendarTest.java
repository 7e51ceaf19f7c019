package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.AnalysisAssertions;

/**
 * TIMEX3 values for the patterns a third development set of transcripts and notices showed (issue 9): a month
 * with a relative year ("November last year"), ranges of months, a day and its clock time as one time,
 * holidays (Orthodox Christmas on the Russian side), a day named again later in the statement, "today" after a
 * general noun or "starting", "every single day", ages that are no durations, seasons inside names, "the
 * future". Every sentence is hand-written; document dates are fixed.
 */
class CalendarTest {
  private static final LocalDate WED_DEC15 = LocalDate.of(2021, 12, 15);
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  private static String value(String sentence, LocalDate ref, String written) {
    return Tagged.value(sentence, ref, written);
  }

  private static String find(List<TemporalExpression> xs, String text, String written) {
    for (TemporalExpression x : xs) {
      AnalysisAssertions.assertSpan(text, x.start(), x.end(), x.text(), "date");
      AnalysisAssertions.assertTimex3(x.value(), x.text());
    }
    return xs.stream().filter(x -> x.text().equals(written)).findFirst().map(TemporalExpression::value)
        .orElseThrow(() -> new AssertionError("'" + written + "' not found in " + xs));
  }

  private static List<String> texts(String sentence, LocalDate ref) {
    return Tagged.texts(sentence, ref);
  }

  private String inDoc(String side, LocalDate date, String text, String written) {
    AnalyzedStatement d = Docs.doc(side, "Publisher", date, "", text, Docs.PIPELINES.get(0));
    return find(tagger.tag(d), d.text(), written);
  }

  @Test
  void aMonthTakesTheRelativeYearWrittenAfterIt() {
    assertThat(value("The accord was ratified in October last year.", WED_DEC15, "October last year")).isEqualTo("2020-10");
    assertThat(value("Talks resume in March of next year.", WED_DEC15, "March of next year")).isEqualTo("2022-03");
    assertThat(value("Exports rose in June this year.", WED_DEC15, "June this year")).isEqualTo("2021-06");
    // an editor's bracketed year belongs to the month
    assertThat(value("The plant opened in April[2021] after delays.", WED_DEC15, "April[2021]")).isEqualTo("2021-04");
  }

  @Test
  void theFirstMonthOfARangeTakesTheYearOfTheSecond() {
    // nearest to a mid-December date, a bare January would be next month; the range says this year
    assertThat(value("From January to October this year, freight volumes doubled.", WED_DEC15, "January")).isEqualTo("2021-01");
    assertThat(value("Between November and February 2022 the plan runs.", WED_DEC15, "November")).isEqualTo("2021-11");
  }

  @Test
  void aDayAndItsClockTimeAreOneTime() {
    assertThat(value("Entries close on Friday, January 14, 2022, at 10:00 AM ET.", WED_DEC15,
        "Friday, January 14, 2022, at 10:00 AM ET")).isEqualTo("2022-01-14T10:00");
    assertThat(value("Doors open at 6 p.m. on December 20 for guests.", WED_DEC15, "6 p.m. on December 20"))
        .isEqualTo("2021-12-20T18:00");
    // a clock time on its own stays on the statement's day
    assertThat(value("The briefing starts at 2 p.m. sharp.", WED_DEC15, "2 p.m.")).isEqualTo("2021-12-15T14:00");
  }

  @Test
  void holidaysTakeTheirDay() {
    assertThat(value("I wish you and your family a Happy New Year.", WED_DEC15, "New Year")).isEqualTo("2022-01-01");
    assertThat(value("We will gather again at Thanksgiving.", WED_DEC15, "Thanksgiving")).isEqualTo("2022-11-24");
    assertThat(value("The parade marked Victory Day 2021 in the capital.", WED_DEC15, "Victory Day 2021")).isEqualTo("2021-05-09");
    assertThat(value("Families celebrated Christmas together last year.", LocalDate.of(2022, 1, 20), "Christmas"))
        .isEqualTo("2021-12-25");
    // a holiday opening a longer name is no date
    assertThat(texts("Tickets for the Christmas Market Gala are free.", WED_DEC15)).doesNotContain("Christmas");
  }

  @Test
  void christmasOnTheRussianSideIsTheOrthodoxOne() {
    String text = "The President wished his counterpart a merry Christmas and success in the coming year.";
    assertThat(inDoc("RU", LocalDate.of(2021, 12, 28), text, "Christmas")).isEqualTo("2022-01-07");
    assertThat(inDoc("US", LocalDate.of(2021, 12, 20), text, "Christmas")).isEqualTo("2021-12-25");
    assertThat(inDoc("RU", LocalDate.of(2021, 12, 20), "He sent greetings on Catholic Christmas to the Pope.", "Christmas"))
        .isEqualTo("2021-12-25");
  }

  @Test
  void aDayNamedAgainKeepsTheYearItWasFirstGiven() {
    String text = "The truce of October 3, 2020, still holds. Since October 3, dozens of incidents were reported.";
    assertThat(inDoc("US", LocalDate.of(2021, 10, 20), text, "October 3")).isEqualTo("2020-10-03");
    // without the earlier mention the same sentence means this year
    assertThat(inDoc("US", LocalDate.of(2021, 10, 20), "Since October 3, dozens of incidents were reported.", "October 3"))
        .isEqualTo("2021-10-03");
    // a day of a long-past year does not date a later bare mention
    String old = "The city fell on May 2, 1945. On May 2, the mayor laid a wreath.";
    assertThat(inDoc("US", LocalDate.of(2021, 5, 4), old, "May 2")).isEqualTo("2021-05-02");
  }

  @Test
  void todayAfterAGeneralNounOrStartingIsWhatItShouldBe() {
    assertThat(value("We must act, given the situation today.", WED_DEC15, "today")).isEqualTo("PRESENT_REF");
    assertThat(value("Such long supply chains will remain common practice today.", WED_DEC15, "today")).isEqualTo("PRESENT_REF");
    assertThat(value("Starting today, registration is open to all.", WED_DEC15, "today")).isEqualTo("2021-12-15");
  }

  @Test
  void setsAgesSeasonsAndTheFuture() {
    assertThat(value("We will work on it every single day.", WED_DEC15, "every single day")).isEqualTo("P1D");
    assertThat(value("The annual fair draws crowds.", WED_DEC15, "annual")).isEqualTo("P1Y");
    assertThat(texts("Pupils 10 years of age and younger may enter.", WED_DEC15)).isEmpty();
    assertThat(texts("The Winter Olympics open in Beijing.", WED_DEC15)).isEmpty();
    assertThat(value("Our office is focused on the future.", WED_DEC15, "the future")).isEqualTo("FUTURE_REF");
    assertThat(texts("They debated the future of the alliance.", WED_DEC15)).isEmpty();
  }
}

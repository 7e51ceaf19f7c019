package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.time.Tagged.tag;
import static org.readout.time.Tagged.texts;
import static org.readout.time.Tagged.value;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TIMEX3 values for the misses of the fourth dates development set (issue 9, {@code dates3-*}: schedules,
 * health briefings, Kremlin transcripts): coordinated months share their clause's tense, vague "ago" is a past
 * reference, rates "per annum" are sets, ages are no durations, floating holidays, a part of day "of" a date, a
 * span "within N days before" an event, a range of days across months as two days, and a clock time before "on Saturday, April 9".
 * The fifth set ({@code dates4-*}) added: "in N units" after a superlative is a span, compound number words, "the eve of".
 * The sixth ({@code dates5-*}): "in May" is no modal, ordinal days ("on the 10th"), named weekdays ("Good Friday"),
 * more holidays, "pre-2019", "each calendar year", "the days and weeks ahead"; the seventh ({@code dates6-*}): a day
 * within a week of the statement, "this November", centuries in words; the ninth ({@code dates8-*}): a season's
 * year from its clause's tense, "over the course of" a span, "two and a half years", a range within a month as two days.
 * Every sentence is hand-written in the shape of a miss; document dates are fixed.
 */
class ScheduleDatesTest {
  private static final LocalDate MON_APR25 = LocalDate.of(2022, 4, 25);
  private static final LocalDate THU_MAR24 = LocalDate.of(2022, 3, 24);
  private static final LocalDate FRI_SEP17 = LocalDate.of(2021, 9, 17);
  @Test
  void coordinatedMonthsShareTheirClausesTense() {
    // the "would like to" of the frame is nearer to the first month than the perfect that governs both
    String s = "I would like to stress that after a spike in January and February, retail sales have fallen back.";
    assertThat(value(s, MON_APR25, "January")).isEqualTo("2022-01");
    assertThat(value(s, MON_APR25, "February")).isEqualTo("2022-02");
    // two clauses joined by "and" still take their own tenses
    String t = "Crowds gathered on Saturday and the council will vote on Tuesday.";
    assertThat(value(t, MON_APR25, "on Saturday")).isEqualTo("2022-04-23");
    assertThat(value(t, MON_APR25, "on Tuesday")).isEqualTo("2022-04-26");
  }

  @Test
  void aVagueAgoIsAPastReference() {
    assertThat(value("A few weeks ago, the agency issued new advice.", FRI_SEP17, "A few weeks ago")).isEqualTo("PAST_REF");
    assertThat(value("The plant closed several years ago.", FRI_SEP17, "several years ago")).isEqualTo("PAST_REF");
    assertThat(value("The plant closed three years ago.", FRI_SEP17, "three years ago")).isEqualTo("2018");
  }

  @Test
  void ratesPerAnnumAreSets() {
    assertThat(value("The loans will carry interest of 7 percent per annum.", MON_APR25, "per annum")).isEqualTo("P1Y");
  }

  @Test
  void agesAreNoDurations() {
    assertThat(texts("All residents aged 65 years and older can book a dose.", FRI_SEP17)).isEmpty();
    assertThat(texts("Everyone above 16 years of age qualifies.", FRI_SEP17)).isEmpty();
    assertThat(texts("Adults ages 50 years and over should get a booster.", FRI_SEP17)).isEmpty();
    assertThat(value("The program will run for 65 years and more.", FRI_SEP17, "65 years")).isEqualTo("P65Y");
  }

  @Test
  void floatingHolidaysTakeTheirDay() {
    LocalDate may2 = LocalDate.of(2024, 5, 2);
    assertThat(value("On Mother’s Day, the First Lady will visit a shelter.", may2, "Mother’s Day")).isEqualTo("2024-05-12");
    assertThat(value("On Father's Day, the President will host veterans.", LocalDate.of(2023, 6, 1), "Father's Day"))
        .isEqualTo("2023-06-18");
  }

  @Test
  void aPartOfDayOfADateIsThatDaysPart() {
    assertThat(value("The delegation will leave on the morning of Friday, June 10.", LocalDate.of(2022, 6, 6),
        "the morning of Friday, June 10")).isEqualTo("2022-06-10TMO");
  }

  @Test
  void withinNDaysBeforeAnEventIsASpan() {
    assertThat(value("Guests who had symptoms within 14 days before their visit may not enter.", THU_MAR24, "14 days before their visit"))
        .isEqualTo("P14D");
  }

  @Test
  void dayRangesAreTwoDays() {
    List<TemporalExpression> xs = tag("The envoy will travel to Oslo and Riga from June 6 – June 9, 2022.", MON_APR25);
    assertThat(xs).extracting(TemporalExpression::value).containsExactly("2022-06-06", "2022-06-09");
    assertThat(xs).extracting(TemporalExpression::text).containsExactly("June 6", "June 9, 2022");
    // within one month too (TIMEX3 has no intervals; the gold's guidelines give a range two dates)
    List<TemporalExpression> ys = tag("The forum will meet on June 14–16.", MON_APR25);
    assertThat(ys).extracting(TemporalExpression::value).containsExactly("2022-06-14", "2022-06-16");
    assertThat(ys).extracting(TemporalExpression::text).containsExactly("June 14", "16");
  }

  @Test
  void aClockTimeBeforeAWeekdayAndDateTakesThatDate() {
    // not the next Saturday (March 26): the clock time is joined to the date that follows its weekday
    String s = "The gardens will be open from 9:00 AM ET to 5:00 PM ET on Saturday, April 16.";
    assertThat(value(s, THU_MAR24, "5:00 PM ET on Saturday, April 16")).isEqualTo("2022-04-16T17:00");
    assertThat(tag(s, THU_MAR24)).extracting(TemporalExpression::value).doesNotContain("2022-03-26T17:00");
    // the first clock time of the range is on that day too
    assertThat(value(s, THU_MAR24, "9:00 AM ET")).isEqualTo("2022-04-16T09:00");
    // a clock time with no day after it stays on the statement's day
    assertThat(value("Doors open at 9:00 AM ET.", THU_MAR24, "9:00 AM ET")).isEqualTo("2022-03-24T09:00");
  }

  @Test
  void aSuperlativeMakesInNYearsASpan() {
    // the modal "might" leans ahead, but "the highest in three decades" looks back over a span
    assertThat(value("Wages rose fastest, and we might see the highest growth in three decades.", FRI_SEP17,
        "three decades")).isEqualTo("P30Y");
    assertThat(value("The talks will resume in two weeks.", FRI_SEP17, "two weeks")).isEqualTo("2021-W39");
  }

  @Test
  void compoundNumbersInWords() {
    assertThat(value("One hundred and twenty years ago, the treaty was signed.", FRI_SEP17,
        "One hundred and twenty years ago")).isEqualTo("1901");
    assertThat(value("The station closed thirty-five years ago.", FRI_SEP17, "thirty-five years ago")).isEqualTo("1986");
    assertThat(value("The lease runs for ninety-nine years.", FRI_SEP17, "ninety-nine years")).isEqualTo("P99Y");
  }

  @Test
  void theEveOfADayIsTheDayBefore() {
    assertThat(value("On the eve of Victory Day, the leaders spoke.", LocalDate.of(2022, 5, 5), "the eve of Victory Day"))
        .isEqualTo("2022-05-08");
    assertThat(value("A moment ago, the minister arrived.", FRI_SEP17, "A moment ago")).isEqualTo("PAST_REF");
  }

  @Test
  void theMonthMayIsNoModal() {
    // "in May" before a month with no year must not lean the sentence ahead
    assertThat(value("The visit follows talks in May, meetings in early June and a summit in late June.",
        LocalDate.of(2022, 7, 12), "early June")).isEqualTo("2022-06");
  }

  @Test
  void ordinalDaysTakeTheNarrativesMonth() {
    String s = "The three rounds of talks are next week. They open on the 10th in Oslo, then the 12th in Bern.";
    LocalDate wed = LocalDate.of(2022, 1, 5);
    assertThat(value(s, wed, "on the 10th")).isEqualTo("2022-01-10");
    assertThat(value(s, wed, "the 12th")).isEqualTo("2022-01-12");
    // an ordinal before a noun is no day
    assertThat(texts("We mark the 30th anniversary and the 20th and 21st centuries.", wed)).isEmpty();
  }

  @Test
  void namedWeekdaysHolidaysYearsAfterPrefixesAndCalendarSets() {
    LocalDate jun11 = LocalDate.of(2021, 6, 11);
    assertThat(texts("The Good Friday Agreement brought peace.", jun11)).isEmpty();
    assertThat(value("He said so as recently as St. Patrick’s Day.", jun11, "St. Patrick’s Day")).isEqualTo("2021-03-17");
    assertThat(value("Jobs are back to pre-2019 levels.", jun11, "2019")).isEqualTo("2019");
    assertThat(value("The authority lasts a set number of days each calendar year.", jun11, "each calendar year"))
        .isEqualTo("P1Y");
    assertThat(value("We will raise these issues in the days and weeks ahead.", jun11, "the days and weeks ahead"))
        .isEqualTo("FUTURE_REF");
  }

  @Test
  void aDayWithinAWeekOfTheStatementIsThatDay() {
    // the past tense of the report does not send a holiday two days ahead back a year
    assertThat(value("The President congratulated him on National Day, celebrated on December 1.",
        LocalDate.of(2021, 11, 29), "December 1")).isEqualTo("2021-12-01");
    assertThat(value("He thanked the Swiss for hosting the summit in Geneva on June 16.", LocalDate.of(2021, 6, 15),
        "June 16")).isEqualTo("2021-06-16");
    // further away, the past tense still decides
    assertThat(value("The President congratulated him on the vote held on December 20.", LocalDate.of(2021, 11, 29),
        "December 20")).isEqualTo("2020-12-20");
  }

  @Test
  void thisMonthIsTheStatementsYearAndCenturiesInWords() {
    assertThat(value("We look forward to meeting in Lima this November.", LocalDate.of(2023, 5, 1), "this November"))
        .isEqualTo("2023-11");
    assertThat(value("These are the challenges of the twenty-first century.", LocalDate.of(2023, 5, 1),
        "the twenty-first century")).isEqualTo("20");
    assertThat(value("It shaped the twenty\nfirst century.", LocalDate.of(2023, 5, 1), "the twenty\nfirst century"))
        .isEqualTo("20");
  }

  @Test
  void todayWhileAnEventIsUnderWayIsTheDay() {
    LocalDate apr12 = LocalDate.of(2022, 4, 12);
    assertThat(value("I am glad that we are discussing our joint work on the new reactor today.", apr12, "today"))
        .isEqualTo("2022-04-12");
    // a perfect of an act ("have reached") is the day's act, not a present state
    assertThat(value("What matters is that today we have reached a common text.", apr12, "today")).isEqualTo("2022-04-12");
    // a state of the present stays the present
    assertThat(value("The risks facing the region today are serious.", apr12, "today")).isEqualTo("PRESENT_REF");
  }

  @Test
  void theBeginningOfTheYearAheadAndOtherDays() {
    LocalDate dec29 = LocalDate.of(2021, 12, 29);
    assertThat(value("We will hold the drills at the beginning of the year.", dec29, "the beginning of the year"))
        .isEqualTo("2022");
    assertThat(value("We held the drills at the beginning of the year.", dec29, "the beginning of the year"))
        .isEqualTo("2021");
    assertThat(value("The councils met by video the other day.", dec29, "the other day")).isEqualTo("PAST_REF");
    assertThat(value("I am leaving Minsk very pleased today.", dec29, "today")).isEqualTo("2021-12-29");
  }

  @Test
  void justTodayIsTheDay() {
    assertThat(value("The agency just today has published a new study.", FRI_SEP17, "today")).isEqualTo("2021-09-17");
  }

  @Test
  void aSeasonWithoutAYearTakesItsClausesTense() {
    LocalDate febDate = LocalDate.of(2022, 2, 4);
    assertThat(value("The two ministers met sometime early in the fall.", febDate, "the fall")).isEqualTo("2021-FA");
    assertThat(value("The ministers will meet again in the fall.", febDate, "the fall")).isEqualTo("2022-FA");
    LocalDate novDate = LocalDate.of(2021, 11, 20);
    assertThat(value("The inspectors will return in the spring.", novDate, "the spring")).isEqualTo("2022-SP");
    assertThat(value("Exports recovered in the spring.", novDate, "the spring")).isEqualTo("2021-SP");
    // no tense: the statement's year, as before
    assertThat(value("Harvest figures for the summer: see the annex.", novDate, "the summer")).isEqualTo("2021-SU");
  }

  @Test
  void spansAfterTheCourseOfAndHalvesBeforeTheUnit() {
    LocalDate date = LocalDate.of(2022, 2, 4);
    assertThat(value("Grants have flowed over the course of the last year.", date, "the last year")).isEqualTo("P1Y");
    assertThat(value("Grants flowed last year.", date, "last year")).isEqualTo("2021");
    assertThat(value("Each appeal takes two and a half years to decide.", date, "two and a half years")).isEqualTo("P30M");
    assertThat(value("The audit took one and a half months.", date, "one and a half months")).isEqualTo("P45D");
  }
}

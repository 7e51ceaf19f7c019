package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.time.Tagged.texts;
import static org.readout.time.Tagged.value;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;

/**
 * Dates in transcripts of briefings, press calls and Kremlin meetings (issue 9): the day a transcript says its
 * "today" is, asides of the talk that are no tense of the date ("as you just mentioned"), a past tense after a
 * pronoun ("as we committed in June"), a weekday that fixes a date's year, the verb before a date, "today"
 * beside another day word, in a title or in a present clause, a day with "last year" after it, a year before a
 * holiday, other calendars' New Year, seasons inside names. Hand-written sentences.
 */
class TranscriptDatesTest {
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  @Test
  void aTranscriptSayingWhichDayItsTodayIsAnchorsTheOtherDeicticWords() {
    // filed the day after the call; the moderator names the call's day
    String text = "MODERATOR: This call is on background and embargoed until 5:00 p.m. Eastern today, Tuesday, "
        + "March 14th. Thanks for joining. OFFICIAL: Today, the Secretary will announce the new rules. We met "
        + "with the partners yesterday.";
    AnalyzedStatement d = Docs.doc("US", "The White House", LocalDate.of(2023, 3, 15), "", text, Docs.PIPELINES.get(0));
    List<TemporalExpression> xs = tagger.tag(d);
    assertThat(xs).filteredOn(x -> x.text().equals("Today")).extracting(TemporalExpression::value).containsExactly("2023-03-14");
    assertThat(xs).filteredOn(x -> x.text().equals("yesterday")).extracting(TemporalExpression::value)
        .containsExactly("2023-03-13");
    assertThat(xs).filteredOn(x -> x.text().startsWith("5:00 p.m. Eastern")).extracting(TemporalExpression::value)
        .containsExactly("2023-03-14T17:00");
  }

  @Test
  void asidesOfTheTalkAreNoTenseOfTheDate() {
    // "mentioned" is the reporter's earlier words; the visit lies ahead
    assertThat(value("We expect no change to the state visit, as you just mentioned, on June 12th.",
        LocalDate.of(2024, 5, 30), "June 12th")).isEqualTo("2024-06-12");
    // a participle-like past after a pronoun is a past tense, though "committed" alone is an adjective
    assertThat(value("As we committed in March, the group will start paying out the funds.", LocalDate.of(2024, 10, 2),
        "March")).isEqualTo("2024-03");
  }

  @Test
  void todayBesideAnotherDayWordInATitleOrInAPresentClause() {
    LocalDate ref = LocalDate.of(2022, 1, 4);
    assertThat(value("These are the steps we are taking today and tomorrow.", ref, "today")).isEqualTo("2022-01-04");
    assertThat(texts("Let's go to Jane Roe of Newsroom Today for a question.", ref)).isEmpty();
    assertThat(value("Today, the average wage at the plant is 60,000 rubles.", ref, "Today")).isEqualTo("PRESENT_REF");
    // an act of the day, or a tense other than the present, keeps the day
    assertThat(value("Today, the Minister is expected to sign the order.", ref, "Today")).isEqualTo("2022-01-04");
    assertThat(value("Today, we have already mentioned the tax deductions.", ref, "Today")).isEqualTo("2022-01-04");
  }

  @Test
  void aWrittenWeekdayPicksTheYearAndTheVerbBeforeADateGovernsIt() {
    // a past verb would put the day a year back; November 13th is a Monday in 2023 only
    assertThat(value("Registration was extended to Monday, November 13th.", LocalDate.of(2023, 11, 12),
        "Monday, November 13th")).isEqualTo("2023-11-13");
    // "happened on" governs the date; the future of the main clause comes after it
    assertThat(value("What happened on September 9th will happen again, he warned.", LocalDate.of(2023, 10, 2),
        "September 9th")).isEqualTo("2023-09-09");
    // a year written before a holiday is its year
    assertThat(value("Nurses got double pay during the 2021 New Year holidays.", LocalDate.of(2021, 12, 14),
        "2021 New Year")).isEqualTo("2021-01-01");
  }

  @Test
  void aDayWithARelativeYearOtherCalendarsAndNames() {
    LocalDate ref = LocalDate.of(2022, 2, 3);
    assertThat(value("That is why, on July 14 last year, the ministers signed the plan.", ref, "July 14 last year"))
        .isEqualTo("2021-07-14");
    assertThat(texts("The games open during the Chinese Lunar New Year festivities.", ref)).isEmpty();
    assertThat(texts("The city hosted both the Summer and Winter Games.", ref)).isEmpty();
  }
}

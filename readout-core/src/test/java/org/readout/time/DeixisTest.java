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
 * TIMEX3 values for what the first rules missed (issue 9): clock times, parts of day, present, past and future
 * references, "today" as the present, durations in hours and decades, sets, weekends and centuries. Every
 * sentence is hand-written in the shape of an error seen on news text; document dates are fixed.
 */
class DeixisTest {
  private static final LocalDate TUE_DEC7 = LocalDate.of(2021, 12, 7);
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  @Test
  void clockTimesTakeTheirDay() {
    // a time and a zone before a weekday; the weekday ahead because the sentence speaks of the future
    assertThat(value("The envoys will convene at 14:30 CET Saturday in Vienna.", TUE_DEC7, "14:30 CET Saturday"))
        .isEqualTo("2021-12-11T14:30");
    assertThat(value("Polling stations open at 8 a.m. and close at 9 p.m.", TUE_DEC7, "8 a.m.")).isEqualTo("2021-12-07T08:00");
    assertThat(value("Polling stations open at 8 a.m. and close at 9 p.m.", TUE_DEC7, "9 p.m.")).isEqualTo("2021-12-07T21:00");
    assertThat(value("The ministers spoke on Monday at 11:15.", TUE_DEC7, "Monday at 11:15")).isEqualTo("2021-12-06T11:15");
    assertThat(value("The leaders will hold a press conference at noon tomorrow.", TUE_DEC7, "noon tomorrow"))
        .isEqualTo("2021-12-08T12:00");
    // numbers that are no clock: scores, decimals, counts
    assertThat(texts("The motion passed 14:30 in the chamber's view of 3.5 percent growth.", TUE_DEC7))
        .doesNotContain("3.5");
  }

  @Test
  void partsOfDayAreTimex3Codes() {
    assertThat(value("The delegations will talk again Thursday evening.", TUE_DEC7, "Thursday evening"))
        .isEqualTo("2021-12-09TEV");
    assertThat(value("Shelling resumed last night near the border.", TUE_DEC7, "last night")).isEqualTo("2021-12-06TNI");
    assertThat(value("The envoy arrives tomorrow morning.", TUE_DEC7, "tomorrow morning")).isEqualTo("2021-12-08TMO");
    assertThat(value("The President called him this afternoon.", TUE_DEC7, "this afternoon")).isEqualTo("2021-12-07TAF");
  }

  @Test
  void presentPastAndFutureReferences() {
    assertThat(value("The alliance is currently reviewing its posture.", TUE_DEC7, "currently")).isEqualTo("PRESENT_REF");
    assertThat(value("Negotiators are now drafting a text.", TUE_DEC7, "now")).isEqualTo("PRESENT_REF");
    assertThat(value("Trade between the two has grown recently.", TUE_DEC7, "recently")).isEqualTo("PAST_REF");
    assertThat(value("Such guarantees were given in the past.", TUE_DEC7, "in the past")).isEqualTo("PAST_REF");
    assertThat(value("In recent weeks, the rhetoric has sharpened.", TUE_DEC7, "In recent weeks")).isEqualTo("PAST_REF");
    assertThat(value("We would like to visit in the future.", TUE_DEC7, "in the future")).isEqualTo("FUTURE_REF");
    assertThat(value("The teams will be in touch shortly.", TUE_DEC7, "shortly")).isEqualTo("FUTURE_REF");
    assertThat(value("Advisers will consult over the coming days.", TUE_DEC7, "the coming days")).isEqualTo("FUTURE_REF");
    assertThat(value("Prices climbed over the past few months.", TUE_DEC7, "the past few months")).isEqualTo("PAST_REF");
    // a discourse "Now," and "as soon as" carry no time
    assertThat(texts("Now, let me turn to the economy.", TUE_DEC7)).isEmpty();
    assertThat(texts("They will reply as soon as they can.", TUE_DEC7)).isEmpty();
  }

  @Test
  void todayIsThePresentInAGeneralClauseAndTheDayOfAnEvent() {
    assertThat(value("The risks confronting the continent today are serious.", TUE_DEC7, "today")).isEqualTo("PRESENT_REF");
    assertThat(value("Back then they hesitated, but today they can act openly.", TUE_DEC7, "today")).isEqualTo("PRESENT_REF");
    assertThat(value("The foreign ministers met today in Stockholm.", TUE_DEC7, "today")).isEqualTo("2021-12-07");
    assertThat(value("Today, we are announcing new aid.", TUE_DEC7, "Today")).isEqualTo("2021-12-07");
    assertThat(value("Indeed, today is the tenth anniversary of the treaty.", TUE_DEC7, "today")).isEqualTo("2021-12-07");
    assertThat(value("As of today, no reply has come.", TUE_DEC7, "today")).isEqualTo("2021-12-07");
    assertThat(value("The Chancellor said today that the door is open.", TUE_DEC7, "today")).isEqualTo("2021-12-07");
    assertThat(value("Today, the Governor and the Mayor are touring the port.", TUE_DEC7, "Today")).isEqualTo("2021-12-07");
    assertThat(value("Today, this is a matter for the courts.", TUE_DEC7, "Today")).isEqualTo("PRESENT_REF");
    assertThat(value("The programme serves the needs of today's students.", TUE_DEC7, "today")).isEqualTo("PRESENT_REF");
    assertThat(value("The minister opened today's session.", TUE_DEC7, "today")).isEqualTo("2021-12-07");
    // a cue inside another expression ("next week") does not decide: the present verb does
    assertThat(value("We must plan not only for today and not only for next week.", TUE_DEC7, "today"))
        .isEqualTo("PRESENT_REF");
  }

  @Test
  void durationsInDecadesHoursAndHalves() {
    assertThat(value("The two senators worked together for a decade.", TUE_DEC7, "a decade")).isEqualTo("P10Y");
    assertThat(value("He served for more than three decades.", TUE_DEC7, "more than three decades")).isEqualTo("P30Y");
    assertThat(value("The truce lasted two weeks.", TUE_DEC7, "two weeks")).isEqualTo("P2W");
    assertThat(value("A reply is expected within 72 hours.", TUE_DEC7, "72 hours")).isEqualTo("PT72H");
    assertThat(value("The call lasted for 50 minutes.", TUE_DEC7, "50 minutes")).isEqualTo("PT50M");
    assertThat(value("The review took a year and a half.", TUE_DEC7, "a year and a half")).isEqualTo("P18M");
    // "in three days" said of what lies ahead is a day
    assertThat(value("The mission will return in three days.", TUE_DEC7, "three days")).isEqualTo("2021-12-10");
    assertThat(value("Thirty years ago today the accord was signed.", TUE_DEC7, "Thirty years ago today"))
        .isEqualTo("1991-12-07");
  }

  @Test
  void setsAreTimex3Sets() {
    assertThat(value("The working group meets every week.", TUE_DEC7, "every week")).isEqualTo("P1W");
    assertThat(value("The dialogue is held annually.", TUE_DEC7, "annually")).isEqualTo("P1Y");
    assertThat(value("Inspections take place twice a year.", TUE_DEC7, "twice a year")).isEqualTo("P1Y");
    assertThat(value("Elections are held every four years.", TUE_DEC7, "every four years")).isEqualTo("P4Y");
    TemporalExpression x = tagger.tag("The working group meets each month.", TUE_DEC7).get(0);
    assertThat(x.granularity()).isEqualTo("set");
    // a quarter and a weekday repeated are sets too, not the quarter or the day nearest the statement
    assertThat(value("The commission reports every quarter.", TUE_DEC7, "every quarter")).isEqualTo("P3M");
    assertThat(value("The envoys confer every Monday.", TUE_DEC7, "every Monday")).isEqualTo("XXXX-WXX-1");
    assertThat(value("Volunteers gather each Friday evening.", TUE_DEC7, "each Friday evening")).isEqualTo("XXXX-WXX-5TEV");
    assertThat(tagger.tag("The envoys confer every Monday.", TUE_DEC7)).extracting(TemporalExpression::granularity)
        .containsExactly("set");
    // a single weekday stays a day
    assertThat(value("The envoys conferred on Monday.", TUE_DEC7, "on Monday")).isEqualTo("2021-12-06");
  }

  @Test
  void weekendsAndCenturies() {
    // Monday 2022-04-18: the weekend just past is in ISO week 15
    assertThat(value("He gave interviews over the weekend.", LocalDate.of(2022, 4, 18), "the weekend"))
        .isEqualTo("2022-W15-WE");
    assertThat(value("They will fly home next weekend.", TUE_DEC7, "next weekend")).isEqualTo("2021-W49-WE");
    assertThat(value("The dispute began in the 18th century.", TUE_DEC7, "the 18th century")).isEqualTo("17");
    assertThat(value("These are threats of the twenty-first kind in the 21st century.", TUE_DEC7, "the 21st century"))
        .isEqualTo("20");
    // parts of the current decade and century, like parts of the current year
    TemporalExpression end = tagger.tag("Output should double by the end of the decade.", TUE_DEC7).get(0);
    assertThat(end.text()).isEqualTo("the end of the decade");
    assertThat(end.value()).isEqualTo("202");
    assertThat(end.granularity()).isEqualTo("decade");
    assertThat(end.modifier()).isEqualTo("late");
    assertThat(value("Few expected it at the beginning of the century.", TUE_DEC7, "the beginning of the century"))
        .isEqualTo("20");
    // "the fall of" a city is no season
    assertThat(texts("They recalled the fall of the capital.", TUE_DEC7)).isEmpty();
    assertThat(value("We spoke with them early in the summer.", TUE_DEC7, "the summer")).isEqualTo("2021-SU");
  }

  @Test
  void timesOfDayDateTheirDayOnTheTimeline() {
    AnalyzedStatement d = Docs.doc("US", "The White House", LocalDate.of(2021, 12, 8), "",
        "The two presidents held their video call yesterday afternoon.", Docs.PIPELINES.get(0));
    List<TemporalExpression> xs = tagger.tag(d);
    assertThat(xs).extracting(TemporalExpression::value).containsExactly("2021-12-07TAF");
    List<TimelineEvent> events = ReadoutConfig.defaults().timeline().events(d, xs);
    assertThat(events).extracting(TimelineEvent::date).containsExactly("2021-12-07");
    // a reference is never a timeline date
    AnalyzedStatement now = Docs.doc("US", "The White House", TUE_DEC7, "",
        "The talks in the future will matter.", Docs.PIPELINES.get(0));
    assertThat(ReadoutConfig.defaults().timeline().events(now, tagger.tag(now))).isEmpty();
  }
}

package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.AnalysisAssertions;
import org.readout.ReadoutConfig;

class TemporalTaggerTest {
  private static final LocalDate DEC7 = LocalDate.of(2021, 12, 7);
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  private TemporalExpression one(String sentence, LocalDate ref, String written) {
    List<TemporalExpression> xs = tagger.tag(sentence, ref);
    for (TemporalExpression x : xs) {
      AnalysisAssertions.assertSpan(sentence, x.start(), x.end(), x.text(), "date");
    }
    Optional<TemporalExpression> x = xs.stream().filter(e -> e.text().equals(written)).findFirst();
    assertThat(x).as("'%s' in %s", written, xs).isPresent();
    return x.get();
  }

  private void value(String sentence, LocalDate ref, String written, String value, String granularity, String modifier) {
    TemporalExpression x = one(sentence, ref, written);
    assertThat(x.value()).as(written).isEqualTo(value);
    assertThat(x.granularity()).as(written).isEqualTo(granularity);
    assertThat(x.modifier()).as(written).isEqualTo(modifier);
  }

  @Test
  void aYearWithAHyphenatedModifierKeepsIt() {
    value("Prices fell sharply in mid-2019.", DEC7, "mid-2019", "2019", "year", "mid");
    value("Mid-2020 brought a slump.", DEC7, "Mid-2020", "2020", "year", "mid");
    value("Trade recovered by late-2018.", DEC7, "late-2018", "2018", "year", "late");
    // a hyphen after anything else still keeps a number out: "G-2019" names no year
    assertThat(tagger.tag("The G-2019 report was filed.", DEC7)).isEmpty();
  }

  @Test
  void normalisesExplicitDays() {
    value("The call took place on Tuesday, December 7, 2021.", DEC7, "Tuesday, December 7, 2021", "2021-12-07", "day", "");
    value("They met on 16 June 2021 in Geneva.", DEC7, "16 June 2021", "2021-06-16", "day", "");
    value("The talks ended on 2022-01-10.", DEC7, "2022-01-10", "2022-01-10", "day", "");
  }

  @Test
  void prefersExplicitDateOverWeekday() {
    TemporalExpression x = one("On Tuesday, December 7 the leaders spoke.", LocalDate.of(2021, 12, 8), "Tuesday, December 7");
    assertThat(x.value()).isEqualTo("2021-12-07");
  }

  @Test
  void normalisesRangesAndInfersNextYearFromLateDecember() {
    value("Talks will be held on January 9–10 in Geneva.", LocalDate.of(2021, 12, 28), "January 9", "2022-01-09", "day", "");
    value("Talks will be held on January 9–10 in Geneva.", LocalDate.of(2021, 12, 28), "10", "2022-01-10", "day", "");
    // no tense cue at all: the nearest year still wins across the boundary
    value("Consultations: January 9-10.", LocalDate.of(2021, 12, 28), "January 9", "2022-01-09", "day", "");
    value("Consultations: January 9-10.", LocalDate.of(2021, 12, 28), "10", "2022-01-10", "day", "");
  }

  @Test
  void infersPreviousYearForRecalledDecemberDateInFebruary() {
    TemporalExpression x = one("The leaders recalled the December 30 telephone conversation.", LocalDate.of(2022, 2, 12),
        "December 30");
    assertThat(x.value()).isEqualTo("2021-12-30");
    assertThat(x.event()).isEqualTo("telephone conversation");
    // future tense pushes a month-day forward even when the past is nearer
    value("The sides will meet again on December 1.", LocalDate.of(2021, 12, 7), "December 1", "2022-12-01", "day", "");
    value("The sides met on December 1.", LocalDate.of(2021, 12, 7), "December 1", "2021-12-01", "day", "");
  }

  @Test
  void normalisesMonthsWithModifiers() {
    value("The talks resumed in late November in Vienna.", DEC7, "late November", "2021-11", "month", "late");
    value("Troops massed in early December.", DEC7, "early December", "2021-12", "month", "early");
    value("It was signed in mid-March 2015.", DEC7, "mid-March 2015", "2015-03", "month", "mid");
    value("He recalled the June 2021 summit in Geneva.", DEC7, "June 2021", "2021-06", "month", "");
    assertThat(one("He recalled the June 2021 summit in Geneva.", DEC7, "June 2021").event()).isEqualTo("summit in Geneva");
  }

  @Test
  void doesNotTakeTheVerbMayForAMonth() {
    assertThat(tagger.tag("We may meet again.", DEC7)).isEmpty();
    value("They met in May.", DEC7, "May", "2021-05", "month", "");
  }

  @Test
  void normalisesYearsDecadesAndYearRanges() {
    TemporalExpression x = one("The 2015 Minsk agreements have no alternative.", DEC7, "2015");
    assertThat(x.value()).isEqualTo("2015");
    assertThat(x.granularity()).isEqualTo("year");
    assertThat(x.event()).isEqualTo("Minsk agreements");
    value("Relations soured in the 1990s.", DEC7, "the 1990s", "199", "decade", "");
    // TIMEX3 has no intervals: two full years are two expressions, each with its span
    value("They worked together in the 2014-2015 period.", DEC7, "2014", "2014", "year", "");
    value("They worked together in the 2014-2015 period.", DEC7, "2015", "2015", "year", "");
    value("The famine of 1932–1933 was recalled.", DEC7, "1933", "1933", "year", "");
    assertThat(tagger.tag("They deployed 150,000 troops and 2,000 tanks.", DEC7)).isEmpty();
  }

  @Test
  void normalisesRelativeSpans() {
    value("The policy began as far back as five years ago.", DEC7, "as far back as five years ago", "2016", "year", "APPROX");
    value("They met two days ago.", DEC7, "two days ago", "2021-12-05", "day", "");
    value("The world will look different 10 years from now.", DEC7, "10 years from now", "2031", "year", "APPROX");
    value("A summit is planned for early next year.", DEC7, "early next year", "2022", "year", "early");
    value("Sanctions were imposed last month.", DEC7, "last month", "2021-11", "month", "");
    value("They spoke last week.", DEC7, "last week", "2021-W48", "week", "");
    value("Tensions rose over the previous eight years.", DEC7, "the previous eight years", "P8Y", "duration", "BEFORE");
    // an unnumbered span ahead is TIMEX3 FUTURE_REF, a numbered one a duration
    value("We will consult in the coming weeks.", DEC7, "the coming weeks", "FUTURE_REF", "reference", "");
    value("We will consult over the coming two weeks.", DEC7, "the coming two weeks", "P2W", "duration", "AFTER");
    value("The ceasefire held for three months.", DEC7, "three months", "P3M", "duration", "");
    value("He briefed them yesterday.", DEC7, "yesterday", "2021-12-06", "day", "");
    value("Drills are planned this summer.", DEC7, "this summer", "2021-SU", "season", "");
  }

  @Test
  void takesDeicticReferenceFromTheDateline() {
    AnalyzedStatement d = Docs.doc("US", "The White House", LocalDate.of(2021, 11, 15), "",
        "Via Teleconference (November 14, 2021)\n\nMODERATOR: Thank you for joining us this evening. Yesterday we met.",
        Docs.PIPELINES.get(0));
    List<TemporalExpression> xs = tagger.tag(d);
    assertThat(xs).filteredOn(x -> x.text().equals("this evening")).extracting(TemporalExpression::value)
        .containsExactly("2021-11-14TEV");
    assertThat(xs).filteredOn(x -> x.text().equals("Yesterday")).extracting(TemporalExpression::value)
        .containsExactly("2021-11-13");
  }

  @Test
  void treatsPastAndComingUnitsAsSpansAndAgesAsNoDuration() {
    value("It was hard in the past year.", DEC7, "the past year", "P1Y", "duration", "BEFORE");
    assertThat(tagger.tag("One is a three-year-old child.", DEC7)).isEmpty();
  }

  @Test
  void resolvesWeekdaysByTense() {
    // 2021-12-07 is a Tuesday
    value("The President will speak with him on Thursday.", DEC7, "on Thursday", "2021-12-09", "day", "");
    value("The President spoke with him on Sunday.", DEC7, "on Sunday", "2021-12-05", "day", "");
    value("On Tuesday the leaders spoke.", DEC7, "On Tuesday", "2021-12-07", "day", "");
    value("They meet next Monday.", DEC7, "next Monday", "2021-12-13", "day", "");
  }

  @Test
  void anchorsOffsetsOnTheMeeting() {
    AnalyzedStatement d = Docs.doc("US", "The White House", LocalDate.of(2021, 12, 10), "2021-12-07-biden-putin-video-call",
        "A week before the meeting, the allies consulted. The December 7 videoconference lasted two hours.",
        Docs.PIPELINES.get(0));
    List<TemporalExpression> xs = tagger.tag(d);
    TemporalExpression week = xs.stream().filter(x -> x.text().equals("A week before the meeting")).findFirst().orElseThrow();
    assertThat(week.value()).isEqualTo("2021-11-30");
    assertThat(week.anchor()).isEqualTo("the meeting (2021-12-07)");
    TemporalExpression vc = xs.stream().filter(x -> x.text().equals("December 7")).findFirst().orElseThrow();
    assertThat(vc.value()).isEqualTo("2021-12-07");
    assertThat(vc.event()).isEqualTo("videoconference");
    List<TimelineEvent> events = ReadoutConfig.defaults().timeline().merge(ReadoutConfig.defaults().timeline().events(d, xs));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).date()).isEqualTo("2021-12-07");
    assertThat(events.get(0).evidence()).hasSize(2);
  }

  @Test
  void mergesEventsAcrossStatementsAndSortsThem() {
    var ev = List.of(
        new TimelineEvent("2021-06", "summit in Geneva", "meeting", List.of(new TimelineEvent.EventEvidence("b", 3, 0, 1))),
        new TimelineEvent("2015", "Minsk agreements", "agreement", List.of(new TimelineEvent.EventEvidence("a", 4, 0, 1))),
        new TimelineEvent("2021-06", "Russian-American summit in Geneva", "meeting",
            List.of(new TimelineEvent.EventEvidence("a", 1, 0, 1))),
        new TimelineEvent("2021-06", "Minsk talks", "talks", List.of(new TimelineEvent.EventEvidence("a", 9, 0, 1))));
    List<TimelineEvent> merged = ReadoutConfig.defaults().timeline().merge(ev);
    assertThat(merged).extracting(TimelineEvent::date).containsExactly("2015", "2021-06", "2021-06");
    TimelineEvent summit = merged.stream().filter(e -> e.kind().equals("meeting")).findFirst().orElseThrow();
    assertThat(summit.label()).isEqualTo("Russian-American summit in Geneva");
    assertThat(summit.evidence()).extracting(TimelineEvent.EventEvidence::statement).containsExactly("a", "b");
  }
}

package org.readout.time;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readout.ReadoutConfig;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.AnalysisAssertions;

/**
 * On sentences assembled from temporal phrases of every kind and any document date (year boundaries and
 * Sundays included), every value is TIMEX3 and every span lies inside its sentence.
 */
class Timex3Properties {
  private static final TemporalTagger TAGGER = ReadoutConfig.defaults().temporalTagger();
  private static final List<String> PHRASES = List.of("at 15:00 GMT Saturday", "at 10 a.m.", "Friday afternoon",
      "last night", "tonight", "now", "currently", "today", "recently", "in the future", "a decade", "two weeks",
      "48 hours", "each week", "annually", "twice a year", "in June", "on January 20", "December 31", "last week",
      "this week", "next month", "over the weekend", "the 19th century", "instead of on Thursday", "in two days",
      "a year and a half", "30 years ago today", "in the coming days", "the past few years", "mid-January",
      "since 2014", "2021-22", "on the 5th", "at midnight", "in recent years", "early next year", "for months");
  private static final List<String> FRAMES = List.of("The talks %s will go ahead.", "They met %s, officials said.",
      "%s, the envoys could sign the text.", "Is it true that %s the minister spoke?", "We are ready %s.");

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> one = Combinators.combine(Arbitraries.of(FRAMES), Arbitraries.of(PHRASES))
        .as((f, p) -> String.format(f, p));
    return one.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3 * 366).map(d -> LocalDate.of(2020, 12, 20).plusDays(d));
  }

  @Property(tries = 200)
  void everyValueIsTimex3AndEverySpanInsideItsSentence(@ForAll("sentences") String text, @ForAll("dates") LocalDate date,
                                                      @ForAll("sides") String side) {
    AnalyzedStatement d = Docs.doc(side, "Publisher", date, "", text, Docs.PIPELINES.get(0));
    AnalysisAssertions.assertTemporal(d, AnalysisAssertions.assertDeterministic(() -> TAGGER.tag(d)));
  }

  @Provide
  Arbitrary<String> sides() {
    return Arbitraries.of("US", "RU");
  }
}

package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, verbs that report speech only beside a direct quote ({@code quoteVerbs} in {@code cues.yaml}):
 * "“…,” Jane Roe continued.", "Jane Roe wrote, “…”"; without a quote trailing right after the subject or
 * opening right after the verb they report nothing ("wrote a letter", "continued the inspection",
 * "looks forward to continued talks"). Every sentence is hand-written (none is corpus text).
 */
class QuoteOnlyVerbsTest {
  private static AnalyzedStatement news(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2023, 3, 1), text);
  }

  private static List<Attribution> reported(List<Attribution> as) {
    return as.stream().filter(a -> a.type() != AttributionType.TURN).toList();
  }

  @Test
  void aQuoteTrailedByItsSpeakerAndContinuedIsHisAndSoIsTheNextQuote() {
    List<Attribution> as = run(news("""
        The mayor spoke at the harbour on Monday.

        “We will rebuild every pier before the storms return,” Lena Strand continued. “Nobody will be left \
        without a boat.”"""));
    assertThat(one(as, AttributionType.DIRECT, "rebuild every pier").speaker()).isEqualTo("Lena Strand");
    assertThat(one(as, AttributionType.DIRECT, "Nobody will be left").speaker()).isEqualTo("Lena Strand");
  }

  @Test
  void wroteRightBeforeAQuoteIntroducesItAsADirectQuoteOnly() {
    List<Attribution> as = run(news("""
        In a letter to the council, Lena Strand wrote, “The harbour is the heart of this town and we will keep it open.”"""));
    Attribution a = one(as, AttributionType.DIRECT, "heart of this town");
    assertThat(a.speaker()).isEqualTo("Lena Strand");
    assertThat(a.cue()).isEqualTo("wrote");
    assertThat(reported(as)).hasSize(1);
  }

  @Test
  void aSurnameAlreadyNamedThatConcludesAQuoteSpeaks() {
    List<Attribution> as = run(news("""
        Finance Minister Oskar Lind visited the new mill.

        “The funds are ready for the first repairs,” Lind concluded."""));
    assertThat(one(as, AttributionType.DIRECT, "funds are ready").speaker()).isEqualTo("Oskar Lind");
  }

  @Test
  void withoutAQuoteBesideThemTheseVerbsReportNothing() {
    List<Attribution> as = run(news("""
        Lena Strand wrote a letter to the council about the piers. Lena Strand continued the inspection of the \
        docks after lunch. The port authority looks forward to continued work with the town."""));
    assertThat(reported(as)).isEmpty();
  }

  @Test
  void aQuoteOnlyVerbInsideAQuoteReportsNothing() {
    List<Attribution> as = run(news("""
        Lena Strand said: “The port authority shared our plans with every family and continued the repairs.”"""));
    assertThat(reported(as)).allMatch(a -> a.speaker().equals("Lena Strand"));
  }
}

package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * "what he means by “…”" names the speaker's own words like "what he described as “…”": the quote is his direct
 * quote; "what he meant by that" names no words. Every sentence is hand-written (none is corpus text).
 */
class NamingByTest {
  private static AnalyzedStatement briefing(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2022, 3, 10), text);
  }

  @Test
  void theQuoteAfterMeansByIsTheSpeakersDirectQuote() {
    List<Attribution> as = run(briefing("""
        MS. ROE:  The President spoke with the Governor today.  And what he means by “steady diplomacy” is that \
        the talks will go on at the same pace.
        """));
    assertThat(one(as, AttributionType.DIRECT, "steady diplomacy").speakerId()).isEqualTo("biden");
  }

  @Test
  void meantByThatNamesNoWords() {
    List<Attribution> as = run(briefing("""
        MS. ROE:  The President spoke with the Governor today.  I am not sure what he meant by that, but the \
        talks will go on.
        """));
    assertThat(as.stream().filter(a -> "meant by".equals(a.cue()))).isEmpty();
  }
}

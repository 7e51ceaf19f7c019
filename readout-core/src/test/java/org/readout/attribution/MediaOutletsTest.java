package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, news outlets as speakers in round-ups of press coverage: an outlet named by a masthead head word
 * ("The Harbor City Times", "The Lakeside Journal") or a one-word outlet listed in {@code speakers.yaml}
 * ({@code outlets}) writes or reports a quoted excerpt. Every sentence is hand-written (none is corpus text).
 */
class MediaOutletsTest {
  private static AnalyzedStatement roundup(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2025, 5, 5), text);
  }

  @Test
  void aMastheadWritesTheQuoteBeforeIt() {
    List<Attribution> as = run(roundup("""
        The new plant is “bringing hundreds of jobs back to the valley,” writes The Lakeside Journal, as \
        orders keep rising."""));
    assertThat(one(as, AttributionType.DIRECT, "hundreds of jobs").speaker()).endsWith("Lakeside Journal");
  }

  @Test
  void aMastheadReportsTheQuoteAfterIt() {
    List<Attribution> as = run(roundup("""
        The Harbor City Times reports “crossings at the northern gate have nearly stopped” this spring."""));
    assertThat(one(as, AttributionType.DIRECT, "crossings at the northern gate").speaker())
        .isEqualTo("Harbor City Times");
  }

  @Test
  void aOneWordOutletSpeaksAfterAccordingTo() {
    List<Attribution> as = run(roundup("""
        Factory orders rose for a third month, according to Reuters, which surveyed forty firms."""));
    assertThat(one(as, AttributionType.INDIRECT, "Factory orders rose").speaker()).isEqualTo("Reuters");
  }

  @Test
  void aLeadInEndingInTheOutletsVerbIsNoLabelThatSpeaks() {
    List<Attribution> as = run(roundup("""
        Plants across the region are hiring again.

        Meanwhile, The Harbor City Times reports:

        “At the dryer plant on Elm Street, the manager is calm about the new duties.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "dryer plant on Elm Street").speaker()).endsWith("Harbor City Times");
  }
}

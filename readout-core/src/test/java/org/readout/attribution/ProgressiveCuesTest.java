package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.of;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * A multi-word gerund cue after "be" ("was making clear", "is calling on", "were pointing out") is a
 * progressive like "was saying", not a passive; and talk about the talk itself ("what we're talking about",
 * "if you're talking about X") reports nobody's words. Every sentence is hand-written (none is corpus text).
 */
class ProgressiveCuesTest {
  private static AnalyzedStatement briefing(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2022, 3, 10), text);
  }

  @Test
  void aMultiWordGerundAfterBeIsProgressiveNotPassive() {
    List<Attribution> as = run(briefing("""
        MS. ROE:  Sure.  The President was just making clear to the public that the mill would stay open.

        Q    And the river?

        MS. ROE:  The President is calling on Congress to fund the new levee this spring.
        """));
    assertThat(one(as, AttributionType.INDIRECT, "the mill would stay open").speakerId()).isEqualTo("biden");
    assertThat(one(as, AttributionType.INDIRECT, "fund the new levee").speakerId()).isEqualTo("biden");
  }

  @Test
  void talkAboutTheTalkInTheTurnReportsNobody() {
    List<Attribution> as = run(briefing("""
        Q    What about the levee funds?

        MS. ROE:  Well, if you’re talking about the levee funds, those are in the spring bill.  What we’re \
        talking about here is the river plan, the one everybody is talking about in the valley.
        """));
    assertThat(of(as, AttributionType.INDIRECT, "levee funds")).isEmpty();
    assertThat(of(as, AttributionType.INDIRECT, "river plan")).isEmpty();
    assertThat(of(as, AttributionType.INDIRECT, "in the valley")).isEmpty();
  }
}

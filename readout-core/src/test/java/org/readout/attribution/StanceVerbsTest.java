package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, a third party's belief reported as a stance, also when denied ("Senator Roe doesn’t think that …",
 * "trade officials do not believe …"), while a denied verb of saying still reports nothing ("never said that …"), and
 * a belief asked about, named in an infinitive or with a generic "you" is nobody's stance. Every sentence is
 * hand-written (none is corpus text).
 */
class StanceVerbsTest {
  @Test
  void aDeniedBeliefIsStillAStance() {
    List<Attribution> as = run(Docs.us("""
        Senator Jane Roe doesn’t think that the troops should stay. Trade officials do not believe the merger will \
        lower prices. Senator Jane Roe never said that the deal was dead.
        """));
    assertThat(one(as, AttributionType.INDIRECT, "troops should stay").speaker()).isEqualTo("Jane Roe");
    assertThat(one(as, AttributionType.INDIRECT, "merger will lower prices").speaker()).isEqualTo("Trade officials");
    assertThat(Found.of(as, AttributionType.INDIRECT, "deal was dead")).isEmpty();
  }

  @Test
  void aBeliefAskedAboutOrInAnInfinitiveIsNobodys() {
    List<Attribution> as = run(Docs.us("""
        Senator Jane Roe met the growers. What do the growers think about the new rule? The fund helps young \
        engineers to think boldly about clean energy. When you think about costs, the choice is easy.
        """));
    assertThat(Found.of(as, AttributionType.INDIRECT, "new rule")).isEmpty();
    assertThat(Found.of(as, AttributionType.INDIRECT, "boldly")).isEmpty();
    assertThat(Found.of(as, AttributionType.INDIRECT, "costs")).isEmpty();
  }
}

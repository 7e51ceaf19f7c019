package org.readout.time;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readout.testing.AnalysisAssertions;
import org.readout.testing.RandomTexts;

/**
 * Invariants on random text: no stage throws, and every offset of every layer (sentences, tokens,
 * mentions, attributions, dates, commitments) lies inside its sentence and matches the text. A
 * failing sample goes to the regression folder (see {@code org.readout.testing.RegressionInputs}).
 */
class RandomTextProperties {
  @Provide
  Arbitrary<String> texts() {
    return RandomTexts.hostile();
  }

  @Property(tries = 300)
  void offsetsStayInsideTheText(@ForAll("texts") String text) {
    AnalysisAssertions.assertEveryStageHolds(text);
  }
}

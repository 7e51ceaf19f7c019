package org.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.testing.AnalysisAssertions;
import org.readout.testing.RegressionInputs;
import org.readout.text.TextNormaliser;
import org.readout.text.TextNormaliser.Syntax;

/**
 * Replays every input that once broke an invariant (the folder of {@link RegressionInputs}), as
 * jsoup's FuzzFixesTest does: normalisation is a fixed point in both syntaxes, and the raw and the
 * normalised text go through every stage with all invariants kept, quickly.
 */
class RegressionInputsTest {
  static Stream<Named<String>> inputs() {
    return RegressionInputs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void keepsEveryInvariant(String raw) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (Syntax syntax : Syntax.values()) {
        String once = TextNormaliser.normalise(raw, syntax);
        assertThat(TextNormaliser.normalise(once, syntax)).as("normalisation is a fixed point (%s)", syntax).isEqualTo(once);
      }
      AnalysisAssertions.assertEveryStageHolds(raw);
      AnalysisAssertions.assertEveryStageHolds(TextNormaliser.normalise(raw));
    });
  }

  @org.junit.jupiter.api.Test
  void theFolderIsNotEmpty() {
    assertThat(RegressionInputs.all()).hasSizeGreaterThanOrEqualTo(7);
  }
}

package org.readout.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The commitment matching rules of {@link Scoring} on hand-made gold and predictions. */
class ScoringTest {
  private static Gold.Commitment gold(String kind, String... actors) {
    return new Gold.Commitment(0, "quote", kind, Set.of(actors), false, "", "");
  }

  private static Predictions.Commitment predicted(String kind, String... actors) {
    return new Predictions.Commitment(0, 5, kind, Set.of(actors), false, false, "", "quote", "test");
  }

  @Test
  void aGroupEqualsItsMemberStatesAndNothingElse() {
    Gold.Commitment seven = gold("pledge", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA");
    assertThat(Scoring.kindAndActors(seven, predicted("pledge", "G7"))).isTrue();
    assertThat(Scoring.kindAndActors(gold("pledge", "G7"), predicted("pledge", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN",
        "USA"))).isTrue();
    // six of the seven, or the group with the wrong kind, are still wrong
    assertThat(Scoring.kindAndActors(gold("pledge", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN"), predicted("pledge", "G7")))
        .isFalse();
    assertThat(Scoring.kindAndActors(seven, predicted("demand", "G7"))).isFalse();
    // a group with no members listed is only itself
    assertThat(Scoring.kindAndActors(gold("pledge", "G20"), predicted("pledge", "USA"))).isFalse();
    assertThat(Scoring.kindAndActors(gold("pledge", "G20"), predicted("pledge", "G20"))).isTrue();
  }
}

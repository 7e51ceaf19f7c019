package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeynessTest {
  @Test
  void g2MatchesHandComputedValue() {
    // a=10 of 100, b=2 of 100: E=6 each; G2 = 2*(10 ln(10/6) + 2 ln(2/6)) = 5.822
    assertThat(Keyness.g2(10, 2, 100, 100)).isCloseTo(5.822, within(0.001));
    assertThat(Keyness.g2(5, 5, 100, 100)).isZero();
    assertThat(Keyness.g2(3, 0, 50, 50)).isGreaterThan(Keyness.g2(3, 1, 50, 50));
  }

  @Test
  void keyTermsAreThoseOverusedStrongestFirst() {
    List<String> mine = List.of("minsk", "minsk", "kiev", "kiev", "kiev", "border", "nato");
    List<String> other = List.of("escalation", "escalation", "sovereignty", "border");
    List<KeyTerm> k = Keyness.keyTerms(mine, other, 3);
    assertThat(k).extracting(KeyTerm::term).containsExactly("kiev", "minsk", "nato");
    assertThat(k.get(0).count()).isEqualTo(3);
    assertThat(k.get(0).otherCount()).isZero();
    assertThat(Keyness.keyTerms(other, mine, 5)).extracting(KeyTerm::term).containsExactly("escalation", "sovereignty", "border");
    assertThat(Keyness.keyTerms(mine, List.of(), 5)).isEmpty();
  }

  @Test
  void equalG2TermsPreferTheLongerWordOverTheAlphabeticallyFirst() {
    List<String> mine = List.of("affair", "addition", "provocative", "sovereignty", "minsk");
    List<String> other = List.of("escalation", "forces", "diplomacy", "return", "support");
    assertThat(Keyness.keyTerms(mine, other, 3)).extracting(KeyTerm::term)
        .containsExactly("provocative", "sovereignty", "addition");
  }
}

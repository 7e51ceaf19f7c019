package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static List<String> matches(String phrase, String text) {
    PhraseMatcher m = new PhraseMatcher(List.of(new Topic("t", "T", "", List.of(phrase), List.of(), List.of(), Double.NaN)));
    return m.match(Words.of(text)).stream().map(h -> text.substring(h.start(), h.end())).toList();
  }

  @Test
  void gapSkipsUpToThreeWords() {
    assertThat(matches("economic * measures", "They would respond with strong economic and other measures."))
        .containsExactly("economic and other measures");
    assertThat(matches("economic * measures", "economic measures")).containsExactly("economic measures");
    assertThat(matches("economic * measures", "economic, political, military and other measures")).isEmpty();
  }

  @Test
  void prefixAndPluralAndCase() {
    assertThat(matches("cyber*", "Combatting CYBERCRIME is hard.")).containsExactly("CYBERCRIME");
    assertThat(matches("sanction", "new sanctions")).containsExactly("sanctions");
    assertThat(matches("sanctions", "a sanction")).containsExactly("sanction");
    assertThat(matches("ally", "our allies")).containsExactly("allies");
  }

  @Test
  void splitsHyphensApostrophesAndKeepsAbbreviations() {
    assertThat(matches("ukrain*", "the intra-Ukrainian crisis")).containsExactly("Ukrainian");
    assertThat(matches("kiev", "Kiev's provocative actions")).containsExactly("Kiev");
    assertThat(matches("kiev", "Kiev’s policy")).containsExactly("Kiev");
    assertThat(matches("u.s.-russia agenda", "on the U.S.-Russia agenda.")).containsExactly("U.S.-Russia agenda");
  }

  @Test
  void wordBoundariesMatter() {
    assertThat(matches("oil", "the soil and the toil")).isEmpty();
    assertThat(matches("iran*", "Iranian nuclear programme")).containsExactly("Iranian");
  }
}

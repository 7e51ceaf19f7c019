package org.readout.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The normaliser's word lists come from normaliser.yaml through Jackson's YAML binding. */
class NormaliserWordsTest {

  @Test
  void bindsEveryListOfTheYamlFile() {
    NormaliserWords w = NormaliserWords.STANDARD;
    assertThat(w.blockTags()).hasSize(28).contains("p", "br", "blockquote", "caption");
    assertThat(w.cellTags()).containsExactlyInAnyOrder("td", "th");
    assertThat(w.labelConnectors()).hasSize(20).contains("of", "the", "ibn");
    assertThat(w.singleWordLabels()).containsExactlyInAnyOrder("Question", "Answer", "Reply", "Remark", "Response");
  }

  @Test
  void connectorFromYamlLetsALabelSpanIt() {
    // "to" and "the" are connectors: the label is whole, and starts its own paragraph after a sentence end
    assertThat(TextNormaliser.normalise("We met. Aide to the President Ivo Bell: Thanks."))
        .isEqualTo("We met.\n\nAide to the President Ivo Bell: Thanks.");
  }

  @Test
  void missingResourceIsNamed() {
    assertThatThrownBy(() -> NormaliserWords.load("no-such.yaml")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org/readout/text/no-such.yaml");
  }
}

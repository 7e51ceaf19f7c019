package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;

/**
 * Pins {@link Precision#sharedName} on hand-written inputs (the count of capitalised words of a name in one text
 * repeated, in any case, in the other), so that its refactoring changes no result.
 */
class PrecisionSharedNameTest {
  private final Precision precision = new Precision(ReadoutConfig.defaults().trackingLexicon());

  @Test
  void aNameRepeatedInAnyCaseCountsItsCapitalisedWords() {
    assertThat(precision.sharedName("the Coastal Fisheries Resilience Initiative",
        "work on coastal fisheries resilience initiative began")).isEqualTo(4);
    // either way round: the capitalised name may be in the second text
    assertThat(precision.sharedName("a declaration on allied interaction",
        "the Declaration on Allied Interaction was signed")).isEqualTo(3);
    // a part of the name: its longest repeated stretch from one capitalised word to another, unless another
    // capitalised word follows it there (another name)
    assertThat(precision.sharedName("the Coastal Fisheries Resilience Initiative",
        "the fisheries resilience programme")).isEqualTo(2);
    assertThat(precision.sharedName("the Coastal Fisheries Resilience Initiative",
        "the Fisheries Resilience Fund")).isEqualTo(0);
  }

  @Test
  void titlesDocumentKindsAndSingleWordsAreNoName() {
    assertThat(precision.sharedName("President Biden", "president biden spoke")).isEqualTo(0);
    assertThat(precision.sharedName("Prime Minister Anna Lind", "prime minister anna lind")).isEqualTo(2);
    assertThat(precision.sharedName("an Executive Order on Wetlands", "an executive order on wetlands")).isEqualTo(0);
    assertThat(precision.sharedName("the Quad", "the quad met")).isEqualTo(0);
    assertThat(precision.sharedName("the Coastal Fisheries Initiative", "a grain deal")).isEqualTo(0);
  }

  @Test
  void theSameStretchInsideAnotherNameIsNotRepeated() {
    assertThat(precision.sharedName("the U.S.-German Economic Dialogue",
        "the High-Level Economic Dialogue met")).isEqualTo(0);
    assertThat(precision.sharedName("the Nordic-Baltic Energy Dialogue",
        "the Nordic-Baltic Energy Dialogue met")).isEqualTo(3); // a hyphenated name is one word
    // a different capitalised word only on one side is no clash
    assertThat(precision.sharedName("the Ocean Partnership Summit",
        "at the ocean partnership summit")).isEqualTo(3);
    // a text whose lower case has another length (offsets not aligned): any match counts
    assertThat(precision.sharedName("the High-Level Economic Dialogue",
        "\u0130stanbul Economic Dialogue")).isEqualTo(2);
  }
}

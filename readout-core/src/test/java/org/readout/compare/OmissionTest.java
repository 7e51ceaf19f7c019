package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;

/**
 * An omission holds only when the other side does not mention the topic at all (issue 10): when both sides name the
 * topic's key actors ("our allies" / "Washington and its allies") in sentences about the same matter, the other side
 * mentions coordination with allies even without the topic's words; the key actors named about something else, or
 * the same word in another sense ("the two countries were allies in the war"), do not. Hand-written.
 */
class OmissionTest {
  private static final AnalyzedStatement WEST = ComparerTest.statement("west", "US", "The White House", List.of(
      "The two leaders discussed the crisis around Ukraine.",
      "He made clear that the United States and our allies would respond with strong economic measures if the crisis escalated.",
      "The two presidents tasked their teams to follow up, and the United States will do so in close coordination with allies and partners."));

  private static List<Finding> of(String type, AnalyzedStatement... s) {
    return Readout.standard().compare(List.of(s)).findings().stream().filter(f -> f.type().equals(type)).toList();
  }

  @Test
  void namingTheTopicsKeyActorsMentionsIt() {
    AnalyzedStatement east = ComparerTest.statement("east", "RU", "Kremlin", List.of(
        "The two leaders discussed the crisis around Ukraine.",
        "He warned of the economic measures that Washington and its allies would take if the crisis escalated."));
    assertThat(of(Finding.ONE_SIDED_TOPIC, WEST, east)).extracting(Finding::topic).doesNotContain("allies-coordination");
    Finding brief = of(Finding.TOPIC_MENTIONED_BRIEFLY, WEST, east).stream()
        .filter(f -> f.topic().equals("allies-coordination")).findFirst().orElseThrow();
    assertThat(brief.evidence()).anySatisfy(e -> {
      assertThat(e.statement()).isEqualTo("east");
      assertThat(e.sentence()).isEqualTo(1);
      assertThat(e.rule()).startsWith("omission:key-mention");
    });
  }

  @Test
  void theKeyActorsNamedAboutSomethingElseDoNotMentionIt() {
    AnalyzedStatement east = ComparerTest.statement("east", "RU", "Kremlin", List.of(
        "The two leaders discussed the crisis around Ukraine.",
        "Putin noted that the Black Sea fleet of Washington and its allies had grown near the Crimean coast over the summer."));
    assertThat(of(Finding.ONE_SIDED_TOPIC, WEST, east)).extracting(Finding::topic).contains("allies-coordination");
  }

  @Test
  void theSameWordInAnotherSenseDoesNotMentionIt() {
    AnalyzedStatement east = ComparerTest.statement("east", "RU", "Kremlin", List.of(
        "The two leaders discussed the crisis around Ukraine.",
        "The presidents recalled that the two countries were allies in the war against Nazism."));
    assertThat(of(Finding.ONE_SIDED_TOPIC, WEST, east)).extracting(Finding::topic).contains("allies-coordination");
  }
}

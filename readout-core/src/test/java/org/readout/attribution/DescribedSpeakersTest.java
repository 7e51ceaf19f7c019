package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, unnamed speakers described after or before an inverted cue that trails a quote ("“…,” says a
 * restaurant owner in the city.", "“…,” a local teacher said."): the description as written speaks, a quote of
 * several sentences takes the cue that trails it rather than the cue of the quote before it, and a relative
 * clause about the speaker is not reported speech. Every sentence is hand-written (none is corpus text).
 */
class DescribedSpeakersTest {
  private static AnalyzedStatement article(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2025, 9, 16), text);
  }

  @Test
  void aDescriptionAfterTheTrailingCueSpeaks() {
    List<Attribution> as = run(article("""
        Residents welcomed the new patrols downtown.

        “This is a chance for our neighborhood. I hope we use it well,” says a downtown shop owner.

        “I stopped walking home after dark years ago. Now that may change,” says a longtime resident of the \
        valley.

        “If the patrols keep the streets calm, that is a great thing,” says a mother whose son was robbed \
        on his way to school last spring.
        """));
    assertThat(one(as, AttributionType.DIRECT, "chance for our neighborhood").speaker())
        .isEqualTo("a downtown shop owner");
    assertThat(one(as, AttributionType.DIRECT, "stopped walking home").speaker())
        .isEqualTo("a longtime resident of the valley");
    assertThat(one(as, AttributionType.DIRECT, "patrols keep the streets calm").speaker()).isEqualTo("a mother");
    assertThat(Found.of(as, AttributionType.INDIRECT, "robbed")).isEmpty();
  }

  @Test
  void aDescriptionBeforeTheCueSpeaks() {
    List<Attribution> as = run(article("""
        “We are finally being heard,” said Tom Brannigan, the president of the dock workers.

        “The numbers speak for themselves,” the head of the union said.

        “It will make a difference,” a local teacher said.
        """));
    assertThat(one(as, AttributionType.DIRECT, "finally being heard").speaker()).isEqualTo("Tom Brannigan");
    assertThat(one(as, AttributionType.DIRECT, "numbers speak").speaker()).isEqualTo("the head of the union");
    assertThat(one(as, AttributionType.DIRECT, "make a difference").speaker()).isEqualTo("a local teacher");
  }

  @Test
  void aTimeAfterTheCueIsNoSpeaker() {
    List<Attribution> as = run(article("""
        Jane Roe toured the plant on Monday. “We will hire two hundred people,” she said. “The line opens in \
        March,” said the next day a notice on the gate.
        """));
    assertThat(Found.of(as, AttributionType.DIRECT, "line opens in March")).allSatisfy(
        a -> assertThat(a.speaker()).doesNotContain("next day"));
  }

  @Test
  void wordsAfterASpeakerWrittenAfterTheCueAreNotReportedSpeech() {
    List<Attribution> as = run(article("""
        “I am so tired of waiting,” said a traveler at the city airport — where both senators voted against the \
        bill twice this month.

        “We will keep the line open,” said Jane Roe, director of the port authority in the northern district of \
        the state since last year.
        """));
    assertThat(one(as, AttributionType.DIRECT, "tired of waiting").speaker()).isEqualTo("a traveler");
    assertThat(one(as, AttributionType.DIRECT, "keep the line open").speaker()).isEqualTo("Jane Roe");
    assertThat(as.stream().filter(a -> a.type() == AttributionType.INDIRECT).toList()).isEmpty();
  }

  @Test
  void aLineAnnouncingTheQuotesReportsNothing() {
    List<Attribution> as = run(article("""
        Farm leaders praised the new rule. Here’s what they’re saying:

        Jane Roe, President, Valley Growers Union: “This rule keeps family farms in business.”
        """));
    assertThat(Found.of(as, AttributionType.INDIRECT, "Here")).isEmpty();
    assertThat(one(as, AttributionType.DIRECT, "family farms").speaker()).isEqualTo("Jane Roe");
  }
}

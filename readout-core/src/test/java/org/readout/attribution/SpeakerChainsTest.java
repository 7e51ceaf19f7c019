package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.of;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, attribution gaps found on the fresh development set (eval/select-speakers.py): a dash line naming a
 * quote's speaker, Kremlin labels with the name repeated and labels behind a lost heading, speech reported inside
 * a quote and "according to her". Every sentence is hand-written.
 */
class SpeakerChainsTest {
  private static AnalyzedStatement news(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2023, 3, 1), text);
  }

  @Test
  void aDashLineUnderAQuoteNamesItsSpeakerAndTheQuoteReportsThePresident() {
    List<Attribution> as = run(news("""
        The governor met the workers on Monday and later took questions.

        “As the President told the nation last night: prices are falling and wages are rising. The best is still ahead.”
        — Press Secretary Jane Roe

        -   Harbour master Tom Okafor: “The pier is ready.”
        -   Union chief Ana Pires: “We are proud of it.”"""));
    assertThat(one(as, AttributionType.DIRECT, "The best is still ahead").speaker()).isEqualTo("Jane Roe");
    Attribution inner = one(as, AttributionType.INDIRECT, "prices are falling");
    assertThat(inner.speaker()).isEqualTo("Joseph R. Biden");
    assertThat(inner.content()).doesNotContain("the nation");
    assertThat(inner.reportedBy()).contains("Jane Roe");
    // a bullet under a quote is the next item, not a dash line naming the quote above it
    assertThat(one(as, AttributionType.DIRECT, "The pier is ready").speaker()).isEqualTo("Tom Okafor");
    assertThat(one(as, AttributionType.DIRECT, "We are proud").speaker()).isEqualTo("Ana Pires");
  }

  @Test
  void aQuoteUnderANarrativeCueStillTakesTheSpeakerItsDashLineNames() {
    List<Attribution> as = run(news("""
        Governor Ana Pires met the workers. In her words, the plant “will stay open.”
        “We will not give up the mill.”
        – Tom Okafor, president of the local union"""));
    assertThat(one(as, AttributionType.DIRECT, "give up the mill").speaker()).isEqualTo("Tom Okafor");
    assertThat(one(as, AttributionType.DIRECT, "will stay open").speaker()).isEqualTo("Ana Pires");
  }

  @Test
  void accordingToHerIsThePersonLastNamedAsASpeaker() {
    List<Attribution> as = run(news("""
        Mayor Ruth Calder visited the harbour on Monday. According to her, the new pier will open in May. She added that the city would pay for the repairs."""));
    Attribution a = one(as, AttributionType.INDIRECT, "the new pier will open");
    assertThat(a.speaker()).isEqualTo("Ruth Calder");
    assertThat(a.content()).doesNotContain("According");
    assertThat(one(as, AttributionType.INDIRECT, "the city would pay").speaker()).isEqualTo("Ruth Calder");
  }

  @Test
  void accordingToHimWithNobodyNamedBeforeIsNobodys() {
    List<Attribution> as = run(news("According to him, the new pier will open in May."));
    assertThat(as).noneMatch(a -> a.content().contains("new pier"));
  }

  @Test
  void kremlinLabelsWithTheNameRepeatedAndBehindALostHeading() {
    List<Attribution> as = run(Docs.ru("""
        The participants discussed housing. * * * Excerpts from the transcript of the meeting President of Russia Vladimir Putin: Good afternoon, colleagues. Mr Lukashenko, welcome. President of the Republic of Belarus Alexander Lukashenko Lukashenko AlexanderPresident of Belarus: Thank you for the invitation, we have prepared a report. Vladimir Putin: Let us begin. Foreign Minister Sergei Lavrov Lavrov SergeiForeign Minister of Russia: Mr President, I believe you have clearly described the risks of this plan. As I said yesterday, we are ready for talks."""));
    assertThat(one(as, AttributionType.TURN, "Good afternoon, colleagues").speakerId()).isEqualTo("putin");
    Attribution lukashenko = one(as, AttributionType.TURN, "Thank you for the invitation");
    assertThat(lukashenko.speakerId()).isEqualTo("lukashenko");
    assertThat(lukashenko.content()).doesNotContain("Lukashenko").startsWith("Thank you");
    assertThat(one(as, AttributionType.TURN, "clearly described").speakerId()).isEqualTo("lavrov");
  }

  @Test
  void aTitledNameBeforeAColonInMidSentenceProseIsNoLabel() {
    List<Attribution> as = run(Docs.ru("""
        The talks were held with the President of the Republic of Belarus Alexander Lukashenko: the sides discussed trade."""));
    assertThat(as).noneMatch(a -> a.type() == AttributionType.TURN);
  }
}

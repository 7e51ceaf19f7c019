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
 * Issue 9, attribution: discourse roles in transcripts and speakers beyond the actor dictionary. Every
 * sentence here is hand-written in the shape of an error seen on unseen text (none is corpus text).
 */
class DiscourseAndNamesTest {
  private static AnalyzedStatement news(LocalDate date, String text) {
    return Docs.doc("US", "The White House", date, text);
  }

  // --- discourse roles ---

  @Test
  void wordsQuotedInAJournalistsQuestionAreNotTheLeadersQuote() {
    List<Attribution> as = run(Docs.us("""
        Q Did the President tell the prime minister, “stand firm and we will cover the costs”? Or did he say nothing?

        MS. PSAKI: He spoke about the alliance and our shared commitments."""));
    assertThat(of(as, AttributionType.DIRECT, "stand firm")).isEmpty();
    assertThat(as).noneMatch(a -> a.type() != AttributionType.TURN && a.content().contains("cover the costs"));
    assertThat(one(as, AttributionType.TURN, "Did the President").speaker()).isEqualTo("Questioner");
    assertThat(one(as, AttributionType.INDIRECT, "the alliance").speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void pressLabelTurnsAndModeratorLinesReportNothing() {
    List<Attribution> as = run(Docs.us("""
        THE PRESS: Has the Chancellor said “no more deliveries” to you?

        MODERATOR: Thank you. Our next question comes from the wire services.

        THE PRESIDENT: We have said we will keep our word."""));
    assertThat(of(as, AttributionType.DIRECT, "no more deliveries")).isEmpty();
    assertThat(as).filteredOn(a -> a.type() != AttributionType.TURN).noneMatch(a -> a.content().contains("next question"));
    assertThat(one(as, AttributionType.TURN, "Has the Chancellor").speakerId()).isEmpty();
  }

  @Test
  void wordsASpeakerSaysHeDidNotSayAreNotHisQuote() {
    List<Attribution> as = run(Docs.us("""
        THE PRESIDENT: I never said, “Go ahead, it is fine with us.” What I said was that we would respond."""));
    assertThat(of(as, AttributionType.DIRECT, "Go ahead")).isEmpty();
    List<Attribution> bs = run(Docs.us("Blinken said the envoy never told him ‘the border will stay closed’ during the talks."));
    assertThat(of(bs, AttributionType.DIRECT, "the border will stay closed")).isEmpty();
  }

  @Test
  void weInAnOfficialsTurnIsHisGovernment() {
    List<Attribution> as = run(Docs.us("""
        MR. SULLIVAN: We told our allies that the sanctions would be severe."""));
    Attribution a = one(as, AttributionType.INDIRECT, "the sanctions would be severe");
    assertThat(a.speakerId()).isEqualTo("USA");
    assertThat(a.reportedBy()).containsExactly("Jake Sullivan");
  }

  @Test
  void bothLeadersOfACallBetweenTwoPresidentsAreThoseTwo() {
    List<Attribution> as = run(Docs.us("""
        President Biden spoke today with President Macron of France. They recalled what President Zelenskyy \
        had asked for. Both leaders stressed the need for continued support."""));
    Attribution a = one(as, AttributionType.INDIRECT, "the need for continued support");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden and Emmanuel Macron");
  }

  // --- speakers beyond the dictionary ---

  @Test
  void unknownSpeakerAfterAnInvertedCue() {
    List<Attribution> as = run(news(LocalDate.of(2023, 3, 1), """
        “The new bridge will carry freight by next spring,” said Governor Maria Ostrander. “It is a good \
        day for our farmers.”"""));
    Attribution a = one(as, AttributionType.DIRECT, "The new bridge");
    assertThat(a.speaker()).isEqualTo("Maria Ostrander");
    assertThat(a.speakerId()).isEmpty();
    assertThat(a.role()).contains("Governor");
    assertThat(one(as, AttributionType.DIRECT, "good day for our farmers").speaker()).isEqualTo("Maria Ostrander");
  }

  @Test
  void unknownSpeakerBeforeTheCueAndAppositiveRole() {
    List<Attribution> as = run(news(LocalDate.of(2023, 3, 1), """
        Tomas Feld, a spokesman for the port authority, said the cranes were idle. "It is shameful," a radio \
        host named Lina Borsk said afterwards."""));
    assertThat(one(as, AttributionType.INDIRECT, "the cranes were idle").speaker()).isEqualTo("Tomas Feld");
    assertThat(one(as, AttributionType.DIRECT, "It is shameful").speaker()).isEqualTo("Lina Borsk");
  }

  @Test
  void saidXTheTitle() {
    List<Attribution> as = run(news(LocalDate.of(2023, 3, 1), """
        "Prices will fall before winter," said Ada Voss, the chief economist of a farm lobby."""));
    assertThat(one(as, AttributionType.DIRECT, "Prices will fall").speaker()).isEqualTo("Ada Voss");
  }

  @Test
  void roleResolvesOnlyToAHolderOfTheStatementsTime() {
    List<Attribution> early = run(news(LocalDate.of(2015, 6, 2), "The Secretary of State said the talks would resume."));
    Attribution a = one(early, AttributionType.INDIRECT, "the talks would resume");
    assertThat(a.speakerId()).isNotIn("blinken", "rubio");
    assertThat(a.speaker()).containsIgnoringCase("Secretary of State");
    List<Attribution> later = run(news(LocalDate.of(2022, 6, 2), "The Secretary of State said the talks would resume."));
    assertThat(one(later, AttributionType.INDIRECT, "the talks would resume").speakerId()).isEqualTo("blinken");
  }

  @Test
  void timeExpressionIsNotReportedSpeech() {
    List<Attribution> as = run(news(LocalDate.of(2023, 3, 1), "Governor Maria Ostrander spoke to farmers and said on Tuesday."));
    assertThat(as).noneMatch(a -> a.content().strip().equalsIgnoreCase("on Tuesday"));
    List<Attribution> bs = run(news(LocalDate.of(2023, 3, 1), "Maria Ostrander said on Tuesday that the bridge would open."));
    assertThat(one(bs, AttributionType.INDIRECT, "the bridge would open").content()).startsWith("the bridge");
  }

  @Test
  void bulletLabelsNameTheSpeakerOfTheirQuote() {
    List<Attribution> as = run(news(LocalDate.of(2025, 5, 1), """
        Leaders praised the agreement:

        Estonian Prime Minister Kaja Rebane: “This is a good day for the whole region.”

        Dutch Minister Pieter Haanstra: “We will build on it.”"""));
    assertThat(one(as, AttributionType.DIRECT, "good day for the whole region").speaker()).isEqualTo("Kaja Rebane");
    assertThat(one(as, AttributionType.DIRECT, "We will build on it").speaker()).isEqualTo("Pieter Haanstra");
  }

  @Test
  void topicLabelsTakeTheLeadInSpeaker() {
    List<Attribution> as = run(news(LocalDate.of(2025, 5, 1), """
        Secretary Lena Marsh on Morning Report

        On the harvest: “The harvest is the best in a decade.”

        On exports: “We are selling more abroad than ever.”"""));
    assertThat(one(as, AttributionType.DIRECT, "best in a decade").speaker()).isEqualTo("Lena Marsh");
    assertThat(one(as, AttributionType.DIRECT, "selling more abroad").speaker()).isEqualTo("Lena Marsh");
  }

  @Test
  void multiParagraphQuoteKeepsItsSpeaker() {
    List<Attribution> as = run(news(LocalDate.of(2025, 5, 1), """
        “We have rebuilt the line in six weeks,” said Director Omar Kessler.

        “Trains will run again on Monday.”"""));
    assertThat(one(as, AttributionType.DIRECT, "Trains will run again").speaker()).isEqualTo("Omar Kessler");
  }

  @Test
  void aJournalistWhoGivesHisNameIsThatQuestioner() {
    List<Attribution> as = run(Docs.us("""
        Q Hello, it’s Marek here. Will the summit go ahead?

        MS. PSAKI: It will.

        Q Tova Lindqvist, Nordic Wire. What about the venue?"""));
    assertThat(one(as, AttributionType.TURN, "Will the summit").speaker()).isEqualTo("Marek");
    assertThat(one(as, AttributionType.TURN, "What about the venue").speaker()).isEqualTo("Tova Lindqvist");
  }

  @Test
  void aLabelEndingInANameNamesTheSpeaker() {
    List<Attribution> as = run(news(LocalDate.of(2025, 5, 1), """
        Harbor Freight Lines, Inc., CEO Ruth Okafor: “Our trucks are busier than ever.”"""));
    assertThat(one(as, AttributionType.DIRECT, "busier than ever").speaker()).isEqualTo("Ruth Okafor");
  }

  @Test
  void aBodyLabelIsTheSpeaker() {
    List<Attribution> as = run(news(LocalDate.of(2025, 5, 1), """
        Reactions:

        Coastal Towns Association: “We welcome the decision.”"""));
    assertThat(one(as, AttributionType.DIRECT, "We welcome the decision").speaker()).isEqualTo("Coastal Towns Association");
  }
}

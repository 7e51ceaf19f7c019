package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * Causes of misses met on the fourth fresh development set (cm4: call readouts, a trilateral joint statement, a
 * briefing, a press call, Kremlin talks) and in the development half: who acts in a joint statement (a list of
 * signatories, a group or body as subject), a leading participial adverbial, negation and contractions before a
 * cue, previews and pleasantries, relative clauses, a new subject inside an earlier act's clause, a past act in a
 * temporal clause. Hand-written sentences of the same shapes, never corpus text.
 */
class CommitmentFreshSetShapesTest {
  private static List<Commitment> extract(String title, String side, String kind, String text) {
    StatementMeta meta = new StatementMeta("t-fresh", title, LocalDate.of(2030, 5, 1), "p", side, kind, "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc);
  }

  private static final String TRILATERAL = "Joint Statement from Japan, Australia and the United States on Maritime Safety";
  private static final String LEAD3 = "Officials of Japan, Australia and the United States met in Canberra on May 1. ";

  private static List<Commitment> joint(String sentence) {
    return extract(TRILATERAL, "US", "statement", LEAD3 + sentence).stream().filter(c -> c.sentence() == 1).toList();
  }

  /** A White House press secretary's answer in a briefing. */
  private static List<Commitment> briefing(String... sentences) {
    String text = "Q Will the administration change course on Ruritania?\n\nMS. ROE: Thanks for the question. "
        + String.join(" ", sentences);
    return extract("Press Briefing by Press Secretary Jane Roe", "US", "briefing", text).stream()
        .filter(c -> !c.text().contains("Thanks for the question")).toList();
  }

  /** Kremlin talks: the visiting leader's turn. */
  private static List<Commitment> guest(String... sentences) {
    String text = "President of Russia Vladimir Putin: Mr President, welcome. I am glad to see you.\n"
        + "President of Kazakhstan Kassym-Jomart Tokayev: Thank you, Mr President. " + String.join(" ", sentences);
    return extract("Meeting with President of Kazakhstan Kassym-Jomart Tokayev", "RU", "transcript", text).stream()
        .filter(c -> !c.text().contains("glad to see you") && !c.text().contains("Thank you")).toList();
  }

  private static Commitment only(List<Commitment> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  // --- who acts in a joint statement ---------------------------------------------------------------

  @Test
  void aListOfSignatoriesWithASerialCommaIsOneSubject() {
    Commitment c = only(joint("Under the new framework, the United States, Japan, and Australia will expand joint "
        + "patrols in the region."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("AUS", "JPN", "USA");
  }

  @Test
  void aBodyOfTheSignatoriesAsSubjectIsTheSignatories() {
    for (String s : List.of("The three governments will develop common standards for port inspections.",
        "As part of this work, the three governments will share data on vessel traffic.",
        "The maritime working group pledged to report on its progress by the autumn.",
        "The three countries further committed to hold exercises in our countries next year.")) {
      Commitment c = only(joint(s));
      assertThat(c.kind()).as(s).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).as(s).containsExactly("AUS", "JPN", "USA");
    }
  }

  @Test
  void aNameModifierAfterTheCueIsNoPartyActedUpon() {
    Commitment c = only(joint("The three countries committed to build on the Japan-Australia Reciprocal Access "
        + "Agreement."));
    assertThat(c.actors()).containsExactly("AUS", "JPN", "USA");
  }

  @Test
  void aGroupPhraseInAJointStatementOfManyIsAllSignatories() {
    String title = "Joint Statement from the Leaders of France, Germany, Italy, the United Kingdom and the United States";
    String text = "The leaders of France, Germany, Italy, the United Kingdom and the United States met today. "
        + "Our countries will support Ruritania in defending itself.";
    Commitment c = only(extract(title, "US", "statement", text));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("DEU", "FRA", "GBR", "ITA", "USA");
  }

  @Test
  void aTitleCompoundNamesTheSignatories() {
    String text = "Officials of the United States and the European Union met today in Brussels with Germany and France. "
        + "The Task Force will continue to advance the energy transition.";
    Commitment c = only(extract("Joint Statement on the U.S.-EU Energy Task Force Meeting", "US", "statement", text));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("EU", "USA");
  }

  @Test
  void aBodyAsSubjectOutsideAJointStatementIsNotTheParticipants() {
    List<Commitment> cs = extract("Readout of President Biden’s Call with Prime Minister Albanese of Australia", "US",
        "readout", "President Biden spoke today with Prime Minister Albanese of Australia. "
            + "The working group will report to the leaders in June.");
    assertThat(cs).noneMatch(c -> c.actors().size() > 1);
  }

  // --- subjects and cues -----------------------------------------------------------------------------

  @Test
  void aLeadingParticipialAdverbialIsNotTheSubject() {
    List<Commitment> cs = extract("Telephone conversation with President of France Emmanuel Macron", "RU", "readout",
        "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. Following up on the "
            + "results of the Russia-France talks in Moscow, the two presidents reaffirmed their commitment to "
            + "continue the dialogue.");
    Commitment c = only(cs.stream().filter(x -> x.sentence() == 1).toList());
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("FRA", "RUS");
  }

  @Test
  void contractedCopulaBeforeDeterminedIsAPledge() {
    Commitment c = only(briefing("We’re determined to learn from the mistakes of the past."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void affirmedSupportForIsReadiness() {
    List<Commitment> cs = extract("Readout of President Biden’s Meeting with Prime Minister Albanese of Australia",
        "US", "readout", "President Biden met today with Prime Minister Albanese of Australia. President Biden "
            + "affirmed his support for deepening our alliance.");
    Commitment c = only(cs.stream().filter(x -> x.sentence() == 1).toList());
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void anAdverbCannotHideACopularForecast() {
    assertThat(briefing("I will always be thankful to him for his friendship.")).isEmpty();
    assertThat(briefing("We will always stand with our allies.")).hasSize(1);
  }

  @Test
  void aPoliteAfraidIsNoBeliefFrame() {
    Commitment c = only(briefing("I’m afraid I can’t go beyond saying that we intend to build on the accord."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void aNegatedSupportIsARefrainedReadiness() {
    Commitment c = only(briefing("We do not support strikes on civilian areas."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.refrain()).isTrue();
  }

  @Test
  void ourPolicyIsTheSpeakersGovernment() {
    Commitment c = only(briefing("Our strategy will not rely on isolating them."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.refrain()).isTrue();
    assertThat(briefing("Our goal will be to reduce tensions.")).isEmpty();
  }

  @Test
  void wantingToContinueWithAParentheticalIsReadiness() {
    Commitment c = only(briefing("Keeping channels open with Ruritania is something that we want to, certainly, "
        + "continue."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void wantingRelationsToGrowIsReadiness() {
    Commitment c = only(guest("We want our relations to be stable and long-term."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("KAZ");
    assertThat(guest("I do not want to disclose the figures here.")).isEmpty();
  }

  @Test
  void aReviewAnnouncedIsAPledge() {
    Commitment c = only(briefing("We’re going to review our assistance programmes there."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
  }

  @Test
  void aNewSubjectAfterAnObligationIsItsOwnAct() {
    List<Commitment> cs = guest("These problems must be solved and we will do everything we can to speed up the "
        + "solution.");
    assertThat(cs).anyMatch(c -> c.kind() == CommitmentKind.PLEDGE && c.actors().equals(List.of("KAZ"))
        && c.text().startsWith("we will do everything"));
  }

  // --- no act ------------------------------------------------------------------------------------------

  @Test
  void previewsAndPleasantriesAreNoActs() {
    for (String s : List.of("The Prime Minister will join the ceremony at the White House.",
        "We plan to discuss new areas of cooperation.",
        "The President looks forward to welcoming the Chancellor to the White House next week.",
        "We are all looking forward to this.",
        "We will — sorry — we are going to talk about trade first.",
        "All right, I’ll take a few more — a few questions.",
        "I just don’t have anything to share on when the review will be done and what steps we’re going to be taking.")) {
      assertThat(briefing(s)).as(s).isEmpty();
    }
  }

  @Test
  void aRelativeClauseVerbIsNotTheSubjectsAct() {
    List<Commitment> cs = extract("Readout of President Biden’s Meeting with Prime Minister Albanese of Australia",
        "US", "readout", "President Biden met today with Prime Minister Albanese of Australia. President Biden "
            + "expressed admiration for the rescue teams who worked through the night and will keep searching.");
    assertThat(cs.stream().filter(c -> c.sentence() == 1)).isEmpty();
  }

  @Test
  void aNounCoordinatedInsideANounPhraseIsNoVerb() {
    assertThat(briefing("We are working with our partners so that she gets the care and support she needs.")).isEmpty();
    Commitment c = only(briefing("We are reviewing the request and support it fully."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
  }

  @Test
  void aTrailingInvertedConditionTravelsWithTheAct() {
    Commitment c = only(briefing("We are prepared to impose further measures, should the engagement not bring results."));
    assertThat(c.condition()).isEqualTo("should the engagement not bring results");
  }

  @Test
  void aCommitmentOnThePartOfAPartyIsItsPledge() {
    Commitment c = only(briefing("We see this as a strong commitment on the part of Japan."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("JPN");
    assertThat(briefing("There was no commitment from anyone.")).isEmpty();
  }

  @Test
  void aForecastIsNoCommitment() {
    assertThat(briefing("Russia will likely move more forces to the border.")).isEmpty();
    assertThat(briefing("We will probably have more to say next week.")).isEmpty();
  }

  @Test
  void whatAPartyNeedsIsNoObligation() {
    assertThat(briefing("We have been sending them the weapons and training they need to defend their cities."))
        .isEmpty();
    Commitment c = only(briefing("They need to withdraw their forces."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
  }

  @Test
  void aPastActInATemporalClauseIsARecountedEvent() {
    assertThat(guest("We did the right thing when we agreed last year to set up a joint commission.")).isEmpty();
  }
}

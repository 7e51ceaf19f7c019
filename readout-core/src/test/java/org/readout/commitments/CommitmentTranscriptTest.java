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
 * Commitments in transcripts (issue 9, discourse roles): how officials and leaders phrase acts in their own
 * turns — contractions, an adverb between "we" and its modal, the progressive after "going to", all options
 * kept on the table, denials of intent, proposals handed over, "unacceptable" — and the moves that manage the
 * answer rather than commit anyone (handing over to a colleague, a preview's "will make clear that" frame,
 * condolences, "no illusions that"). Hand-written sentences of the shapes met in press calls, briefings and
 * Kremlin talks, never corpus text.
 */
class CommitmentTranscriptTest {
  /** A White House background call: one official's answer after a question. */
  private static List<Commitment> official(String... sentences) {
    String text = "Q    Will the administration change course on Ruritania?\n\nSENIOR ADMINISTRATION OFFICIAL:  "
        + "Thanks for the question.  " + String.join("  ", sentences);
    return after(text, "US", "briefing");
  }

  /** Kremlin talks: the President's opening remarks to a visiting leader. */
  private static List<Commitment> leader(String... sentences) {
    String text = "President of Russia Vladimir Putin: Mr President, I am glad to see you. "
        + String.join(" ", sentences);
    return after(text, "RU", "transcript");
  }

  private static List<Commitment> after(String text, String side, String kind) {
    return after("t", text, side, kind);
  }

  private static List<Commitment> after(String title, String text, String side, String kind) {
    StatementMeta meta = new StatementMeta("t-tr", title, LocalDate.of(2030, 3, 1), "p", side, kind, "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    String opening = side.equals("US") ? "Thanks for the question" : "I am glad to see you";
    return TestEngines.commitments(doc).stream().filter(c -> !c.text().contains(opening)).toList();
  }

  private static void onePledge(List<Commitment> cs, String actor, boolean refrain) {
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(cs.get(0).actors()).containsExactly(actor);
    assertThat(cs.get(0).refrain()).isEqualTo(refrain);
  }

  // --- how acts are phrased in a turn ---------------------------------------------------------------

  @Test
  void aContractedWillIsAPledgeOfTheOfficialsGovernment() {
    onePledge(official("We’ll press Ruritania on its export subsidies."), "USA", false);
    onePledge(official("We'll keep the duties in place for now."), "USA", false);
  }

  @Test
  void anAdverbBetweenWeAndTheModalKeepsTheSubject() {
    onePledge(official("We also will continue to ship spare parts to the coast guard."), "USA", false);
    onePledge(official("We certainly will keep funding the demining teams."), "USA", false);
  }

  @Test
  void goingToWithAPolicyVerbOrTheProgressiveIsAPledge() {
    onePledge(official("We are going to reengage the ministry under the old arrangement."), "USA", false);
    onePledge(official("We’re going to be realigning our export controls with those priorities."), "USA", false);
  }

  @Test
  void optionsKeptOnTheTableAreReadinessOfTheVoice() {
    for (String s : List.of("All tools will be on the table for us.", "We are not taking any options off the table.",
        "We don’t want to take any tools off the table.")) {
      List<Commitment> cs = official(s);
      assertThat(cs).as(s).hasSize(1);
      assertThat(cs.get(0).kind()).as(s).isEqualTo(CommitmentKind.READINESS);
      assertThat(cs.get(0).actors()).as(s).containsExactly("USA");
      assertThat(cs.get(0).negated()).as(s).isFalse();
    }
  }

  @Test
  void notSeekingANegotiationIsADenialOfIntent() {
    onePledge(official("We are not seeking a second round of tariff talks."), "USA", true);
  }

  @Test
  void notWantingWarIsADenialOfIntent() {
    onePledge(leader("We do not want war."), "RUS", true);
    onePledge(leader("We don’t want any confrontation with our neighbours."), "RUS", true);
  }

  @Test
  void aHopeWithoutThatIsStillAHope() {
    List<Commitment> cs = leader("I hope our work on the railway will go on.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(cs.get(0).actors()).containsExactly("RUS");
  }

  @Test
  void proposalsHandedOverAreProposals() {
    for (String s : List.of("We sent our proposals on missile deployments to NATO in December.",
        "I have brought several new proposals on the shipyard.")) {
      List<Commitment> cs = leader(s);
      assertThat(cs).as(s).hasSize(1);
      assertThat(cs.get(0).kind()).as(s).isEqualTo(CommitmentKind.PROPOSAL);
      assertThat(cs.get(0).actors()).as(s).containsExactly("RUS");
    }
  }

  @Test
  void favouringASettlementIsReadiness() {
    List<Commitment> cs = leader("We favour a negotiated settlement of the border dispute.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.READINESS);
  }

  @Test
  void declaringAStepUnacceptableIsAWarningOfTheSpeaker() {
    List<Commitment> cs = leader("Moving those batteries closer to our border is unacceptable for us.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(cs.get(0).actors()).containsExactly("RUS");
  }

  @Test
  void willingnessToTakeStepsIfTalksFailIsAReadiness() {
    // GUIDELINES, reconciled conventions: the cue decides the kind; "ready / prepared / willing to take further
    // measures" is a readiness, not a warning (it was a warning before the conventions were reconciled)
    List<Commitment> cs = official("We are willing to take further steps, should the consultations not deliver.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  @Test
  void willingnessToTakeStepsToImproveRelationsStaysReadiness() {
    List<Commitment> cs = official("We are willing to take steps to improve the trade relationship.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.READINESS);
  }

  @Test
  void demandThatAfterAPledgeIsASecondAct() {
    List<Commitment> cs = official("Tomorrow we will raise the missile sales at the Security Council and demand that "
        + "Russia be held accountable.");
    assertThat(cs).extracting(Commitment::kind).containsExactly(CommitmentKind.PLEDGE, CommitmentKind.DEMAND);
  }

  @Test
  void encouragingAPartyNowIsAHope() {
    List<Commitment> cs = official("We strongly encourage them to choose a path of diplomacy.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  @Test
  void aWillingnessShownNowIsReadinessOfWhoShowsIt() {
    List<Commitment> cs = official("China is demonstrating a willingness to talk about arms control.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(cs.get(0).actors()).containsExactly("CHN");
  }

  @Test
  void ourGuaranteeThatIsAPledge() {
    onePledge(leader("Captured soldiers have our guarantee that they will be treated humanely."), "RUS", false);
  }

  @Test
  void anOperationThatWillGoOnUntilItsGoalsAreMetIsAWarning() {
    List<Commitment> cs = leader("The operation will continue until its goals are met.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(cs.get(0).actors()).containsExactly("RUS");
  }

  @Test
  void anOfficialsIThinkBeforeHisOwnSidesPlanLeavesThePledge() {
    onePledge(official("And so, I think for us, we’ll focus on the engagement with the ministry."), "USA", false);
    assertThat(official("I think they will keep raising prices.")).isEmpty();
  }

  @Test
  void weNeedAnotherBodyToActIsADemand() {
    List<Commitment> cs = official("We need Congress to approve our funding request without delay.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  @Test
  void cueTriggersCoverContractionsAndRulesOpeningWithALookbehind() {
    // the prefilter that spares a rule's regex on sentences without its first words (CPU of the stage)
    assertThat(CommitmentLexicon.triggers("\\b(?:will|would|shall|[’']ll)\\s+"))
        .containsExactlyInAnyOrder("will", "would", "shall", "’ll", "'ll");
    assertThat(CommitmentLexicon.triggers("(?<=\\b(?:we|i)\\s{1,3})encourage\\s+")).containsExactly("encourage");
    assertThat(CommitmentLexicon.triggers("(?:\\bnot|n[’']t)\\s+take")).isEmpty();
  }

  // --- whose turn it is ------------------------------------------------------------------------------

  @Test
  void aReporterWhoNamesHerselfSpeaksForNoParty() {
    List<Commitment> cs = after("Annual news conference", "Dmitry Peskov: Let us begin. Go ahead, please.\n\n"
        + "Anna Roe: Mr President, good afternoon. Commentators say NATO will never stop expanding. Britain must end "
        + "its provocations. Will Russia respond?\n\nVladimir Putin: We will respond to any threat.", "RU", "transcript");
    assertThat(cs).extracting(Commitment::text).containsExactly("We will respond to any threat");
  }

  @Test
  void aCounterpartOutsideTheDictionaryNamedInTheTitleSpeaksForHisState() {
    List<Commitment> cs = after("Joint news conference with Prime Minister of Norway Eirik Solvang",
        "Vladimir Putin: We have held useful talks with the Prime Minister of Norway. We will continue our dialogue "
            + "on fisheries.\n\n"
            + "Eirik Solvang: Thank you, Mr President. We want to develop our cooperation in the Arctic. Who else would "
            + "do it? It is necessary to preserve the channels of communication.", "RU", "transcript");
    assertThat(cs).extracting(Commitment::kind).containsExactly(CommitmentKind.PLEDGE, CommitmentKind.READINESS,
        CommitmentKind.DEMAND);
    assertThat(cs.get(0).actors()).containsExactly("RUS");
    assertThat(cs.get(1).actors()).containsExactly("NOR");
    assertThat(cs.get(2).actors()).containsExactly("NOR");
  }

  // --- managing the answer is no commitment ---------------------------------------------------------

  @Test
  void handingOverToAColleagueIsNoPledge() {
    assertThat(official("I’ll jump in here.")).isEmpty();
    assertThat(official("I’ll chime in on that one.")).isEmpty();
    assertThat(official("And with that, I’ll turn it back to my colleague.")).isEmpty();
    assertThat(official("I’ll let my colleague give you a sense of the numbers.")).isEmpty();
    assertThat(official("I’ll just — I’ll just leave it there.")).isEmpty();
  }

  @Test
  void discourseMovesWithAHedgeAreNoPledge() {
    assertThat(official("I’m not going to sort of characterize the President’s reaction.")).isEmpty();
    assertThat(official("We are not going to predetermine the outcome of those talks.")).isEmpty();
    assertThat(official("We’re not going to put a specific timeline on it.")).isEmpty();
    assertThat(leader("I will not list them now, but I will tell you about them later.")).isEmpty();
    assertThat(official("Once we have the figures, we certainly will share that with you.")).isEmpty();
  }

  @Test
  void aPreviewsFrameIsNoActButWhatItFramesIs() {
    for (String s : List.of("The President will make clear that we would be prepared to respond to any such attack.",
        "I’ll reiterate now that we would be prepared to respond to any such attack.")) {
      List<Commitment> cs = official(s);
      assertThat(cs).as(s).hasSize(1);
      assertThat(cs.get(0).kind()).as(s).isEqualTo(CommitmentKind.WARNING);
      assertThat(cs.get(0).rule()).as(s).isEqualTo("warning.ready-to-respond");
    }
  }

  @Test
  void aHopeForSomeonesRecoveryOrLettingAReviewRunAreNoActs() {
    assertThat(official("We certainly hope that he fully recovers.")).isEmpty();
    assertThat(official("We’ll let that review process move forward.")).isEmpty();
  }

  @Test
  void condolencesOfferedAreNoProposal() {
    assertThat(leader("I have offered my condolences to the families of the victims.")).isEmpty();
  }

  @Test
  void noIllusionsThatTheOtherSideIsReadyIsABeliefNotItsReadiness() {
    assertThat(official("We are under no illusions that Moscow is prepared to engage seriously.")).isEmpty();
  }
}

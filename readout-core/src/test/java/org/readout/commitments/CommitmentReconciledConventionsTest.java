package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.CommitmentExtractorTest.only;
import static org.readout.commitments.CommitmentExtractorTest.us;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * The commitment conventions reconciled across both gold halves (GUIDELINES.md, Decisions → Commitments): own
 * necessity, a leader's "we", documents signed or adopted, hope actors, the cue deciding the kind. Hand-written
 * sentences of the shapes met in readouts, briefings and Kremlin talks, never corpus text.
 */
class CommitmentReconciledConventionsTest {

  /** A White House briefing: the press secretary's answer after a question. */
  static List<Commitment> briefing(String... sentences) {
    String text = "Q    What is the plan for the canal?\n\nMS. JEAN-PIERRE:  Thanks for the question.  "
        + String.join("  ", sentences);
    return analyze("t", text, "US", "briefing", "Thanks for the question");
  }

  /** Kremlin talks: the President's opening remarks to a visiting leader. */
  static List<Commitment> leader(String... sentences) {
    String text = "President of Russia Vladimir Putin: Mr President, I am glad to see you. " + String.join(" ", sentences);
    return analyze("Talks with President of Ruritania", text, "RU", "transcript", "I am glad to see you");
  }

  static List<Commitment> analyze(String title, String text, String side, String kind, String opening) {
    StatementMeta meta = new StatementMeta("t-rc", title, LocalDate.of(2030, 3, 1), "p", side, kind, "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> !c.text().contains(opening)).toList();
  }

  // --- own necessity ----------------------------------------------------------------------------------

  @Test
  void ownNecessityOfTheSpeakersStateIsItsPledge() {
    Commitment need = only(leader("We need to secure the grain routes through the northern ports."));
    assertThat(need.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(need.actors()).containsExactly("RUS");
    Commitment have = only(leader("We have to rebuild the bridges before the spring floods."));
    assertThat(have.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(have.actors()).containsExactly("RUS");
  }

  @Test
  void ownNecessityUnderTheOwnLeadersFrameIsStillHisStatesPledge() {
    Commitment feels = only(briefing("The President feels very strongly that we need to work with our allies on the canal."));
    assertThat(feels.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(feels.actors()).containsExactly("USA");
    Commitment believes = only(briefing("The President believes that we have to have clear rules for the canal in place."));
    assertThat(believes.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(believes.actors()).containsExactly("USA");
  }

  @Test
  void anInclusiveWeIsAnAppealToEveryone() {
    Commitment all = only(leader("The situation is grave, so we all need to act with restraint."));
    assertThat(all.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(all.actors()).containsExactly("RUS");
    assertThat(all.addressees()).isEmpty();
    Commitment must = only(leader("We all must keep the channels of communication open."));
    assertThat(must.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(must.addressees()).isEmpty();
  }

  @Test
  void anObligationOfAnotherPartyAndAStanceStayAsTheyWere() {
    Commitment other = only(briefing("Iran needs to reopen the strait to all shipping."));
    assertThat(other.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(other.actors()).containsExactly("USA");
    assertThat(leader("We must understand what this means for the region.")).as("a stance").isEmpty();
    assertThat(briefing("I think they need to decide that for themselves.")).as("a belief about others").isEmpty();
  }

  // --- documents ----------------------------------------------------------------------------------------

  /** A Kremlin readout of talks with a visiting leader: the sentences after its opening line. */
  static List<Commitment> talks(String... sentences) {
    String text = "Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev in the Kremlin. "
        + String.join(" ", sentences);
    return analyze("Russian-Kazakhstani talks", text, "RU", "readout", "held talks with");
  }

  @Test
  void signingOrAdoptingADocumentIsAnAgreementOfItsSignatories() {
    Commitment mou = only(us("The United States and Japan signed a memorandum of understanding on critical minerals."));
    assertThat(mou.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(mou.actors()).containsExactly("JPN", "USA");
    Commitment series = only(us("The two presidents finalized a series of landmark agreements on energy."));
    assertThat(series.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(series.actors()).containsExactly("RUS", "USA");
    Commitment with = only(us("The United States signed a fisheries treaty with Japan in the capital."));
    assertThat(with.actors()).containsExactly("JPN", "USA");
    Commitment passive = only(talks("A package of intergovernmental documents was signed after the talks."));
    assertThat(passive.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(passive.actors()).containsExactly("KAZ", "RUS");
  }

  @Test
  void theLeadersReleasingAJointStatementAgreeOnIt() {
    Commitment c = only(us("The leaders of France, Germany and the United States released the following joint statement:"));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("DEU", "FRA", "USA");
  }

  @Test
  void oneSidesOrderOrALawOrASigningToComeIsNoAgreement() {
    assertThat(us("President Biden signed an executive order establishing a framework for port security.")).isEmpty();
    assertThat(us("Congress adopted a law on port security last week.")).isEmpty();
    assertThat(talks("Several important agreements will be signed tomorrow.")).as("a schedule").isEmpty();
    assertThat(us("Last year, the United States and Japan signed a fisheries agreement.")).as("an earlier episode")
        .isEmpty();
    assertThat(us("One example is the recently-signed agreement on fisheries.")).as("an adjective").isEmpty();
  }

  @Test
  void aJointStatementsReleaseBindsEverySignatoryNamedInItsHeadnote() {
    String text = "Today, the leaders of France, Germany, Italy and the United Kingdom released the following joint "
        + "statement following their call.\n\nWe will stand together with the people of the region.";
    List<Commitment> cs = analyze("Joint Statement on the Canal", text, "US", "statements-releases", "stand together");
    Commitment c = only(cs);
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("DEU", "FRA", "GBR", "ITA");
  }

  // --- hope -----------------------------------------------------------------------------------------------

  @Test
  void lookingForwardToAMeetingIsAPleasantryToAnOutcomeAHope() {
    assertThat(briefing("And we look forward to the phone call between the two presidents later this week."))
        .as("a call").isEmpty();
    assertThat(briefing("He is looking forward to having that conversation with President Xi.")).as("a conversation")
        .isEmpty();
    assertThat(us("The President looks forward to meeting the Prime Minister in the autumn.")).as("meeting").isEmpty();
    Commitment outcome = only(us("The leaders look forward to what their two countries will achieve together."));
    assertThat(outcome.kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(outcome.actors()).containsExactly("RUS", "USA");
    Commitment work = only(briefing("We look forward to continuing our work on the canal with our partners."));
    assertThat(work.kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(work.actors()).containsExactly("USA");
  }

  // --- the cue decides the kind ----------------------------------------------------------------------------

  @Test
  void readyToImposeMeasuresIsAReadinessReadyToRespondAndWillImposeCostsAreWarnings() {
    Commitment ready = only(briefing("We stand ready to impose further restrictions on exports to the region."));
    assertThat(ready.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(ready.actors()).containsExactly("USA");
    Commitment prepared = only(briefing("We are prepared to take further measures against the smugglers."));
    assertThat(prepared.kind()).isEqualTo(CommitmentKind.READINESS);
    Commitment respond = only(briefing("We would be prepared to respond to any attack on the canal."));
    assertThat(respond.kind()).isEqualTo(CommitmentKind.WARNING);
    Commitment costs = only(briefing("We will impose severe costs if the blockade goes ahead."));
    assertThat(costs.kind()).isEqualTo(CommitmentKind.WARNING);
  }

  @Test
  void supportStandingWithAndSolidarityAreReadinessContinuingToStandWithAPledge() {
    Commitment stand = only(briefing("We stand with the people of Ukraine."));
    assertThat(stand.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(stand.actors()).containsExactly("USA");
    Commitment continues = only(briefing("We continue to stand with the people of Ukraine."));
    assertThat(continues.kind()).isEqualTo(CommitmentKind.PLEDGE);
    Commitment solidarity = only(us("Officials noted Japan's solidarity with the people of the islands."));
    assertThat(solidarity.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(solidarity.actors()).containsExactly("JPN");
    assertThat(us("Public support for the fisheries deal is falling.")).as("no possessor").isEmpty();
    assertThat(us("The leaders discussed U.S. support for a regional fisheries effort.")).as("a topic discussed")
        .isEmpty();
    assertThat(briefing("I am not sure where we stand with regard to the talks.")).isEmpty();
    String text = "The leaders of France, Germany and Italy released the following joint statement.\n\n"
        + "Our support for Ukraine is strong and unwavering.";
    List<Commitment> cs = analyze("Joint Statement on Ukraine", text, "US", "statements-releases", "released");
    Commitment ours = only(cs);
    assertThat(ours.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(ours.actors()).containsExactly("DEU", "FRA", "ITA");
  }

  // --- past readiness -----------------------------------------------------------------------------------------

  @Test
  void pastReadinessInASpeakersOwnWordsIsNothingReportedOrNarratedReadinessStays() {
    assertThat(briefing("In the last round Japan was willing to lift the duties, but the talks collapsed."))
        .as("a past state").isEmpty();
    assertThat(leader("In Istanbul the Ukrainians were ready to sign the draft.")).as("a past state").isEmpty();
    Commitment said = only(briefing("The President said that Japan was ready to lift the duties."));
    assertThat(said.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(said.actors()).containsExactly("JPN");
    Commitment narrated = only(us("Both sides were ready to continue the dialogue on fisheries."));
    assertThat(narrated.kind()).isEqualTo(CommitmentKind.READINESS);
  }
}

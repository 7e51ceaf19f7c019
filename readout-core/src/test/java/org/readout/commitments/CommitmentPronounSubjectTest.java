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
 * Pronouns as the party of an act in readouts: a subject "they" after a sentence that ends on other parties, a
 * possessive determiner that heads no subject, the possessive a cue carries. Hand-written sentences, never corpus
 * text.
 */
class CommitmentPronounSubjectTest {
  private static List<Commitment> call(String... sentences) {
    StatementMeta meta = new StatementMeta("t-ps", "Readout of President Biden's Call with Prime Minister Costa of "
        + "Portugal", LocalDate.of(2022, 7, 1), "p", "US", "statements-releases", "m", "", "", "");
    String text = "President Biden spoke today with Prime Minister Antonio Costa of Portugal. " + String.join(" ",
        sentences);
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc);
  }

  private static Commitment only(List<Commitment> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  @Test
  void theyAfterASentenceEndingOnOtherPartiesIsStillTheLeaders() {
    Commitment c = only(call("The leaders reviewed their recent contacts with Morocco and Algeria.",
        "They also discussed the fisheries talks with Morocco and reaffirmed their support for a negotiated settlement "
            + "of the maritime dispute."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("PRT", "USA");
  }

  @Test
  void aPossessiveDeterminerBeforeTheCueIsNoSubject() {
    Commitment c = call("President Biden conveyed his commitment to the security of Morocco, and its right to "
        + "defend its waters, and reaffirmed his support for Morocco's fishing communities.").stream()
        .filter(x -> x.kind() == CommitmentKind.READINESS).findFirst().orElseThrow();
    assertThat(c.actors()).containsExactly("USA");
  }

  private static List<Commitment> kremlinCall(String sentence) {
    StatementMeta meta = new StatementMeta("t-kc", "Telephone conversation with Prime Minister of Estonia Orvo Kallas",
        LocalDate.of(2022, 3, 2), "President of Russia", "RU", "news", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "Vladimir Putin had a telephone conversation with Prime Minister of Estonia Orvo Kallas. They discussed trade "
            + "across the border, taking into account Orvo Kallas's recent contacts. " + sentence, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> c.sentence() == 2).toList();
  }

  @Test
  void aNewsItemNarratingACallIsANarratedAccount() {
    // the counterpart's name, misspelt, is unknown to the dictionary; in a narrated account the coordinated subject is
    // both sides
    Commitment c = only(kremlinCall("Vladimir Putin and Orvo Kalas agreed to stay in touch."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("EST", "RUS");
  }

  @Test
  void confidenceThatAnotherWouldActIsABeliefNotAPledge() {
    assertThat(kremlinCall("Vladimir Putin expressed confidence that Orvo Kallas would continue to deepen the "
        + "partnership between the two countries.")).isEmpty();
  }

  @Test
  void aLeadersBareTitleJoinedToTheSubjectIsTheOtherSide() {
    StatementMeta meta = new StatementMeta("t-kt", "Telephone conversation with King of Norway Harald V",
        LocalDate.of(2022, 3, 2), "President of Russia", "RU", "news", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "Vladimir Putin had a telephone conversation with King of Norway Harald V. The President and the King agreed "
            + "to keep up their personal contacts.", "test"));
    Commitment c = only(TestEngines.commitments(doc));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("NOR", "RUS");
  }

  @Test
  void aPlaceBeforeACommaIsNoConjunctOfTheSubject() {
    Commitment c = only(kremlinCall("He noted that during the operation to protect Donbass, Russia intends to keep "
        + "its border crossings open."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("RUS");
  }

  @Test
  void anAdverbialAfterTheComplementizerHoldsNoSubject() {
    Commitment c = only(call("President Biden made clear that in the talks with Morocco, the United States remains "
        + "committed to a negotiated settlement."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void aParticipleOrTalkIsNoProposal() {
    assertThat(kremlinCall("Deputy Prime Minister Ivan Sorokin and Energy Minister Pavel Lind were also invited to "
        + "attend the meeting.")).isEmpty();
    assertThat(kremlinCall("He also offered some clarification concerning the new payment arrangements for gas.")).isEmpty();
    assertThat(kremlinCall("The leaders discussed the proposed changes to the border regime.")).isEmpty();
    Commitment c = only(kremlinCall("Vladimir Putin proposed establishing a direct dialogue on the border regime."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PROPOSAL);
    assertThat(c.actors()).containsExactly("RUS");
  }

  @Test
  void oneLeaderAgreeingInATwoPartyReadoutIsBothSidesAgreement() {
    Commitment c = only(call("The President thanked the Prime Minister for his efforts and agreed to remain in close "
        + "contact over the coming days."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("PRT", "USA");
  }

  private static List<Commitment> joint(String title, String text) {
    StatementMeta meta = new StatementMeta("t-js", title, LocalDate.of(2024, 7, 10), "p", "US", "statements-releases",
        "m", "", "", "");
    return TestEngines.commitments(TestEngines.RULES.analyze(Statement.of(meta, text, "test")));
  }

  @Test
  void aCompoundBeforeJointStatementNamesBothAuthors() {
    Commitment c = only(joint("U.S.-EU Joint Statement of the Fisheries Council",
        "The council met in Lisbon on Monday. We will continue to coordinate our catch limits."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("EU", "USA");
  }

  @Test
  void theBeneficiaryOfTheAuthorsCoalitionIsNoAuthor() {
    List<Commitment> cs = joint("Joint Statement on Aircraft for Morocco from U.S. President Joseph R. Biden, Dutch "
        + "Prime Minister Dick Schoof, and Danish Prime Minister Mette Frederiksen",
        "We, the co-leaders of the Aviation Coalition for Morocco, have been working to provide aircraft to Morocco. "
            + "We will continue to coordinate our deliveries.");
    Commitment c = only(cs.stream().filter(x -> x.sentence() == 1).toList());
    assertThat(c.actors()).containsExactly("DNK", "NLD", "USA");
  }

  @Test
  void anAliasInBracketsDoesNotEndACoordinatedSubject() {
    Commitment c = only(joint("Joint Statement on a Framework for a United States-Portugal Agreement on Fisheries",
        "The United States of America (United States, or U.S.) and the Portuguese Republic (Portugal) have agreed to "
            + "a Framework for an Agreement on Fisheries."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("PRT", "USA");
  }

  @Test
  void aPartyInALeadingPrepositionalPhraseIsNoListItem() {
    Commitment c = only(joint("Joint Statement by the United States and Portugal",
        "In the United Nations Security Council, the United States and Portugal will cooperate on peacekeeping."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("PRT", "USA");
  }
}

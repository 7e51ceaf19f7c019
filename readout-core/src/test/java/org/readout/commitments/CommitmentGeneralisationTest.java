package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.CommitmentErrorShapesTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes found on the fresh commitments development set (issue 9, second pass: {@code cm-*} in the gold
 * manifest), each on a hand-written sentence (never corpus text): shared views are no agreement, a
 * possessive coordinated act keeps its owner, impersonal passives belong to the reporting side, a
 * coordinated verb phrase takes its clause's subject, impersonal needs and passive obligations are demands.
 */
class CommitmentGeneralisationTest {
  private static final String LEAD_US = "President Biden spoke today with President Lula of Brazil. ";
  private static final String LEAD_RU = "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. ";


  private static List<Commitment> sentence1(String side, String text) {
    return org.readout.TestEngines.commitments(CommitmentErrorShapesTest.doc(side, "readout", text)).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  static List<Commitment> usOf(String sentence) {
    return sentence1("US", LEAD_US + sentence);
  }

  static List<Commitment> ruOf(String sentence) {
    return sentence1("RU", LEAD_RU + sentence);
  }

  // --- a shared assessment is no agreement to act ---------------------------------------------------

  @Test
  void agreeingThatSomethingIsSoIsAViewNotAnAgreement() {
    assertThat(usOf("The leaders agreed that the stability of the Balkans was essential to Europe's security."))
        .isEmpty();
    assertThat(usOf("The two leaders agreed on the critical importance of free and fair elections next spring."))
        .isEmpty();
  }

  @Test
  void agreeingThatSomethingWillBeDoneStaysAnAgreement() {
    Commitment c = only(usOf("The leaders agreed that their ministers would meet again before the summer."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("BRA", "USA");
  }

  // --- a possessive act coordinated with an earlier one keeps its owner -------------------------------

  @Test
  void aCoordinatedPossessiveCommitmentBelongsToTheFirstActsOwner() {
    List<Commitment> cs = ruOf("He reiterated Russia's firm support for the efforts of the Indian Government to "
        + "modernise its railways and its commitment to keep expanding the supply of fertilisers.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(cs.get(1).kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(cs.get(1).actors()).containsExactly("RUS");
    assertThat(cs.get(1).text()).startsWith("its commitment to keep");
  }

  @Test
  void theirCommitmentAfterACoordinatedSubjectIsAnAgreement() {
    Commitment c = only(usOf("The President and President Lula affirmed their commitment to expand "
        + "cooperation on water management."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("BRA", "USA");
  }

  @Test
  void theirCommitmentOfTheReadoutsTwoLeadersHoldsWhenTheSecondIsUnknownToTheDictionary() {
    List<Commitment> cs = org.readout.TestEngines.commitments(CommitmentErrorShapesTest.doc("US", "readout",
        "President Biden spoke today with Prime Minister Tala Vonu of Norway. The President and Prime Minister Vonu "
            + "affirmed their commitment to protect the ocean.")).stream().filter(c -> c.sentence() == 1).toList();
    Commitment c = only(cs);
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("NOR", "USA");
  }

  @Test
  void aPluralPossessiveInAOneLeaderSubjectStaysHis() {
    Commitment c = only(usOf("President Biden reaffirmed their commitment to the alliance."));
    assertThat(c.actors()).containsExactly("USA");
  }

  // --- impersonal passives are the reporting side's acts ---------------------------------------------

  @Test
  void aHopeExpressedInThePassiveIsTheReportingSidesHope() {
    Commitment c = only(ruOf("Hope was expressed that the new air route will open before the autumn."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(c.actors()).containsExactly("RUS");
  }

  @Test
  void aNeedEmphasisedInThePassiveIsTheReportingSidesDemand() {
    Commitment c = only(ruOf("The need for the authorities in Kabul to form an inclusive government was stressed."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("RUS");
  }

  @Test
  void aPassiveObligationInADecisionFrameIsTheDeciders() {
    Commitment c = only(usOf("They also resolved that the ceasefire in the region must be respected by all parties."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("BRA", "USA");
  }

  // --- a coordinated verb phrase takes its clause's subject -------------------------------------------

  @Test
  void anIntentionCoordinatedWithADescriptionTakesTheClausesSubject() {
    Commitment c = only(ruOf("It was noted that Russia and India are working together on these projects and "
        + "intend to continue doing so."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("IND", "RUS");
  }

  @Test
  void aPronounOpeningTheClauseIsTheSubjectOfACoordinatedReadiness() {
    Commitment c = only(ruOf("We wish our Indian partners success with their plans and are ready to assist them."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("RUS");
  }

  // --- what a modal cue may not open: ceremonies, a briefer's schedule and housekeeping, forecasts ------

  @Test
  void ceremoniesSchedulesAndBriefingHousekeepingAreNoPledges() {
    assertThat(usOf("The United States will celebrate the centenary of the treaty in the spring.")).isEmpty();
    assertThat(usOf("The President will be speaking to his economic plan at the factory on Friday.")).isEmpty();
    assertThat(usOf("We will be doing a full preview of the Pacific trip later in the week.")).isEmpty();
    assertThat(usOf("The President will be addressing the climate summit by video.")).isEmpty();
    assertThat(usOf("We are going to keep most of those diplomatic exchanges private.")).isEmpty();
    assertThat(usOf("We will check and see whether the list is final.")).isEmpty();
    assertThat(usOf("We will certainly be doing a formal preview of the trip next week.")).isEmpty();
    assertThat(usOf("The United States is not going to detail the options any further.")).isEmpty();
  }

  @Test
  void aCopularForecastAndACounterfactualAreNoPledges() {
    assertThat(usOf("Energy security will be high on the agenda when the President meets Brazil.")).isEmpty();
    assertThat(usOf("The United States would not have signed if the terms were different.")).isEmpty();
  }

  @Test
  void theFutureProgressiveOfAnActionStaysAPledge() {
    Commitment c = only(usOf("The United States will be providing additional vaccines to Brazil next month."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void aSpeakersDiscourseMoveAfterAnAdverbIsNoReadiness() {
    assertThat(usOf("We want to once again thank Brazil for its hospitality.")).isEmpty();
    assertThat(usOf("We want to make a point that Brazil has led on this.")).isEmpty();
  }

  // --- "we" in a turn is the speaker's government, also under the Kremlin's hover-card labels -----------

  @Test
  void weInAForeignLeadersTurnUnderAHoverCardLabelIsHisState() {
    String text = "President of Russia Vladimir Putin: Colleagues, we will keep working on the new bridge. Thank you. "
        + "President of Belarus Alexander Lukashenko Lukashenko AlexanderPresident of the Republic of Belarus: "
        + "Thank you, Mr President. We support the Russian proposal on the river corridor.";
    List<Commitment> cs = org.readout.TestEngines.commitments(CommitmentErrorShapesTest.doc("RU", "transcript", text));
    assertThat(cs).extracting(Commitment::kind, Commitment::actors).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CommitmentKind.PLEDGE, List.of("RUS")),
        org.assertj.core.groups.Tuple.tuple(CommitmentKind.READINESS, List.of("BLR")));
  }

  @Test
  void weHaveAgreedInOneSidesTurnBindsBothSides() {
    String text = "President of Russia Vladimir Putin: Colleagues, thank you. We have agreed to keep up the momentum in "
        + "trade with Belarus.";
    Commitment c = only(org.readout.TestEngines.commitments(CommitmentErrorShapesTest.doc("RU", "transcript", text)));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("BLR", "RUS");
  }
}

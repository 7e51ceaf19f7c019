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
 * The commitment errors of issue 9, each on a hand-written sentence of the same shape (never the quoted
 * sentence, never corpus text).
 */
class CommitmentErrorShapesTest {
  private static final String LEAD_US = "President Biden spoke today with President Putin of Russia. ";
  private static final String LEAD_RU = "Vladimir Putin had a telephone conversation with US President Joseph Biden. ";

  static AnalyzedStatement doc(String side, String kind, String text) {
    StatementMeta meta = new StatementMeta("e-" + side.toLowerCase(), "t", LocalDate.of(2030, 1, 1), "p", side, kind,
        "m", "", "", "");
    return TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
  }

  static List<Commitment> us(String sentence) {
    return TestEngines.commitments(doc("US", "readout", LEAD_US + sentence)).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  static List<Commitment> ru(String sentence) {
    return TestEngines.commitments(doc("RU", "readout", LEAD_RU + sentence)).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  static Commitment only(List<Commitment> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  // --- a negated pledge keeps its negation ---------------------------------------------------------

  @Test
  void noPlansToIsARefrainWhoseStatedActionIsNegative() {
    Commitment c = only(us("The United States has no plans to open a naval base on the island."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.refrain()).isTrue();
    assertThat(c.negated()).isFalse();
    assertThat(c.statedAction()).isEqualTo("not open a naval base on the island");
  }

  @Test
  void notGoingToIsARefrain() {
    Commitment c = only(us("The United States is not going to send combat troops into the region."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.refrain()).isTrue();
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void negationBeforeAStrongCueDeniesTheActButAfterItIsARefrain() {
    Commitment denied = only(us("President Biden has never promised to lift the tariffs."));
    assertThat(denied.negated()).isTrue();
    assertThat(denied.binding()).isFalse();
    Commitment refrain = only(ru("Russia pledged not to move its troops closer to the border."));
    assertThat(refrain.refrain()).isTrue();
    assertThat(refrain.negated()).isFalse();
  }

  // --- a conditional warning belongs to the side that issues it ---------------------------------------

  @Test
  void consequenceAfterAnInvertedConditionIsTheIssuersWarning() {
    Commitment c = only(us("Should Moscow press ahead, the cost to Russia and its neighbours will be devastating."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.condition()).isEqualTo("Should Moscow press ahead");
  }

  @Test
  void sufferingBroughtOnAVictimIsNotTheVictimsPledge() {
    Commitment c = only(us("An assault on Kyiv would inflict enormous suffering on Ukraine."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void aWarningReportedInAFrameBelongsToTheFramesSubject() {
    Commitment c = only(us("President Putin warned that if sanctions are imposed, the damage to Europe would be "
        + "severe."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("RUS");
    assertThat(c.condition()).isEqualTo("if sanctions are imposed");
  }

  // --- "we" in an official's turn is the official's government -------------------------------------------

  @Test
  void weInAUsOfficialsTurnIsTheUnitedStatesEvenInAKremlinTranscript() {
    String text = "Vladimir Putin: We will keep working on the grain deal.\n\n"
        + "MR. SULLIVAN: Thank you for the question. We remain committed to Moldova’s sovereignty and its borders.";
    List<Commitment> cs = TestEngines.commitments(doc("RU", "transcript", text));
    Commitment c = cs.stream().filter(x -> x.text().contains("Moldova")).findFirst().orElseThrow();
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }

  // --- no commitments: logistics, scheduling, past events, questions, moderators ------------------------

  @Test
  void logisticsAndSchedulingNoticesAreNoCommitments() {
    assertThat(doc("US", "press briefing", "MS. LANE: We’ll get you those figures after the briefing.")
        .require(org.readout.analysis.Layers.COMMITMENTS)).isEmpty();
    assertThat(us("The President will be welcomed by the Finnish Prime Minister on arrival.")).isEmpty();
    assertThat(us("The United States will have more details for you later this week.")).isEmpty();
  }

  @Test
  void aPastEventRecountedIsNoCommitment() {
    assertThat(ru("Back then, Russia and Ukraine had agreed to reopen the consulates.")).isEmpty();
  }

  @Test
  void aCueInsideAConditionCommitsNoOne() {
    assertThat(ru("If Russia promised anything, it was only to listen.")).isEmpty();
  }

  @Test
  void journalistsHypotheticalsAndModeratorLinesAreNoCommitments() {
    String text = "MS. LANE: Good afternoon.\n\n"
        + "Q Suppose the talks collapse and the United States will impose new tariffs on China.\n\n"
        + "Q If Beijing moves on the strait, will the United States defend it?\n\n"
        + "MODERATOR: We will now take questions from the press.\n\n"
        + "MS. LANE: The United States will defend its allies in the region.";
    List<Commitment> cs = TestEngines.commitments(doc("US", "press briefing", text));
    assertThat(cs).extracting(Commitment::text).containsExactly("The United States will defend its allies in the region");
  }

  // --- kinds: judgement warnings, impersonal demands ------------------------------------------------------

  @Test
  void aJudgementWithConsequencesIsAWarningNotAProposal() {
    Commitment c = only(ru("Vladimir Putin suggested that any deployment of such weapons would be a grave error "
        + "with serious consequences for bilateral ties."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("RUS");
  }

  @Test
  void anImpersonalNecessityIsTheSpeakersDemand() {
    Commitment c = only(ru("It is essential to secure binding guarantees on the withdrawal of foreign forces."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("RUS");
  }
}

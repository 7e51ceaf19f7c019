package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.testing.AnalysisAssertions;
import org.readout.TestEngines;
import org.readout.ReadoutConfig;
import org.readout.analysis.Layers;
import org.readout.topics.TopicHit;

/** Hand-written sentences for every kind, negation, conditions and near misses. */
class CommitmentExtractorTest {
  private static final String LEAD_US = "President Biden spoke today with President Putin of Russia. ";
  private static final String LEAD_RU = "Vladimir Putin had a telephone conversation with US President Joseph Biden. ";

  static AnalyzedStatement doc(String side, String text) {
    StatementMeta meta = new StatementMeta("t-" + side.toLowerCase(), "t", LocalDate.of(2030, 1, 1), "p", side,
        "readout", "m", "", "", "");
    return TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
  }

  /** Commitments of the sentence after the lead. */
  static List<Commitment> us(String sentence) {
    return TestEngines.commitments(doc("US", LEAD_US + sentence)).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  static List<Commitment> ru(String sentence) {
    return TestEngines.commitments(doc("RU", LEAD_RU + sentence)).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  static Commitment only(List<Commitment> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  @Test
  void agreementByBothLeadersBindsBothSides() {
    Commitment c = only(us("The two leaders agreed to resume talks on arms control."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("RUS", "USA");
    assertThat(c.action()).isEqualTo("resume talks on arms control");
    assertThat(c.binding()).isTrue();
  }

  @Test
  void passiveAgreementStandsForTheParticipants() {
    Commitment c = only(ru("It was agreed to continue consultations at the expert level."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("RUS", "USA");
    assertThat(c.reportedBy()).isEqualTo("RUS");
  }

  @Test
  void pledgeByOnePresidentCountsForHisState() {
    Commitment c = only(us("President Biden promised to send a delegation to Moscow next month."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.speakers()).containsExactly("Joseph R. Biden");
  }

  @Test
  void jointWillIsAnAgreement() {
    Commitment c = only(us("Russia and the United States will hold a new round of consultations in Geneva."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("RUS", "USA");
  }

  @Test
  void readiness() {
    Commitment c = only(ru("Russia remains prepared to extend the moratorium on deployments."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("RUS");
    assertThat(c.action()).isEqualTo("extend the moratorium on deployments");
  }

  @Test
  void hope() {
    Commitment c = only(ru("The presidents expressed hope that the dialogue would continue."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(c.actors()).containsExactly("RUS", "USA");
  }

  @Test
  void proposalIsAddressedToTheOtherSide() {
    Commitment c = only(ru("Vladimir Putin suggested holding the next round in Helsinki."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PROPOSAL);
    assertThat(c.actors()).containsExactly("RUS");
    assertThat(c.addressees()).containsExactly("USA");
  }

  @Test
  void demandNamesItsAddressee() {
    Commitment c = only(us("President Biden urged Russia to release the detained journalists."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.addressees()).containsExactly("RUS");
  }

  @Test
  void mustOnTheOtherSideIsADemandButMustOnAThingIsNot() {
    Commitment c = only(us("President Biden said that Russia must withdraw its troops from the border."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.addressees()).containsExactly("RUS");
    assertThat(us("This partnership must set an example for others.")).isEmpty();
  }

  @Test
  void conditionalWarning() {
    Commitment c = only(us("President Biden warned that the United States will impose severe costs if Russia "
        + "further invades Ukraine."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.condition()).isEqualTo("if Russia further invades Ukraine");
    assertThat(c.conditional()).isTrue();
  }

  @Test
  void conditionBeforeTheCue() {
    Commitment c = only(us("In the event of an attack, NATO would respond decisively."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("NATO");
    assertThat(c.condition()).isEqualTo("In the event of an attack");
    assertThat(c.action()).isEqualTo("respond decisively");
  }

  @Test
  void aWarningReportedByTheOtherSideStaysTheWarnersOwn() {
    Commitment c = only(ru("Joseph Biden warned of sanctions should Russia attack Ukraine."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.reportedBy()).isEqualTo("RUS");
    assertThat(c.condition()).isEqualTo("should Russia attack Ukraine");
  }

  @Test
  void didNotAgreeIsANegatedAgreement() {
    Commitment c = only(us("The two sides did not agree on a date for the next meeting."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.negated()).isTrue();
    assertThat(c.binding()).isFalse();
  }

  @Test
  void genericNegationBeforeACue() {
    Commitment c = only(us("President Biden has not proposed a new summit."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PROPOSAL);
    assertThat(c.negated()).isTrue();
    assertThat(only(us("President Biden did not call for new sanctions.")).negated()).isTrue();
  }

  @Test
  void noIntentionIsARefrainPledge() {
    Commitment c = only(ru("Russia has no intention of attacking anyone."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.refrain()).isTrue();
    assertThat(c.negated()).isFalse();
    assertThat(c.binding()).isTrue();
    assertThat(c.actors()).containsExactly("RUS");
    assertThat(c.action()).isEqualTo("attacking anyone");
  }

  @Test
  void willNotIsARefrainPledge() {
    Commitment c = only(us("The United States will not deploy offensive missiles in Ukraine."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.refrain()).isTrue();
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void coordinatedCuesShareTheirSubject() {
    List<Commitment> cs = us("President Biden reiterated his support for Ukraine and called for restraint.");
    assertThat(cs).extracting(Commitment::kind).containsExactly(CommitmentKind.READINESS, CommitmentKind.DEMAND);
    assertThat(cs).allSatisfy(c -> assertThat(c.actors()).containsExactly("USA"));
    assertThat(cs.get(1).text()).isEqualTo("called for restraint");
  }

  @Test
  void aNewSubjectAfterCommaAndStartsANewAct() {
    List<Commitment> cs = us("The two leaders tasked their teams to follow up, and the U.S. will consult its allies.");
    assertThat(cs).extracting(Commitment::kind).containsExactly(CommitmentKind.AGREEMENT, CommitmentKind.PLEDGE);
    assertThat(cs.get(1).actors()).containsExactly("USA");
    assertThat(cs.get(0).id()).endsWith("#1.1");
    assertThat(cs.get(1).id()).endsWith("#1.2");
  }

  @Test
  void weIsTheAuthorsSideOutsideJointStatements() {
    Commitment c = only(us("We will keep the sanctions in place."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(us("We must respond to these threats.")).as("an own obligation is no demand").isEmpty();
  }

  @Test
  void weInAJointStatementIsBothSides() {
    StatementMeta meta = new StatementMeta("j", "t", LocalDate.of(2030, 1, 1), "p", "US", "joint-statement", "m", "",
        "", "");
    AnalyzedStatement d = TestEngines.RULES.analyze(Statement.of(meta,
        "We, President Biden and President Putin of Russia, met in Vienna. We will resume the dialogue.", "test"));
    List<Commitment> cs = TestEngines.commitments(d);
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("RUS", "USA");
    });
  }

  @Test
  void aLeadingAdverbialIsNotTheSubject() {
    Commitment c = only(us("Regarding the crisis in Ukraine, the President reiterated his support for a diplomatic solution."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void aLeadingParticiplePhraseIsNotTheSubject() {
    Commitment c = only(us("Marking ten years since the partition of Cyprus, the President restated his support for a "
        + "negotiated settlement."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void questionsCommitNoOne() {
    assertThat(ru("Who can guarantee that Russia will not be attacked again?")).isEmpty();
    assertThat(ru("Do they think that we will just stand idly by?")).isEmpty();
  }

  @Test
  void nearMissesYieldNothing() {
    assertThat(us("They discussed the agreements reached in Geneva.")).isEmpty();
    assertThat(us("The talks will be constructive.")).isEmpty();
    assertThat(us("The summit, which will be held in June, was announced yesterday.")).isEmpty();
    assertThat(us("The leaders noted the importance of arms control.")).isEmpty();
    assertThat(ru("The conversation took place in a sincere and business-like atmosphere.")).isEmpty();
    assertThat(ru("The Minsk agreements were signed in 2015.")).isEmpty();
    assertThat(us("Russia continues to mass troops on the border.")).isEmpty();
    assertThat(ru("I am confident that Russia and Turkey will continue to cooperate.")).as("a belief").isEmpty();
    assertThat(ru("We will have to discuss the pandemic as well.")).isEmpty();
    assertThat(ru("Russia undertook construction projects on the island.")).isEmpty();
    assertThat(ru("Russia needs guaranteed long-term demand for new products.")).isEmpty();
    assertThat(only(us("President Biden assured Ukraine of the unwavering support of the United States.")).kind())
        .isEqualTo(CommitmentKind.PLEDGE);
  }

  @Test
  void evidencePointsIntoTheStatementText() {
    AnalyzedStatement d = doc("US", LEAD_US + "President Biden urged Russia to release the journalists. "
        + "The two leaders agreed to meet again.");
    List<Commitment> cs = TestEngines.commitments(d);
    assertThat(cs).hasSize(2);
    AnalysisAssertions.assertCommitments(d, cs);
  }

  @Test
  void topicsComeFromTheTopicsLayer() {
    AnalyzedStatement d = doc("US", LEAD_US + "President Biden urged Russia to release the journalists.");
    // topics come from the topics layer, whatever coded it: here a layer written by hand
    List<List<TopicHit>> topics = new java.util.ArrayList<>();
    for (Sentence s : d.sentences()) {
      topics.add(s.index() == 1 ? List.of(new TopicHit("human-rights", 1, s.start(), s.end(), "test", "", 1, 0),
          new TopicHit("detainees", 1, s.start(), s.end(), "test", "", 1, 0)) : List.of());
    }
    List<Commitment> cs = ReadoutConfig.defaults().commitmentExtractor().extract(
        TestEngines.RULES.complete(d).with(Layers.TOPICS, topics));
    assertThat(cs).singleElement().satisfies(c -> assertThat(c.topics()).containsExactly("detainees", "human-rights"));
  }

  @Test
  void firmnessOrdersTheCommissiveKinds() {
    assertThat(CommitmentKind.AGREEMENT.firmness()).isGreaterThan(CommitmentKind.PLEDGE.firmness());
    assertThat(CommitmentKind.PLEDGE.firmness()).isGreaterThan(CommitmentKind.READINESS.firmness());
    assertThat(CommitmentKind.READINESS.firmness()).isGreaterThan(CommitmentKind.HOPE.firmness());
    assertThat(CommitmentKind.HOPE.commissive()).isTrue();
    assertThat(CommitmentKind.WARNING.commissive()).isFalse();
  }

  @Test
  void complianceScores() {
    assertThat(Status.FULFILLED.compliance()).contains(1);
    assertThat(Status.IN_PROGRESS.compliance()).contains(0);
    assertThat(Status.BROKEN.compliance()).contains(-1);
    assertThat(Status.SUPERSEDED.compliance()).isEmpty();
    assertThat(Status.parse("In_Progress")).contains(Status.IN_PROGRESS);
  }
}

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

/** Hand-written shapes: nominal acts, obligation modals by subject role, joint statements' signatories. */
class CommitmentNominalAndObligationTest {

  @Test
  void aNominalCommitmentBelongsToItsPossessor() {
    Commitment c = only(us("The talks showed Russia's firm commitment to a ceasefire along the river."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("RUS");
    Commitment r = only(us("Officials noted our willingness to resume the fisheries talks."));
    assertThat(r.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(r.actors()).containsExactly("USA");
    assertThat(us("A commitment to the new fisheries rules was discussed at length.")).as("no possessor").isEmpty();
    assertThat(us("Observers have seen great determination to finish the canal.")).as("a verb, not a possessor")
        .isEmpty();
  }

  @Test
  void weMustAndWeNeedToBindTheSpeakersOwnState() {
    Commitment p = only(us("We must deliver the grain shipments before the winter."));
    assertThat(p.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(p.actors()).containsExactly("USA");
    // GUIDELINES, reconciled conventions (own necessity): "we need to" of the speaker's own state is its pledge
    Commitment d = only(us("We need to secure the shipping lanes with our partners."));
    assertThat(d.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(d.actors()).containsExactly("USA");
    assertThat(us("We have to remember that the weather is harsh there.")).as("a stance").isEmpty();
    assertThat(us("He needs to — well, he needs to.")).as("a false start").isEmpty();
  }

  @Test
  void anObligationOnAnotherPartyIsTheVoicesDemand() {
    Commitment c = only(us("Moscow needs to pull its ships back from the strait."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.addressees()).containsExactly("RUS");
    assertThat(us("Everyone keeps saying: the United States must lead.")).as("the voice as its own third person")
        .isEmpty();
  }

  @Test
  void wantToSeeIsAHopeWantToActIsAReadinessDiscourseMovesAreNothing() {
    Commitment h = only(us("We want to see calm return to the border towns."));
    assertThat(h.kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(h.actors()).containsExactly("USA");
    Commitment r = only(us("We do want to expand trade with the region."));
    assertThat(r.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(r.actors()).containsExactly("USA");
    assertThat(us("I want to thank everyone for joining the call.")).isEmpty();
    assertThat(us("I want to be clear about the schedule.")).isEmpty();
  }

  @Test
  void theSpeakerManagingHisAnswerIsNoPledge() {
    assertThat(us("I will try to keep it brief this time.")).isEmpty();
    assertThat(us("We will find it easier to talk over dinner.")).isEmpty();
    assertThat(only(us("We will try to rebuild the bridge by spring.")).kind()).isEqualTo(CommitmentKind.PLEDGE);
  }

  @Test
  void weInAJointStatementIsEverySignatoryButThePartyActedUpon() {
    StatementMeta meta = new StatementMeta("j3", "Joint Statement on Grain Corridors", LocalDate.of(2030, 1, 1), "p",
        "US", "statements-releases", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "The leaders of France, Germany, Ukraine and the United States issued the following statement. "
            + "We will remain united in defending free navigation. "
            + "We are committed to providing Ukraine with new patrol boats.", "test"));
    List<Commitment> cs = TestEngines.commitments(doc);
    assertThat(cs).filteredOn(c -> c.sentence() == 1).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("DEU", "FRA", "UKR", "USA");
    });
    assertThat(cs).filteredOn(c -> c.sentence() == 2).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("DEU", "FRA", "USA");
    });
  }

  @Test
  void aJointStatementsTitleMayListItsSignatories() {
    StatementMeta meta = new StatementMeta("j4", "A Joint Statement from the Governments of Canada, Japan, Norway and the "
        + "United States", LocalDate.of(2030, 1, 1), "p", "US", "statements-releases", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "Attacks on merchant ships in the strait must end. "
            + "We are determined to hold those responsible to account.", "test"));
    assertThat(TestEngines.commitments(doc)).filteredOn(c -> c.sentence() == 1).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("CAN", "JPN", "NOR", "USA");
    });
    // a title naming two parties yields to an opening that lists them with more signatories
    StatementMeta two = new StatementMeta("j5", "Joint Statement of Canada and the United States", LocalDate.of(2030, 1, 1),
        "p", "US", "statements-releases", "m", "", "", "");
    AnalyzedStatement doc2 = TestEngines.RULES.analyze(Statement.of(two,
        "The leaders of Canada, Japan, Norway and the United States met today. We will keep the strait open.", "test"));
    assertThat(TestEngines.commitments(doc2)).filteredOn(c -> c.sentence() == 1).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("CAN", "JPN", "NOR", "USA"));
  }

  @Test
  void aLeadersStatementIsAJointStatement() {
    StatementMeta meta = new StatementMeta("j6", "G7 Leaders’ Statement on the Strait", LocalDate.of(2030, 1, 1), "p",
        "US", "statements-releases", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "We, the Leaders of the Group of Seven (G7), met today. We will keep the strait open to all ships.", "test"));
    assertThat(TestEngines.commitments(doc)).filteredOn(c -> c.sentence() == 1).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).contains("G7");
    });
    StatementMeta plain = new StatementMeta("j7", "Statement from the Press Secretary on the Strait",
        LocalDate.of(2030, 1, 1), "p", "US", "statements-releases", "m", "", "", "");
    AnalyzedStatement doc2 = TestEngines.RULES.analyze(Statement.of(plain,
        "The G7 leaders met today. We will keep the strait open to all ships.", "test"));
    assertThat(TestEngines.commitments(doc2)).filteredOn(c -> c.sentence() == 1).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("USA"));
  }

  @Test
  void unnamedPartnersBesideANamedSubjectAndWeCallForInThePresent() {
    Commitment p = only(us("The United States and its partners intend to send more field hospitals to the region."));
    assertThat(p.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(p.actors()).containsExactly("USA"); // only named parties are actors
    Commitment d = only(us("We call for the immediate release of the detained sailors."));
    assertThat(d.kind()).isEqualTo(CommitmentKind.DEMAND);
    assertThat(d.actors()).containsExactly("USA");
    assertThat(us("The call on Tuesday lasted an hour.")).as("the noun").isEmpty();
    Commitment later = only(us("The President will urge donors to double their pledges for the clinics."));
    assertThat(later.kind()).as("a demand announced for later").isEqualTo(CommitmentKind.DEMAND);
    assertThat(later.actors()).containsExactly("USA");
  }

  @Test
  void warningsAndAnnouncementsOfSeveralShapes() {
    Commitment w = only(us("The smugglers will bear full responsibility for the consequences."));
    assertThat(w.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(w.actors()).containsExactly("USA");
    Commitment u = only(us("These raids on fishing boats are reckless, unacceptable and must stop."));
    assertThat(u.kind()).isEqualTo(CommitmentKind.WARNING);
    Commitment a = only(us("The President announced new funding for rural clinics."));
    assertThat(a.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(a.actors()).containsExactly("USA");
    assertThat(us("There will be announcements on the clinics later this week.")).as("a preview").isEmpty();
    Commitment e = only(us("We each intend to tighten our export controls."));
    assertThat(e.kind()).isEqualTo(CommitmentKind.PLEDGE);
  }

  @Test
  void aJointStatementsOwnWarningIsItsSignatories() {
    StatementMeta meta = new StatementMeta("j8", "Joint Statement on Shipping", LocalDate.of(2030, 1, 1), "p",
        "US", "statements-releases", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "The governments of Canada, Japan, Norway and the United States issued the following statement. "
            + "The raids on merchant ships are reckless and unacceptable.", "test"));
    assertThat(TestEngines.commitments(doc)).filteredOn(c -> c.sentence() == 1).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
      assertThat(c.actors()).containsExactly("CAN", "JPN", "NOR", "USA");
    });
  }

  @Test
  void commitToInThePresentAndBeingDeterminedToArePledges() {
    Commitment c = only(us("We commit to supporting the river commission's work."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
    Commitment s = only(us("The United States commits itself to funding the new clinics."));
    assertThat(s.kind()).isEqualTo(CommitmentKind.PLEDGE);
    Commitment d = only(us("We are firmly determined to hold the smugglers accountable."));
    assertThat(d.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(d.actors()).containsExactly("USA");
    assertThat(us("The engineers made a determined effort to finish the canal.")).as("an adjective").isEmpty();
    assertThat(us("The question was resolved to everyone's satisfaction.")).as("no copula before resolved").isEmpty();
  }
}


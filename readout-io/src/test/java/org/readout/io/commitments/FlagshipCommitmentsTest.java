package org.readout.io.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.CommitmentPairs;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.SharedCorpus;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;

/** The must-shows of issue 4 on the flagship readouts of the 7 December 2021 video call. */
class FlagshipCommitmentsTest {
  static final List<Commitment> US = new ArrayList<>();
  static final List<Commitment> RU = new ArrayList<>();
  static AnalyzedStatement ruDoc;

  @BeforeAll
  static void extract() {
    Readout readout = TestEngines.RULES;
    US.addAll(TestEngines.commitments(readout.analyze(Ingest.read(SharedCorpus.flagship("us-readout.md")).get(0))));
    ruDoc = readout.analyze(Ingest.read(SharedCorpus.flagship("ru-meeting-with-us-president.md")).get(0));
    RU.addAll(TestEngines.commitments(ruDoc));
  }

  static Commitment find(List<Commitment> cs, String phrase, CommitmentKind kind) {
    String p = phrase.toLowerCase(Locale.ROOT);
    return cs.stream().filter(c -> c.kind() == kind && (c.text() + " " + c.action()).toLowerCase(Locale.ROOT).contains(p))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " with '" + phrase + "' in " + cs));
  }

  @Test
  void usWarningIsConditionedOnMilitaryEscalation() {
    Commitment c = find(US, "would respond with strong economic", CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.addressees()).containsExactly("RUS");
    assertThat(c.condition()).isEqualTo("in the event of military escalation");
    assertThat(c.action()).startsWith("respond with strong economic and other measures");
    assertThat(c.speakers()).containsExactly("Joseph R. Biden");
    assertThat(c.reportedBy()).isEqualTo("USA");
  }

  @Test
  void usDemandsDeEscalation() {
    Commitment c = find(US, "called for de-escalation", CommitmentKind.DEMAND);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.action()).isEqualTo("de-escalation and a return to diplomacy");
  }

  @Test
  void teamsFollowUpIsAnAgreementOfBoth() {
    Commitment c = find(US, "tasked their teams to follow up", CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("RUS", "USA");
  }

  @Test
  void usPledgesCoordinationWithAllies() {
    Commitment c = find(US, "close coordination with allies", CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.text()).startsWith("the U.S. will do so");
  }

  @Test
  void russianReadoutAgreementToInstructRepresentatives() {
    Commitment c = find(RU, "instruct their representatives", CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("RUS", "USA");
    assertThat(c.reportedBy()).isEqualTo("RUS");
  }

  @Test
  void readinessOnCybercrimeHopeOnVienna() {
    Commitment r = find(RU, "readiness to continue working together", CommitmentKind.READINESS);
    assertThat(r.actors()).containsExactly("RUS", "USA");
    assertThat(r.action()).contains("cybercrime");
    Commitment h = find(RU, "expressed hope", CommitmentKind.HOPE);
    assertThat(h.actors()).containsExactly("RUS", "USA");
    assertThat(h.action()).contains("Vienna");
    assertThat(CommitmentKind.READINESS.firmness()).isLessThan(CommitmentKind.AGREEMENT.firmness());
  }

  @Test
  void russianProposalAndDemand() {
    Commitment p = find(RU, "resetting all the existing restrictions", CommitmentKind.PROPOSAL);
    assertThat(p.actors()).containsExactly("RUS");
    assertThat(p.addressees()).containsExactly("USA");
    Commitment d = find(RU, "legally binding guaranties", CommitmentKind.DEMAND);
    assertThat(d.actors()).containsExactly("RUS");
  }

  @Test
  void usSanctionsWarningReportedByRussia() {
    Commitment c = find(RU, "sanctions the United States and its allies would be ready to impose", CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.reportedBy()).isEqualTo("RUS");
    assertThat(c.speakers()).containsExactly("Joseph R. Biden");
    assertThat(c.condition()).isEqualTo("should the situation escalate any further");
    assertThat(RU).noneMatch(x -> x.kind() == CommitmentKind.READINESS && x.text().contains("would be ready to impose"));
  }

  @Test
  void descriptiveSentencesYieldNothing() {
    for (String phrase : List.of("They discussed the developments around the Joint Comprehensive Plan",
        "sincere and business-like atmosphere", "noted the importance of ensuring", "two countries were allies")) {
      assertThat(RU).as(phrase).noneMatch(c -> c.text().contains(phrase));
      assertThat(ruDoc.text()).contains(phrase);
    }
  }

  @Test
  void theTeamsAgreementIsPairedWithTheRepresentativesAgreement() {
    List<CommitmentPairs.Pair> pairs = new CommitmentPairs(ReadoutConfig.defaults().trackingLexicon(), ReadoutConfig.defaults().embedder().orElseThrow()).pair(US, RU);
    CommitmentPairs.Pair p = pairs.stream().filter(x -> x.a().kind() == CommitmentKind.AGREEMENT).findFirst().orElseThrow();
    assertThat(p.a().text()).contains("tasked their teams to follow up");
    assertThat(p.b().text()).contains("instruct their representatives");
    assertThat(pairs).noneMatch(x -> x.a().kind() != x.b().kind());
  }

  @Test
  void everyCommitmentPointsIntoItsSentence() {
    for (Commitment c : RU) {
      var s = ruDoc.sentences().get(c.sentence());
      assertThat(c.start()).isBetween(s.start(), s.end());
      assertThat(c.end()).isBetween(c.start(), s.end());
      assertThat(ruDoc.text().substring(c.start(), c.end())).isEqualTo(c.text());
    }
  }
}

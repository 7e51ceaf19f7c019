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
 * Who owns a nominal act inside what another party is credited for ("thanked X for its support for …",
 * "expressed appreciation for X's cooperation …, including its commitment to …"): the credited party, not the one who
 * thanks nor the nearest state before the pronoun; and "seek to" as readiness (GUIDELINES, cases of cm9 and cm10).
 * Hand-written sentences of the shapes met in call readouts and joint statements, never corpus text.
 */
class CommitmentCreditedPartyTest {
  private static final String LEAD = "President Biden spoke today with the Prime Minister of Portugal. ";

  private static List<Commitment> readout(String sentence) {
    StatementMeta meta = new StatementMeta("t-credit", "Readout of President Biden's Call with the Prime Minister of "
        + "Portugal", LocalDate.of(2022, 6, 1), "p", "US", "readout", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, LEAD + sentence, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> c.sentence() == 1).toList();
  }

  private static Commitment only(List<Commitment> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  @Test
  void supportCreditedToAnotherPartyIsThatPartysReadiness() {
    Commitment c = only(readout("President Biden expressed appreciation for Portugal's steady support for the "
        + "maritime patrol mission."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("PRT");
  }

  @Test
  void theSubjectsOwnSupportForAnotherPartysPlanStaysTheSubjects() {
    Commitment c = only(readout("President Biden expressed strong support for Portugal's bid to host the fisheries "
        + "summit."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void aPronounInsideTheCreditedContributionIsTheCreditedParty() {
    Commitment c = only(readout("President Biden expressed appreciation for Portugal's close cooperation on Morocco's "
        + "new port, including its support for the regional fisheries accord."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("PRT");
  }

  @Test
  void partiesThankedForTheirCommitmentEachPledge() {
    Commitment c = only(readout("President Biden thanked Chile, Peru and Portugal for their commitment to the "
        + "fisheries accord."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("CHL", "PER", "PRT");
  }

  @Test
  void anUnnamedPartyThankedCommitsNobody() {
    assertThat(readout("President Biden thanked the volunteers of the relief convoy for their commitment to the "
        + "flood victims.")).isEmpty();
  }

  @Test
  void aNewVerbAfterTheThanksIsTheSubjectsOwnAct() {
    Commitment c = only(readout("President Biden thanked the Prime Minister for the warm welcome and reaffirmed his "
        + "commitment to the fisheries accord."));
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void seekingToPartnerIsReadiness() {
    StatementMeta meta = new StatementMeta("t-seek", "Joint Statement from Japan, Australia and the United States on "
        + "Maritime Safety", LocalDate.of(2022, 6, 1), "p", "US", "statement", "m", "", "", "");
    String text = "Officials of Japan, Australia and the United States met in Canberra on May 1. "
        + "We seek to partner with regional organizations on search and rescue.";
    List<Commitment> cs = TestEngines.commitments(TestEngines.RULES.analyze(Statement.of(meta, text, "test")))
        .stream().filter(c -> c.sentence() == 1).toList();
    Commitment c = only(cs);
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("AUS", "JPN", "USA");
  }
}

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
 * Who acts, and whether anyone does, in readouts and two-party joint statements: a subject naming both sides, an
 * agreement on a judgement of the past, monitoring and participles that look like cues. Hand-written sentences of the
 * shapes met in bulk readouts outside every gold set, never corpus text.
 */
class CommitmentReadoutActorsTest {
  private static List<Commitment> extract(String title, String kind, String text) {
    StatementMeta meta = new StatementMeta("t-ra", title, LocalDate.of(2022, 7, 1), "p", "US", kind, "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc);
  }

  private static List<Commitment> bilateral(String sentence) {
    return extract("Joint Statement on United States-Portugal Meeting", "statement",
        "Representatives of the United States and Portugal met in Lisbon on June 30. " + sentence).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  private static Commitment only(List<Commitment> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  @Test
  void aSubjectNamingBothSidesKeepsBothWhenOneIsNamedInTheAction() {
    Commitment c = only(bilateral("Both sides reiterated their readiness to keep working together on a settlement "
        + "that protects Portugal's fisheries."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS);
    assertThat(c.actors()).containsExactly("PRT", "USA");
  }

  private static List<Commitment> call(String sentence) {
    return extract("Readout of President Biden's Call with the Prime Minister of Portugal", "readout",
        "President Biden spoke today with the Prime Minister of Portugal. " + sentence).stream()
        .filter(c -> c.sentence() == 1).toList();
  }

  @Test
  void aCounterpartNamedInTheTitleOnlyIsAParty() {
    // a call item whose text says only "the presidents": the title names the other party
    StatementMeta meta = new StatementMeta("t-ti", "Telephone conversation with President of Finland Sauli Niinisto",
        LocalDate.of(2022, 3, 2), "President of Russia", "RU", "news", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "The presidents discussed the situation in the Baltic region. It was agreed to maintain personal contact.",
        "test"));
    Commitment c = only(TestEngines.commitments(doc));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("FIN", "RUS");
  }

  @Test
  void anAgreementOnHowTheTalksWentIsAViewNotAnAct() {
    assertThat(bilateral("Both sides agreed the consultations were highly useful.")).isEmpty();
    assertThat(call("The leaders agreed that the storm damage underscored the urgency of finishing the sea wall."))
        .isEmpty();
    Commitment act = only(call("The leaders agreed that their teams would meet again in the autumn."));
    assertThat(act.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(act.actors()).containsExactly("PRT", "USA");
  }

  @Test
  void aCommitmentOneIsGratefulForIsTheOtherPartys() {
    Commitment c = only(bilateral("The Portuguese delegation reaffirmed its gratitude for the steady commitment of "
        + "the United States to the harbour project."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }

  @Test
  void followingEventsCloselyIsMonitoringNotAPledge() {
    assertThat(call("President Biden said he would be following the planned rallies in Lisbon closely.")).isEmpty();
    assertThat(call("President Biden said the United States will follow the election count very closely.")).isEmpty();
    Commitment up = only(call("President Biden said the United States will be following up on the port agreement."));
    assertThat(up.kind()).isEqualTo(CommitmentKind.PLEDGE);
  }

  @Test
  void aSharedCommitmentOfTwoNamedPartiesIsTheirAgreement() {
    Commitment c = only(call("The leaders highlighted the shared commitment of the United States and the African Union "
        + "to advance food security."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.actors()).containsExactly("AU", "USA");
    assertThat(call("The leaders welcomed a commitment of new funds to the harbour project.")).isEmpty();
    Commitment one = only(call("The President noted a firm commitment on the part of Portugal and President Biden's "
        + "wish to widen the harbour."));
    assertThat(one.actors()).containsExactly("PRT");
  }
}

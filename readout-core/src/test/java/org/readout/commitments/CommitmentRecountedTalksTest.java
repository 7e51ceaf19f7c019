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
 * At a news conference with one guest a leader recounts his talks with another party: "we agreed" there binds his side
 * and that party, not the guest ({@link TalksCounterpart}). Hand-written sentences, never corpus text.
 */
class CommitmentRecountedTalksTest {
  private static List<Commitment> conference(String... sentences) {
    String text = "President of Russia Vladimir Putin: Prime Minister Orban and I held talks on trade and energy today. "
        + "We agreed to expand the supply of grain to Hungary. " + String.join(" ", sentences);
    StatementMeta meta = new StatementMeta("t-rt", "News conference following talks with Prime Minister of Hungary "
        + "Viktor Orban", LocalDate.of(2030, 3, 1), "p", "RU", "transcript", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> c.kind() == CommitmentKind.AGREEMENT).toList();
  }

  @Test
  void weAgreedAfterRecountingACallWithAnotherLeaderBindsThatLeadersState() {
    List<Commitment> cs = conference("As for my conversation with the President of France yesterday, we spoke in "
        + "detail about the security of Europe.", "We agreed to set up a working group on these matters.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).actors()).containsExactly("HUN", "RUS");
    assertThat(cs.get(1).actors()).containsExactly("FRA", "RUS");
  }

  @Test
  void withoutARecountedCallWeAgreedBindsTheGuest() {
    List<Commitment> cs = conference("We spoke in detail about the security of Europe.",
        "We agreed to set up a working group on these matters.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(1).actors()).containsExactly("HUN", "RUS");
  }
}

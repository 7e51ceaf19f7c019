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
}

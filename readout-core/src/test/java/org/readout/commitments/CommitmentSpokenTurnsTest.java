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
 * Spoken turns (issue 9): the moves of a briefer's or leader's answer that commit no one although a cue appears in
 * them — a false start broken off by a dash, another voice quoted without a speaker, talk about the talk kept up over
 * time, a look forward to the speaker's own schedule. Hand-written sentences, never corpus text.
 */
class CommitmentSpokenTurnsTest {
  /** A White House background call: one official's answer after a question. */
  private static List<Commitment> official(String... sentences) {
    String text = "Q    Will the administration change course on Ruritania?\n\nSENIOR ADMINISTRATION OFFICIAL:  "
        + "Thanks for the question.  " + String.join("  ", sentences);
    StatementMeta meta = new StatementMeta("t-sp", "t", LocalDate.of(2030, 3, 1), "p", "US", "briefing", "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> !c.text().contains("Thanks for the question")).toList();
  }

  // --- false starts ------------------------------------------------------------------------------------

  @Test
  void aModalBrokenOffByADashAndANewSubjectIsNoPledge() {
    assertThat(official("So I think we will — we are trying to keep the border crossings open.")).isEmpty();
    assertThat(official("We’re going to — they have asked us about the schedule, and it is not settled.")).isEmpty();
  }

  @Test
  void theRestartedClauseKeepsItsOwnCue() {
    List<Commitment> cs = official("We will — we’ll send another shipment of generators to Ruritania next month.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(cs.get(0).actors()).containsExactly("USA");
    assertThat(cs.get(0).text()).contains("send another shipment");
  }

  @Test
  void aParenthesisBetweenDashesKeepsThePledge() {
    List<Commitment> cs = official("We will — they have asked us for this — send more generators to Ruritania.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  // --- quoted voices ---------------------------------------------------------------------------------

  @Test
  void aGenericVoiceQuotedWithoutASpeakerCommitsNoOne() {
    assertThat(official("In every negotiation somebody stands up and says: “We will never sign this, and we will "
        + "always hold out for more.”  That rarely lasts.")).isEmpty();
    // the advice itself may count; the quoted "we will win" is nobody's pledge
    assertThat(official("We should not tell people “we will win this in a month”, because nobody knows that."))
        .noneMatch(c -> c.kind() == CommitmentKind.PLEDGE);
  }

  @Test
  void theOfficialsOwnWordsAroundAQuotationStillCommit() {
    List<Commitment> cs = official("People keep asking “what next”, and we will keep sending generators to Ruritania.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  @Test
  void aQuotationTheSpeakerCreditsToHimselfWithoutAReportIsStillAnotherVoice() {
    assertThat(official("Leaders like two words, and I will say this.  “We will never give in, and we will always "
        + "demand more.”  That rarely survives the talks.")).noneMatch(c -> c.kind() == CommitmentKind.PLEDGE);
  }

  @Test
  void theSpeakersReportOfHisOwnWordsKeepsTheAct() {
    List<Commitment> cs = official("I told the minister: “We will keep sending generators to Ruritania.”");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  // --- the speaker's own schedule ---------------------------------------------------------------------

  @Test
  void lookingForwardToOnesOwnAppearanceOrToAProFormIsNoHope() {
    assertThat(official("The Secretary is really looking forward to her speech at the academy on Friday.")).isEmpty();
    assertThat(official("She has been asked to visit the fair, and she is looking forward to do that.")).isEmpty();
    assertThat(official("He is looking forward to starting his Asia tour with a stop at the shipyard.")).isEmpty();
  }

  @Test
  void lookingForwardToAnOutcomeStaysAHope() {
    List<Commitment> cs = official("We look forward to a swift return of the detained sailors to Ruritania.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.HOPE);
    assertThat(cs.get(0).actors()).containsExactly("USA");
  }

  // --- whose "we" a turn speaks --------------------------------------------------------------------------

  private static List<Commitment> kremlin(String title, String text) {
    StatementMeta meta = new StatementMeta("t-kr", title, LocalDate.of(2030, 3, 1), "p", "RU", "news", "m", "", "", "");
    return TestEngines.commitments(TestEngines.RULES.analyze(Statement.of(meta, text, "test")));
  }

  @Test
  void aDomesticOfficialTheTitleNamesSpeaksForHisOwnSideNotTheForeignStateTheTextNames() {
    List<Commitment> cs = kremlin("Meeting with Chairman of the Bridges Company Ivan Zarubkin",
        "President of Russia Vladimir Putin: Mr Zarubkin, how are the bridges?\n\n"
            + "Chairman of the Management Board of the Bridges Company Ivan Zarubkin: Mr President, "
            + "the United States stopped selling us cables, and so did Japan. "
            + "We will finish the northern bridge by the autumn.");
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
      assertThat(c.actors()).containsExactly("RUS");
    });
  }

  @Test
  void aForeignGuestTheTitleNamesWithHisStateSpeaksForThatState() {
    List<Commitment> cs = kremlin("Talks with Prime Minister of Greece Nikos Pavlakidis",
        "President of Russia Vladimir Putin: Mr Prime Minister, welcome. Greece is an old partner."
            + "\n\nPrime Minister of Greece Nikos Pavlakidis: Thank you. We will open a new consulate in Kazan next year.");
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
      assertThat(c.actors()).containsExactly("GRC");
    });
  }
}

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
 * Settings in which a cue names no commitment (issue 9, item 4), each on hand-written sentences (never
 * corpus text): an act without an action, the hypothetical "would" in a speaker's own words, a hope about
 * how others will receive something, an activity in the progressive, a past episode recounted in a
 * transcript turn; and an agreement voiced by "we" binding both sides of the meeting.
 */
class CommitmentDiscourseTest {
  /** A press conference: one official's turn after a meeting with the other side. */
  private static List<Commitment> turn(String... sentences) {
    String text = "MR. IVANOV: Good evening. I have just had a long conversation with President Biden. "
        + String.join(" ", sentences);
    StatementMeta meta = new StatementMeta("t-pc", "t", LocalDate.of(2030, 3, 1), "p", "RU", "transcript", "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> c.sentence() >= 2).toList();
  }

  private static List<Commitment> briefing(String... sentences) {
    String text = "MS. MORGAN: Good afternoon. The President spoke with President Putin of Russia this morning. "
        + String.join(" ", sentences);
    StatementMeta meta = new StatementMeta("t-br", "t", LocalDate.of(2030, 3, 1), "p", "US", "briefing", "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc).stream().filter(c -> c.sentence() >= 2).toList();
  }

  // --- an act needs an action -----------------------------------------------------------------------

  @Test
  void aBareAgreementWithNothingAgreedIsNoAct() {
    assertThat(turn("That is how it went, we agreed.")).isEmpty();
    assertThat(turn("We agreed.")).isEmpty();
  }

  // --- "we agreed" in one side's words binds both sides ----------------------------------------------

  @Test
  void weAgreedInOneSidesTurnIsAnAgreementOfBothSides() {
    List<Commitment> cs = turn("We agreed to resume consultations on strategic stability in the spring.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(cs.get(0).actors()).containsExactly("RUS", "USA");
  }

  @Test
  void theTwoLeadersAgreedStaysAnAgreementWhenTheCounterpartIsNotNamed() {
    StatementMeta meta = new StatementMeta("t-ro", "Readout", LocalDate.of(2030, 3, 1), "p", "US", "readout", "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "The two leaders agreed to continue talks on the pipeline next month.", "test"));
    List<Commitment> cs = TestEngines.commitments(doc);
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).kind()).isEqualTo(CommitmentKind.AGREEMENT);
  }

  // --- the hypothetical "would" -----------------------------------------------------------------------

  @Test
  void wouldInASpeakersOwnWordsIsHypotheticalNotAPledge() {
    assertThat(briefing("That is not a label the President would choose for these talks.")).isEmpty();
    assertThat(briefing("It is exactly the sort of question the President would ask his own advisers.")).isEmpty();
  }

  @Test
  void wouldUnderAReportingFrameIsStillThePledgeItReports() {
    List<Commitment> cs = briefing("The President told him the United States would keep sending ammunition to Kyiv.");
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
      assertThat(c.actors()).containsExactly("USA");
    });
  }

  // --- hopes about reception are not hopes about outcomes --------------------------------------------

  @Test
  void aHopeAboutHowOthersWillJudgeSomethingIsNoHope() {
    assertThat(turn("I hope our colleagues will accept these explanations.")).isEmpty();
    assertThat(turn("I hope that this is how the other side sees our proposals too.")).isEmpty();
  }

  @Test
  void aHopeAboutAnOutcomeStaysAHope() {
    List<Commitment> cs = turn("We hope to resume the dialogue on cyber security next month.");
    assertThat(cs).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(CommitmentKind.HOPE));
  }

  // --- an activity in the progressive -------------------------------------------------------------------

  @Test
  void anActivityGoingOnIsNotAnAct() {
    assertThat(briefing("We have been warning for many weeks about the buildup along the border.")).isEmpty();
  }

  @Test
  void theActItselfIsStillAnAct() {
    List<Commitment> cs = briefing("We warned Moscow that an attack would bring severe economic sanctions.");
    assertThat(cs).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING));
  }

  // --- a past episode recounted in a turn ------------------------------------------------------------------

  @Test
  void pastActsOfARecountedEpisodeAreNotCommitments() {
    List<Commitment> cs = turn("Remember what happened in 2009.", "The then prime minister had lost his majority.",
        "The Georgian government agreed to hold early elections.",
        "Georgia was ready to withdraw its troops at any moment.", "Nobody listened.");
    assertThat(cs).isEmpty();
  }

  @Test
  void presentActsAfterTheEpisodeStillCount() {
    List<Commitment> cs = turn("Remember what happened in 2009.", "Nobody listened.",
        "Today we are ready to continue the dialogue with our American partners.");
    assertThat(cs).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CommitmentKind.READINESS));
  }

  @Test
  void withoutAnAnchorAPastAgreementOfTheMeetingCounts() {
    List<Commitment> cs = turn("The President and I agreed to set up a working group on consular matters.");
    assertThat(cs).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT));
  }

  // --- a sentence-initial connective belongs to the act ------------------------------------------------

  @Test
  void anActOpeningASentenceWithAConnectiveKeepsIt() {
    List<Commitment> cs = briefing("And so, we are going to continue to send aid to the region.");
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.text()).startsWith("And so, we are going to continue");
      assertThat(c.actors()).containsExactly("USA");
    });
  }

  // --- the counterpart the title names ------------------------------------------------------------------

  @Test
  void theCounterpartIsTheOneTheTitleNamesNotTheFirstCountryInTheText() {
    String text = "The situation around Ukraine was discussed in detail with the President of France. "
        + "It was agreed to keep in personal contact.";
    StatementMeta meta = new StatementMeta("t-call", "Telephone conversation with President of France",
        LocalDate.of(2030, 3, 1), "p", "RU", "news", "m", "", "", "");
    List<Commitment> cs = TestEngines.commitments(TestEngines.RULES.analyze(Statement.of(meta, text, "test")));
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("FRA", "RUS");
    });
  }

  @Test
  void aLeaderAgreeingWithHisOwnMinisterIsNoAgreementOfTheMeeting() {
    String text = "President of Russia Vladimir Putin: Mr Lavrov, we agreed today that your ministry would prepare a "
        + "reply to the American proposals. Our colleagues in Washington are waiting for it, and so is the Foreign "
        + "Minister of Poland.";
    StatementMeta meta = new StatementMeta("t-own", "Meeting with Foreign Minister Sergey Lavrov",
        LocalDate.of(2030, 3, 1), "p", "RU", "news", "m", "", "", "");
    List<Commitment> cs = TestEngines.commitments(TestEngines.RULES.analyze(Statement.of(meta, text, "test")));
    assertThat(cs).noneSatisfy(c -> assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT));
  }

  // --- a meeting announced is a schedule -------------------------------------------------------------

  @Test
  void theProgrammeOfAnAnnouncedMeetingIsNoPledge() {
    String text = "On Friday, the President of Russia will hold talks with the Chancellor of Germany in Moscow. "
        + "They will also exchange views on energy security.";
    StatementMeta meta = new StatementMeta("t-pre", "Forthcoming talks", LocalDate.of(2030, 3, 1), "p", "RU", "news",
        "m", "", "", "");
    assertThat(TestEngines.commitments(TestEngines.RULES.analyze(Statement.of(meta, text, "test")))).isEmpty();
  }
}

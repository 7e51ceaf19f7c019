package org.readout.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.TestEngines;
import org.readout.actors.ActorDictionary;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/** Grouping on hand-written statements: two readouts of one call, a preview, a follow-up, noise. */
class MeetingGrouperTest {
  private static final Readout READOUT = TestEngines.TEXT;
  private static final MeetingGrouper GROUPER = new MeetingGrouper(ActorDictionary.bundled(), MeetingCues.bundled());

  static MeetingInput input(String id, String date, String side, String publisher, String title, String text) {
    StatementMeta meta = new StatementMeta(id, title, LocalDate.parse(date), publisher, side, "", "", "", "", "");
    AnalyzedStatement a = READOUT.analyze(Statement.of(meta, text, ""));
    AnalyzedStatement t = READOUT.analyze(Statement.of(meta, title, ""));
    return new MeetingInput(meta, Statement.sha256Hex(text), text, a.mentions(), t.mentions());
  }

  static List<MeetingInput> fixture() {
    List<MeetingInput> in = new ArrayList<>();
    in.add(input("us-readout", "2021-12-07", "US", "The White House",
        "Readout of President Biden's Video Call with President Vladimir Putin of Russia",
        "President Biden held a secure video call with President Putin of Russia today. The leaders discussed Ukraine."));
    in.add(input("ru-readout", "2021-12-07", "RU", "President of Russia", "Meeting with US President Joseph Biden",
        "Vladimir Putin had a meeting with US President Joseph Biden via videoconference. The two presidents discussed security."));
    in.add(input("us-preview", "2021-12-06", "US", "The White House",
        "Background Press Call by Senior Administration Officials Previewing the President's Week",
        "Good afternoon. Tomorrow the President will speak with President Putin of Russia by video. We will brief after."));
    in.add(input("us-followup", "2021-12-08", "US", "The White House", "Remarks by President Biden Before Marine One Departure",
        "South Lawn. Q Mr. President, how was your call with President Putin yesterday? THE PRESIDENT: It was candid."));
    in.add(input("us-unrelated", "2021-12-07", "US", "The White House", "Statement by the Press Secretary on Energy Prices",
        "Gas prices fell this week. Russia and other producers were asked to raise output."));
    in.add(input("us-other-call", "2021-12-20", "US", "The White House",
        "Readout of President Biden's Call with President Putin of Russia",
        "President Biden spoke with President Putin of Russia today about strategic stability."));
    return in;
  }

  @Test
  void groupsTwoPublishersReadoutsAPreviewAndAFollowUpIntoOneCall() {
    List<Meeting> meetings = GROUPER.group(fixture());
    Meeting call = meetings.stream().filter(m -> m.id().equals("2021-12-07-biden-putin")).findFirst().orElseThrow();
    assertThat(call.statementIds()).containsExactly("us-preview", "ru-readout", "us-readout", "us-followup");
    assertThat(call.sides()).containsExactly("RU", "US");
    assertThat(call.parties()).containsExactly("RUS", "USA");
    assertThat(call.mode()).isEqualTo("video-call");
    assertThat(call.member("us-preview").orElseThrow().role()).isEqualTo("preview");
    assertThat(call.member("us-followup").orElseThrow().role()).isEqualTo("follow-up");
    assertThat(call.member("ru-readout").orElseThrow().role()).isEqualTo("readout");
    Membership f = call.member("us-followup").orElseThrow();
    assertThat(f.reason()).contains("call with President Putin");
    assertThat(f.evidence().rule()).isEqualTo("meetings:reference");
    String text = fixture().get(3).lead();
    assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo("call with President Putin");
    assertThat(meetings.stream().flatMap(m -> m.statementIds().stream())).doesNotContain("us-unrelated");
  }

  @Test
  void readoutsOfTwoDaysAreTwoMeetings() {
    List<Meeting> meetings = GROUPER.group(fixture());
    assertThat(meetings).extracting(Meeting::id).contains("2021-12-07-biden-putin", "2021-12-20-biden-putin");
  }

  @Test
  void idsDoNotDependOnInputOrder() {
    List<MeetingInput> shuffled = new ArrayList<>(fixture());
    Collections.shuffle(shuffled, new Random(7));
    assertThat(GROUPER.group(shuffled)).isEqualTo(GROUPER.group(fixture()));
  }

  @Test
  void userSplitAndMergeAreReplayed() {
    List<MeetingEdit> split = List.of(new MeetingEdit(MeetingEdit.Op.SPLIT, List.of("us-followup"), "about the weather"));
    List<Meeting> afterSplit = GROUPER.group(fixture(), split);
    Meeting call = afterSplit.stream().filter(m -> m.id().equals("2021-12-07-biden-putin")).findFirst().orElseThrow();
    assertThat(call.statementIds()).doesNotContain("us-followup");
    Meeting alone = afterSplit.stream().filter(m -> m.statementIds().contains("us-followup")).findFirst().orElseThrow();
    assertThat(alone.members().get(0).reason()).contains("split off by the user").contains("about the weather");

    List<MeetingEdit> merge = List.of(new MeetingEdit(MeetingEdit.Op.MERGE, List.of("us-readout", "us-other-call"), ""));
    List<Meeting> afterMerge = GROUPER.group(fixture(), merge);
    Meeting merged = afterMerge.stream().filter(m -> m.statementIds().contains("us-other-call")).findFirst().orElseThrow();
    assertThat(merged.statementIds()).contains("us-readout", "ru-readout", "us-other-call");
  }

  @Test
  void copiesOfOneTextAreOneStatement() {
    List<MeetingInput> in = new ArrayList<>(fixture());
    MeetingInput us = in.get(0);
    in.add(new MeetingInput(us.meta().withId("copy-of-us-readout"), us.sha256(), us.lead(), us.leadMentions(), us.titleMentions()));
    Meeting call = GROUPER.group(in).stream().filter(m -> m.id().equals("2021-12-07-biden-putin")).findFirst().orElseThrow();
    // the first id stands for the text; the other is its copy
    assertThat(call.member("copy-of-us-readout").orElseThrow().evidence().rule()).isEqualTo("meetings:title");
    Membership copy = call.member("us-readout").orElseThrow();
    assertThat(copy.evidence().rule()).isEqualTo("meetings:copy");
    assertThat(copy.reason()).startsWith("same text as copy-of-us-readout");
  }

  @Test
  void pairAgreementCountsPairs() {
    PairAgreement p = PairAgreement.of(java.util.Map.of("a", "1", "b", "1", "c", "2"),
        java.util.Map.of("a", java.util.Set.of("m"), "b", java.util.Set.of("n"), "c", java.util.Set.of("n")));
    assertThat(p.gold()).isEqualTo(1);
    assertThat(p.predicted()).isEqualTo(1);
    assertThat(p.together()).isZero();
    assertThat(p.precision()).isZero();
    assertThat(p.recall()).isZero();
  }
}

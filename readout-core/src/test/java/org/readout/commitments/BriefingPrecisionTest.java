package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.TestEngines;

/**
 * Near misses from press briefings (hand-written, modelled on a US briefing about a US–Russia call):
 * ordinary domestic sentences must not become commitments addressed to the meeting's counterpart.
 */
class BriefingPrecisionTest {
  private static final String LEAD = "Good afternoon. The President spoke with President Putin of Russia this morning. ";

  private static List<Commitment> briefing(String... sentences) {
    StatementMeta meta = new StatementMeta("t-brief", "t", LocalDate.of(2030, 1, 1), "p", "US", "briefing", "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, LEAD + String.join(" ", sentences), "test"));
    return TestEngines.commitments(doc).stream().filter(c -> c.sentence() >= 2).toList();
  }

  @Test
  void aDomesticCallIsNotAddressedToTheCounterpart() {
    // Modelled on a health advisory read out at a briefing: a demand by the speaker's side at most.
    List<Commitment> cs = briefing("Today the health agency called for schools to expand counselling for teenagers.");
    assertThat(cs).allSatisfy(c -> assertThat(c.addressees()).doesNotContain("RUS"));
  }

  @Test
  void aProposalAboutTravelRulesIsNotAddressedToTheCounterpart() {
    List<Commitment> cs = briefing("That is the reason we proposed the new testing rules for travellers last week.");
    assertThat(cs).allSatisfy(c -> assertThat(c.addressees()).doesNotContain("RUS"));
  }

  @Test
  void aDemandThatNamesTheCounterpartStillGetsIt() {
    List<Commitment> cs = briefing("We have urged Moscow to pull its forces back from the border.");
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.DEMAND);
      assertThat(c.addressees()).contains("RUS");
    });
  }

  @Test
  void weWillWatchOrKnowIsNoPledge() {
    assertThat(briefing("We will watch closely what happens on the ground.")).isEmpty();
    assertThat(briefing("We will know more in the coming days.")).isEmpty();
    assertThat(briefing("We will continue to monitor the troop movements.")).isEmpty();
    assertThat(briefing("And we will certainly be watching the border.")).isEmpty();
  }

  @Test
  void aTravelScheduleIsNoPledge() {
    assertThat(briefing("On Wednesday the President will travel to Denver to talk about the economy.")).isEmpty();
    assertThat(briefing("Tomorrow the President will be headed to Omaha to visit a bridge project.")).isEmpty();
  }

  @Test
  void theyWithoutAnAntecedentGroupIsNoAgreement() {
    // "they" = the allies just talked about, not both sides of the call.
    List<Commitment> cs = briefing("Our partners in the region are worried.",
        "They will be looking, I expect, for more air defence systems.");
    assertThat(cs).noneMatch(c -> c.kind() == CommitmentKind.AGREEMENT);
  }

  @Test
  void aWeWillPledgeStillCounts() {
    List<Commitment> cs = briefing("We will send additional defensive equipment to our allies.");
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
      assertThat(c.actors()).containsExactly("USA");
    });
  }

  @Test
  void inAReadoutTheyStillStandsForTheLeaders() {
    StatementMeta meta = new StatementMeta("t-ro", "t", LocalDate.of(2030, 1, 1), "p", "US", "readout", "m", "", "", "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta,
        "President Biden spoke today with President Putin of Russia. They agreed to keep their teams in contact.", "t"));
    assertThat(TestEngines.commitments(doc)).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("RUS", "USA");
    });
  }
}

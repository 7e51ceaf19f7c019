package org.readout.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.testing.AnalysisAssertions;

/** The clause layer on hand-written sentences: one property of a clause per test. */
class ClauseParserTest {
  static final Readout CLAUSES = Readout.builder().embedder(null)
      .stages("sentences", "tokens", "actors", "clauses").build();

  static AnalyzedStatement doc(String text) {
    StatementMeta meta = new StatementMeta("c", "t", LocalDate.of(2030, 1, 1), "p", "US", "readout", "m", "", "", "");
    return CLAUSES.analyze(Statement.of(meta, text, "test"));
  }

  static List<Clause> clauses(String text) {
    return doc(text).require(Layers.CLAUSES);
  }

  static String of(String text, org.readout.analysis.text.Span s) {
    return s == null ? null : s.of(text);
  }

  @Test
  void negatedPlanKeepsItsCue() {
    String t = "Canada has no plans to open a consulate in the northern provinces.";
    Clause c = clauses(t).get(0);
    assertThat(c.negation()).isEqualTo("no plans to");
    assertThat(c.subjectActors()).containsExactly("CAN");
    assertThat(c.modality()).isEqualTo("intend");
  }

  @Test
  void negatedModalIsReadAroundThePredicate() {
    String t = "The government of Japan will never accept a blockade of the strait.";
    Clause c = clauses(t).get(0);
    assertThat(c.negation()).isEqualTo("never");
    assertThat(c.modality()).isEqualTo("will");
    assertThat(c.verb()).isEqualTo("accept");
    assertThat(of(t, c.subject())).isEqualTo("The government of Japan");
    assertThat(c.subjectActors()).containsExactly("JPN");
  }

  @Test
  void leadingParticiplePhraseIsNoPartOfTheSubject() {
    String t = "Marking ten years since the partition of Cyprus, the President restated his support for a settlement.";
    Clause c = clauses(t).get(0);
    assertThat(of(t, c.subject())).isEqualTo("the President");
    assertThat(c.subjectActors()).doesNotContain("CYP");
  }

  @Test
  void refrainFromIsANegation() {
    Clause c = clauses("Both governments agreed to refrain from unilateral steps.").get(0);
    assertThat(c.negation()).isEqualTo("refrain from");
  }

  @Test
  void notOnlyIsNoNegation() {
    Clause c = clauses("We will not only fund the port but also train the crews.").get(0);
    assertThat(c.negated()).isFalse();
  }

  @Test
  void leadingConditionIsSetApart() {
    String t = "If the convoy crosses the line, France will close its airspace.";
    Clause c = clauses(t).get(0);
    assertThat(of(t, c.condition())).isEqualTo("If the convoy crosses the line");
    assertThat(c.conditionCue()).isEqualTo("if");
    assertThat(c.subjectActors()).containsExactly("FRA");
    assertThat(c.modality()).isEqualTo("will");
  }

  @Test
  void invertedShouldOpensACondition() {
    String t = "Should the garrison be reinforced, the damage to the region would be lasting.";
    Clause c = clauses(t).get(0);
    assertThat(of(t, c.condition())).isEqualTo("Should the garrison be reinforced");
    assertThat(c.conditionCue()).isEqualTo("should");
    assertThat(c.modality()).isEqualTo("would");
  }

  @Test
  void trailingConditionAndEventOf() {
    String t = "Norway stands ready to send engineers in the event of a flood.";
    Clause c = clauses(t).get(0);
    assertThat(of(t, c.condition())).isEqualTo("in the event of a flood");
    assertThat(c.modality()).isEqualTo("ready");
  }

  @Test
  void asLongAsItTakesIsNoCondition() {
    Clause c = clauses("Sweden will keep funding the clinics as long as it takes.").get(0);
    assertThat(c.conditional()).isFalse();
  }

  @Test
  void reportingFrameHasAComplementClause() {
    String t = "The minister warned that Brazil would answer any tariff in kind.";
    List<Clause> cs = clauses(t);
    assertThat(cs).hasSize(2);
    Clause frame = cs.get(0);
    assertThat(frame.reporting()).isEqualTo("warned");
    assertThat(of(t, frame.complement())).isEqualTo("Brazil would answer any tariff in kind");
    Clause comp = cs.get(1);
    assertThat(comp.parent()).isEqualTo(0);
    assertThat(comp.role()).isEqualTo(Clause.Role.COMPLEMENT);
    assertThat(comp.subjectActors()).containsExactly("BRA");
    assertThat(comp.modality()).isEqualTo("would");
    assertThat(frame.ownsOffset(t.indexOf("warned"))).isTrue();
    assertThat(frame.ownsOffset(t.indexOf("Brazil"))).isFalse();
  }

  @Test
  void conditionInsideAComplement() {
    String t = "She stressed that if talks stall, Germany will withdraw its offer.";
    List<Clause> cs = clauses(t);
    Clause comp = cs.get(1);
    assertThat(of(t, comp.condition())).isEqualTo("if talks stall");
    assertThat(comp.subjectActors()).containsExactly("DEU");
  }

  @Test
  void boundariesSplitCoordinateClauses() {
    String t = "Italy will host the meeting; Spain will chair it, but Portugal will not attend.";
    List<Clause> cs = clauses(t);
    assertThat(cs).extracting(c -> c.text(t)).containsExactly("Italy will host the meeting", "Spain will chair it",
        "but Portugal will not attend");
    assertThat(cs.get(2).role()).isEqualTo(Clause.Role.COORDINATE);
    assertThat(cs.get(2).negated()).isTrue();
    assertThat(cs.get(1).negated()).isFalse();
  }

  @Test
  void andWithANewSubjectStartsAClause() {
    String t = "Kenya will send observers, and the African Union will fund the mission.";
    assertThat(clauses(t)).extracting(c -> c.text(t)).containsExactly("Kenya will send observers",
        "and the African Union will fund the mission");
  }

  @Test
  void andClosingAListOfActorsStartsNoClause() {
    String t = "Canada, Mexico, and Brazil will fund the mission.";
    assertThat(clauses(t)).extracting(c -> c.text(t)).containsExactly("Canada, Mexico, and Brazil will fund the mission");
    String u = "Canada will send observers, Mexico will send medics, and Brazil will fund the mission.";
    assertThat(clauses(u)).hasSizeGreaterThan(1);
  }

  @Test
  void anInvertedConditionAfterTheMainClauseIsItsCondition() {
    String t = "Canada is ready to act, should the talks fail.";
    Clause c = clauses(t).get(0);
    assertThat(of(t, c.condition())).isEqualTo("should the talks fail");
    String u = "Canada warned that there would be grave harm to civilians were Russia to invade.";
    assertThat(clauses(u)).anyMatch(k -> "were Russia to invade".equals(of(u, k.condition())));
    String v = "The talks were due to start in May, should be noted.";
    assertThat(clauses(v)).noneMatch(Clause::conditional);
  }

  @Test
  void questionsAreMarked() {
    List<Clause> cs = clauses("Will Ottawa keep its pledge to the fund? It said so.");
    assertThat(cs.get(0).question()).isTrue();
    assertThat(cs.get(cs.size() - 1).question()).isFalse();
  }

  @Test
  void transcriptTurnsAreRecorded() {
    String t = "Q Will you send more aid?\n\nMS. LANE: We will send more aid next month.";
    List<Clause> cs = clauses(t);
    Clause answer = cs.get(cs.size() - 1);
    assertThat(answer.turn()).isEqualTo("MS. LANE");
    assertThat(answer.text(t)).isEqualTo("We will send more aid next month");
    assertThat(answer.pronoun()).isEqualTo("we");
  }

  @Test
  void everyClauseLiesInItsSentence() {
    String t = "If it rains; but when, which, and — ? If. Should. that that that.";
    AnalyzedStatement a = doc(t);
    for (Clause c : a.require(Layers.CLAUSES)) {
      AnalysisAssertions.assertInSentence(a, c.sentence(), c.start(), c.end(), "clause");
    }
  }

  @Test
  void aCoordinateClauseExposesWhereItsWordsBeginAfterTheConnective() {
    String t = "The ministers met in Vienna, but the Swiss delegation will stay another week.";
    List<Clause> cs = clauses(t);
    Clause second = cs.stream().filter(c -> c.role() == Clause.Role.COORDINATE).findFirst().orElseThrow();
    assertThat(t.substring(second.start())).startsWith("but the Swiss");
    assertThat(t.substring(second.contentStart())).startsWith("the Swiss delegation will stay");
  }

  @Test
  void aSentenceOpeningWithAConnectiveKeepsIt() {
    String t = "And so, the Swiss delegation will stay another week.";
    Clause c = clauses(t).get(0);
    assertThat(c.role()).isEqualTo(Clause.Role.MAIN);
    assertThat(c.contentStart()).isEqualTo(c.start());
    assertThat(t.substring(c.bodyStart())).startsWith("the Swiss delegation");
  }
}

package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * The stance check on hand-written statements of invented shape (never corpus text): mirror accusations, a shared
 * claim, abstention on opposed positions, noise that never pairs, the outcome, the initiative, no one-sided reports.
 */
class StanceTest {
  private static final Readout ENGINE = Readout.standard();

  private static AnalyzedStatement statement(String id, String side, String text) {
    StatementMeta meta = new StatementMeta(id, "Call of the presidents", LocalDate.of(2022, 3, 1), "", side, "readout",
        "2022-03-01-call", "", "", "");
    return ENGINE.analyze(Statement.of(meta, text, id + ".md"));
  }

  private static List<Finding> of(Comparison c, String type) {
    return c.findings().stream().filter(f -> f.type().equals(type)).toList();
  }

  private static boolean pairs(Finding f, String a, int ia, String b, int ib) {
    return f.evidence().stream().anyMatch(e -> e.statement().equals(a) && e.sentence() == ia)
        && f.evidence().stream().anyMatch(e -> e.statement().equals(b) && e.sentence() == ib);
  }

  @Test
  void eachSideBlamingTheOtherIsAMirrorNeverAConvergence() {
    AnalyzedStatement ru = statement("ru", "RU",
        "Vladimir Putin voiced grave concern over the aggressive military activity of the United States near the Russian border.");
    AnalyzedStatement us = statement("us", "US",
        "President Biden voiced grave concern over Russia’s aggressive military activity near the Ukrainian border.");
    Comparison c = ENGINE.compare(List.of(ru, us));

    assertThat(of(c, Finding.CONVERGENCE)).noneMatch(f -> pairs(f, "ru", 0, "us", 0));
    assertThat(of(c, Finding.MIRROR)).anyMatch(f -> pairs(f, "ru", 0, "us", 0));
  }

  @Test
  void opposedPositionsAreNeverLabelledAContrastOrAConvergence() {
    // blame against support, opposite polarity, a dismissed claim: the check is not sure, the pair stays aligned
    Stance blame = new Stance(false, List.of("UKR"), List.of(), List.of(), List.of(), "provocations", false);
    Stance support = new Stance(false, List.of(), List.of("UKR"), List.of("USA"), List.of("readiness"), "", false);
    Stance yes = new Stance(false, List.of(), List.of(), List.of(), List.of(), "", false);
    Stance no = new Stance(true, List.of(), List.of(), List.of(), List.of(), "", false);
    Stance dismissed = new Stance(false, List.of(), List.of(), List.of(), List.of(), "", true);
    assertThat(StancePairs.judge(side("RUS", blame), side("USA", support), 0.5, true).type()).isEqualTo("none");
    assertThat(StancePairs.judge(side("RUS", yes), side("USA", no), 0.8, true).type()).isEqualTo("none");
    assertThat(StancePairs.judge(side("RUS", dismissed), side("USA", yes), 0.7, true).type()).isEqualTo("none");
  }

  private static StancePairs.Side side(String entity, Stance s) {
    return new StancePairs.Side(entity, SentenceRoles.Role.CONTENT, s);
  }

  @Test
  void aMirrorNeedsEachSideToBlameTheOthersCamp() {
    Stance blamesUs = new Stance(false, List.of("USA"), List.of(), List.of(), List.of(), "aggressive", false);
    Stance blamesRu = new Stance(false, List.of("RUS"), List.of(), List.of(), List.of(), "escalation", false);
    Stance blamesThird = new Stance(false, List.of("IRN"), List.of(), List.of(), List.of(), "threat", false);
    Stance blamesNato = new Stance(false, List.of("NATO"), List.of(), List.of(), List.of(), "build-up", false);
    Stance deniesThreat = new Stance(true, List.of("RUS"), List.of(), List.of(), List.of(), "threat", false);
    assertThat(StancePairs.judge(side("RUS", blamesUs), side("USA", blamesRu), 0.5, true).type()).isEqualTo(Finding.MIRROR);
    // one side blames a third party: no mirror, whatever the words share
    assertThat(StancePairs.judge(side("RUS", blamesUs), side("USA", blamesThird), 0.9, true).type()).isEqualTo("none");
    // a denial is no accusation ("X is not a threat")
    assertThat(StancePairs.judge(side("RUS", blamesUs), side("USA", deniesThreat), 0.9, true).type()).isEqualTo("none");
    // blaming a bloc blames the camp of its members (blocs in stance.yaml)
    assertThat(StancePairs.judge(side("RUS", blamesNato), side("USA", blamesRu), 0.5, true).type()).isEqualTo(Finding.MIRROR);
    // blaming a party the other side supports counts when the camps say so
    Stance blamesKiev = new Stance(false, List.of("UKR"), List.of(), List.of(), List.of(), "provocative", false);
    assertThat(StancePairs.judge(side("RUS", blamesKiev), side("USA", blamesRu), 0.5, true).type()).isEqualTo("none");
    assertThat(StancePairs.judge(side("RUS", blamesKiev), side("USA", blamesRu), 0.5, true,
        StancePairs.camp("RUS", List.of()), java.util.Set.of("USA", "UKR")).type()).isEqualTo(Finding.MIRROR);
  }

  @Test
  void theActorOfAnAccusationIsNotItsObject() {
    AnalyzedStatement us = statement("us", "US", String.join(" ",
        "If Russia decides to invade Ukraine, the costs will be severe.",
        "Officials discussed the invasion of Ukraine.",
        "They condemned the aggressive military activity of Russia near the border.",
        "They discussed the threat to the security of Ukraine."));
    List<Stance> st = us.sentences().stream().map(s -> Stance.of(s, "USA", us.mentions(), List.of(),
        StanceLexicon.BUNDLED)).toList();
    assertThat(st.get(0).blamed()).containsExactly("RUS");
    assertThat(st.get(1).blamed()).isEmpty();
    assertThat(st.get(2).blamed()).containsExactly("RUS");
    assertThat(st.get(3).blamed()).isEmpty();
  }

  @Test
  void aConvergenceNeedsActsOfOneFamilyByTheSameActors() {
    Stance discussed = new Stance(false, List.of(), List.of(), List.of(), List.of(), "", false);
    Stance hope = new Stance(false, List.of(), List.of(), List.of("RUS", "USA"), List.of("hope"), "", false);
    Stance warnedNamed = new Stance(false, List.of("RUS"), List.of(), List.of("USA"), List.of("warning"), "escalation", false);
    Stance warned = new Stance(false, List.of(), List.of(), List.of("USA"), List.of("warning"), "", false);
    Stance pledged = new Stance(false, List.of(), List.of(), List.of("USA"), List.of("pledge"), "", false);
    // two agenda lines ("the presidents discussed X") make no claim, however alike
    assertThat(StancePairs.judge(side("RUS", discussed), side("USA", discussed), 0.95, true).type()).isEqualTo("none");
    assertThat(StancePairs.judge(side("RUS", discussed), side("USA", hope), 0.95, true).type()).isEqualTo("none");
    // the same warning by the same party, its target named on one side only
    assertThat(StancePairs.judge(side("RUS", warned), side("USA", warnedNamed), 0.6, true).type())
        .isEqualTo(Finding.CONVERGENCE);
    // a warning and a pledge are not one claim
    assertThat(StancePairs.judge(side("RUS", warned), side("USA", pledged), 0.9, true).type()).isEqualTo("none");
  }

  @Test
  void theSameActByDifferentPartiesIsNoConvergence() {
    Stance byUs = new Stance(false, List.of(), List.of(), List.of("USA"), List.of("pledge"), "", false);
    Stance byRu = new Stance(false, List.of(), List.of(), List.of("RUS"), List.of("pledge"), "", false);
    assertThat(StancePairs.judge(new StancePairs.Side("RUS", SentenceRoles.Role.CONTENT, byRu),
        new StancePairs.Side("USA", SentenceRoles.Role.CONTENT, byUs), 0.9, true).type()).isEqualTo("none");
    Stance joint = new Stance(false, List.of(), List.of(), List.of("RUS", "USA"), List.of("agreement"), "", false);
    assertThat(StancePairs.judge(new StancePairs.Side("RUS", SentenceRoles.Role.CONTENT, joint),
        new StancePairs.Side("USA", SentenceRoles.Role.CONTENT, joint), 0.7, true).type()).isEqualTo(Finding.CONVERGENCE);
  }

  @Test
  void questionsModeratorLinesAndPleasantriesNeverPair() {
    String text = "MODERATOR: Thank you all for joining.\n\nQ Will the talks go on next week? And who asked for them.\n\n"
        + "MR. SMITH: Thank you.\n\nThe sides will meet again in Vienna.\n\nThe talks were frank and useful.";
    List<org.readout.model.Sentence> ss = statement("t", "US", text).sentences();
    List<SentenceRoles.Role> roles = SentenceRoles.of(text, ss);
    assertThat(roles).contains(SentenceRoles.Role.MODERATOR, SentenceRoles.Role.QUESTION, SentenceRoles.Role.PLEASANTRY,
        SentenceRoles.Role.CONTENT, SentenceRoles.Role.ATMOSPHERE);
    // the second sentence of the journalist's turn is a question too, though it ends with a full stop
    int who = indexOf(ss, "who asked");
    assertThat(roles.get(who)).isEqualTo(SentenceRoles.Role.QUESTION);
    Stance any = new Stance(false, List.of(), List.of(), List.of(), List.of(), "", false);
    assertThat(StancePairs.judge(new StancePairs.Side("USA", SentenceRoles.Role.PLEASANTRY, any),
        new StancePairs.Side("RUS", SentenceRoles.Role.PLEASANTRY, any), 1.0, true).type()).isEqualTo("none");
  }

  private static int indexOf(List<org.readout.model.Sentence> ss, String part) {
    for (org.readout.model.Sentence s : ss) {
      if (s.text().contains(part)) {
        return s.index();
      }
    }
    throw new AssertionError("no sentence with " + part);
  }

  @Test
  void instructionsToTeamsWithoutAConcreteAgreementAreAWorkingLevelTransfer() {
    AnalyzedStatement ru = statement("ru", "RU", String.join(" ",
        "The call was held at the request of the American side.",
        "The presidents agreed to instruct their representatives to hold consultations on security.",
        "Vladimir Putin warned against any attempt to expand the alliance."));
    AnalyzedStatement us = statement("us", "US", String.join(" ",
        "President Biden spoke with President Putin about European security.",
        "The two leaders tasked their teams to follow up."));
    Comparison c = ENGINE.compare(List.of(ru, us));

    List<Finding> outcome = of(c, Finding.OUTCOME);
    assertThat(outcome).hasSize(1);
    assertThat(outcome.get(0).topic()).isEqualTo("working-level");
    assertThat(outcome.get(0).evidence()).isNotEmpty();
    List<Finding> initiative = of(c, Finding.INITIATIVE);
    assertThat(initiative).hasSize(1);
    assertThat(initiative.get(0).text()).contains("United States");
    assertThat(initiative.get(0).evidence().get(0).sentence()).isZero();
  }

  private static AnalyzedStatement titled(String id, String side, String title, String text) {
    StatementMeta meta = new StatementMeta(id, title, LocalDate.of(2022, 3, 1), "", side, "readout",
        "2022-03-01-calls", "", "", "");
    return ENGINE.analyze(Statement.of(meta, text, id + ".md"));
  }

  @Test
  void pairedCallsWithOneThirdLeaderTakeTheirOutcomeFromEachSidesOwnConversation() {
    // each side's leader spoke with the same third leader: no act joins the two sides, so what each side agreed
    // with its interlocutor is what the calls came to
    AnalyzedStatement ru = titled("ru", "RU", "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. "
            + "The leaders agreed to maintain contacts.");
    AnalyzedStatement us = titled("us", "US", "Readout of President Biden's Call with President Macron of France",
        "President Biden spoke with President Macron of France about European security. "
            + "The leaders agreed their teams will stay in close touch.");
    List<Finding> outcome = of(ENGINE.compare(List.of(ru, us)), Finding.OUTCOME);
    assertThat(outcome).hasSize(1);
    assertThat(outcome.get(0).topic()).isEqualTo("working-level");

    // one side's agreement with a party outside its conversation is never the meeting's outcome: not when the
    // two sides share an act, and not when no act joins them
    String separately = "Separately, the United States and Germany agreed to open a joint centre in Berlin in May.";
    AnalyzedStatement ru2 = statement("ru", "RU", "Vladimir Putin and Joseph Biden agreed to continue consultations.");
    AnalyzedStatement us2 = statement("us", "US", "President Biden spoke with President Putin. " + separately);
    assertThat(of(ENGINE.compare(List.of(ru2, us2)), Finding.OUTCOME).get(0).topic()).isEqualTo("working-level");
    AnalyzedStatement ru3 = statement("ru", "RU", "The presidents agreed to continue consultations.");
    assertThat(of(ENGINE.compare(List.of(ru3, us2)), Finding.OUTCOME)).noneMatch(f -> f.topic().equals("breakthrough"));
  }

  @Test
  void aConcreteAgreementIsABreakthroughAndWarningsAloneAreNot() {
    AnalyzedStatement ru = statement("ru", "RU", "The presidents agreed to sign a treaty on prisoner exchange in May.");
    AnalyzedStatement us = statement("us", "US", "President Biden and President Putin agreed to sign a treaty on prisoner exchange.");
    assertThat(of(ENGINE.compare(List.of(ru, us)), Finding.OUTCOME).get(0).topic()).isEqualTo("breakthrough");

    AnalyzedStatement ru2 = statement("ru", "RU", "Vladimir Putin warned the United States against deploying missiles in Europe.");
    AnalyzedStatement us2 = statement("us", "US", "President Biden warned of severe costs if Russia invades its neighbour.");
    assertThat(of(ENGINE.compare(List.of(ru2, us2)), Finding.OUTCOME).get(0).topic()).isNotIn("breakthrough", "working-level");
  }

  @Test
  void noOneSidedReportIsClaimed() {
    // what one side reports of the other leader is listed with that side's commitments, never as a one-sided report
    // (measured at 1 of 4 right on the test half; brief-gate.yaml)
    AnalyzedStatement ru = statement("ru", "RU", String.join(" ",
        "The presidents discussed trade.",
        "Joe Biden promised to return the seized diplomatic property in Maryland."));
    AnalyzedStatement us = statement("us", "US", "President Biden and President Putin discussed trade and the economy.");
    Comparison c = ENGINE.compare(List.of(ru, us));
    assertThat(of(c, Finding.ONE_SIDED_REPORT)).isEmpty();
    assertThat(c.commitments().get("ru")).anyMatch(k -> k.actors().equals(List.of("USA")) && k.sentence() == 1);
  }

  @Test
  void theBriefKeepsANegationAndStaysShort() {
    AnalyzedStatement ru = statement("ru", "RU", String.join(" ",
        "Vladimir Putin said Russia has no intention of deploying missiles near the border.",
        "Vladimir Putin and Joe Biden agreed to instruct their representatives to hold consultations."));
    AnalyzedStatement us = statement("us", "US", "President Biden and President Putin tasked their teams to follow up.");
    Comparison c = ENGINE.compare(List.of(ru, us));
    // every kind admitted: the lines keep their negation
    Brief b = Brief.of(c, EVERY_KIND);
    String all = String.join("\n", b.sides().stream().flatMap(s -> s.commitments().stream()).toList());
    assertThat(all).doesNotContainPattern("(?i)pledge by RUS: “[^”]*deploying").contains("no intention");
    // the headline is the outcome when the gate (brief-gate.yaml) admits outcome findings, else it claims none
    Brief admitted = Brief.of(c, java.util.Set.of(Finding.OUTCOME));
    assertThat(admitted.headline()).startsWith("Outcome: working-level transfer");
    assertThat(b.headline()).startsWith(Brief.PRECISE.contains(Finding.OUTCOME) ? "Outcome: working-level transfer" : "Two sides compared");
    // what the gate keeps out is counted in one note, not dropped silently
    assertThat(Brief.of(c, java.util.Set.of()).notes()).anySatisfy(n -> assertThat(n)
        .startsWith("Not in this brief (measured precision below 0.9): 1 outcome").endsWith("--detail full lists them."));
    assertThat(admitted.notes()).noneMatch(n -> n.contains("1 outcome"));
    // the default brief lists only the act kinds brief-gate.yaml admits, and counts the others in that note
    Brief gated = Brief.of(c);
    assertThat(gated.sides()).flatMap(s -> java.util.stream.Stream.concat(s.commitments().stream(), s.warnings().stream()).toList())
        .allSatisfy(l -> assertThat(Brief.PRECISE).contains(BriefGate.KIND + l.split(" ")[l.startsWith("denied ") ? 1 : 0]));
    long out = c.statements().stream().flatMap(s -> c.commitmentsOf(s.id()).stream())
        .filter(k -> !Brief.PRECISE.contains(BriefGate.KIND + k.kind().id())).count();
    if (out > 0) {
      assertThat(gated.notes()).anySatisfy(n -> assertThat(n).contains(out + " commitment"));
    }
    assertThat(admitted.notes()).anySatisfy(n -> assertThat(n).contains("3 commitments, demands and warnings"));
  }

  /** Every act kind admitted to the per-side lines (the gate's figures aside). */
  static final java.util.Set<String> EVERY_KIND = java.util.Arrays.stream(org.readout.commitments.CommitmentKind.values())
      .map(k -> BriefGate.KIND + k.id()).collect(java.util.stream.Collectors.toUnmodifiableSet());

  @Test
  void aOneSidedMeetingSaysSoInOneLineAndStillListsThatSide() {
    AnalyzedStatement us = statement("us", "US", String.join(" ",
        "President Biden warned that Russia would face severe sanctions if it invaded Ukraine.",
        "The United States will continue to support Ukraine's sovereignty."));
    // every act kind and the topic line admitted (the bundled gate decides what the shipped brief admits)
    java.util.Set<String> admitted = new java.util.HashSet<>(EVERY_KIND);
    admitted.add(BriefGate.LINE + "topics");
    Brief b = Brief.of(ENGINE.compare(List.of(us)), admitted);
    assertThat(b.twoSided()).isFalse();
    assertThat(b.headline()).startsWith("One side only");
    assertThat(b.sides()).hasSize(1);
    assertThat(b.sides().get(0).warnings()).isNotEmpty();
    assertThat(b.sides().get(0).topics()).isNotEmpty();
  }
}

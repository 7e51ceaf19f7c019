package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.TrackerTest.doc;
import static org.readout.commitments.TrackerTest.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;

/**
 * The error shapes of the first corpus-scale run (hand-written sentences of the same shape, not corpus
 * text): generic back-reference words and common verbs, a cue in another clause, a third party's
 * statement, a loose one-party "will continue" pledge.
 */
class TrackerPrecisionTest {
  private final Tracker tracker = ReadoutConfig.defaults().tracker(false);

  @Test
  void genericCommitmentWordsAndCommonVerbsAreNoMatch() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will continue to work with partners to expand irrigation in farming communities."));
    AnalyzedStatement later = doc("q", "US", "2030-03-01", "The Secretary reiterated the commitment of the "
        + "United States to continue its work with communities, and a new clinic was opened.");
    assertThat(tracker.track(t, List.of(later))).isEmpty();
  }

  @Test
  void aFulfilmentCueInAnotherClauseDoesNotGovernTheAction() {
    TrackedCommitment t = TrackerTest.commitment(); // agreed to launch negotiations on a new arms control treaty
    AnalyzedStatement later = doc("r", "RU", "2030-03-01", "A grain contract with Egypt was signed; "
        + "Russia and the United States still differ on negotiations over an arms control treaty.");
    assertThat(tracker.track(t, List.of(later))).isEmpty();
    AnalyzedStatement governed = doc("g2", "RU", "2030-03-01",
        "Russia and the United States signed an arms control treaty after negotiations in Geneva.");
    assertThat(tracker.track(t, List.of(governed))).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.FULFILLED));
  }

  @Test
  void aThirdPartyStatementNotNamingThePartiesIsNoEvidence() {
    TrackedCommitment t = TrackerTest.commitment();
    AnalyzedStatement other = doc("u", "FR", "2030-03-01",
        "Negotiations on a new arms control treaty were launched in Geneva.");
    assertThat(tracker.track(t, List.of(other))).isEmpty();
    AnalyzedStatement own = doc("v", "RU", "2030-03-01",
        "Negotiations on a new arms control treaty were launched in Geneva.");
    assertThat(tracker.track(t, List.of(own))).hasSize(1);
  }

  @Test
  void aOnePartyPledgeNeedsMostOfItsWordsRepeated() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will continue to fund vaccine production in Africa and train health workers there."));
    assertThat(t.commitment().actors()).hasSize(1);
    AnalyzedStatement loose = doc("w", "US", "2030-04-01", "The United States launched a programme to train teachers.");
    assertThat(tracker.track(t, List.of(loose))).isEmpty();
  }

  @Test
  void aCueGovernsTheWordsOfItsClauseInTheClauseLayer() {
    AnalyzedStatement doc = doc("k", "RU", "2030-03-01",
        "The deal was signed; talks on sanctions continue, but no date was set.");
    LaterStatement.Reading r = tracker.read(doc).read(doc.sentences().get(0));
    assertThat(r.cues()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.cue().status()).isEqualTo(Status.FULFILLED);
      assertThat(c.clauseStems()).contains("deal").doesNotContain("sancti", "talk");
    });
    // the same sentence read without its clause layer is one clause: the layer is what bounds the cue
    AnalyzedStatement bare = new AnalyzedStatement(doc.statement(), doc.sentences(), doc.mentions());
    LaterStatement.Reading whole = new LaterStatement(TrackingLexicon.bundled(), CommitmentLexicon.bundled(), bare)
        .read(bare.sentences().get(0));
    assertThat(whole.cues().get(0).clauseStems()).contains("deal", "sancti");
  }

  @Test
  void rareWordsAreNeededUnderCorpusWeights() {
    TrackedCommitment t = TrackerTest.commitment();
    Set<String> action = tracker.actionStems(t.commitment());
    // every stem common (weight below RARE): no lexical match however many are shared
    assertThat(tracker.lexical(t.commitment(), action, action, w -> 1.0)).isZero();
    assertThat(tracker.lexical(t.commitment(), action, action, w -> Tracker.RARE)).isEqualTo(1.0);
  }

  // The error shapes of the third run (eval/tracking-sample-3.tsv), hand-written.

  @Test
  void aCueThatModifiesANounOrSitsInAQuestionOrConditionReportsNothing() {
    TrackedCommitment t = TrackerTest.commitment(); // agreed to launch negotiations on a new arms control treaty
    for (String text : List.of(
        "Russia said the United States had a broken arms control treaty and stalled negotiations.",
        "Were negotiations on a new arms control treaty with Russia launched last week?",
        "If Russia and the United States launched negotiations on an arms control treaty, Europe would benefit.",
        "Russia and the United States hope the negotiations on an arms control treaty will be concluded.")) {
      assertThat(tracker.track(t, List.of(doc("x", "RU", "2030-03-01", text)))).as(text).isEmpty();
    }
  }

  @Test
  void theCueMustReportTheKindOfActTheCommitmentNames() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "President Biden met President Putin of Russia. The two presidents agreed to hold a summit on arms control in Vienna."));
    assertThat(tracker.track(t, List.of(doc("s", "RU", "2030-03-01",
        "Russia and the United States signed the summit on arms control declaration in Vienna.")))).isEmpty();
    assertThat(tracker.track(t, List.of(doc("h", "RU", "2030-03-01",
        "The Russia-United States summit on arms control was held in Vienna.")))).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.IN_PROGRESS));
  }

  @Test
  void theDirectObjectMustBeRepeated() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "President Biden met President Putin of Russia. The two presidents agreed to hold a summit on arms control in Vienna."));
    assertThat(tracker.track(t, List.of(doc("c", "RU", "2030-03-01",
        "A Russia-United States conference on arms control was held in Vienna.")))).isEmpty();
  }

  @Test
  void aSentenceAboutAnEarlierTimeReportsAnEarlierAct() {
    TrackedCommitment t = TrackerTest.commitment();
    for (String text : List.of("Last year Russia and the United States launched negotiations on an arms control treaty.",
        "In 2028 Russia and the United States launched negotiations on an arms control treaty.")) {
      assertThat(tracker.track(t, List.of(doc("e", "RU", "2030-03-01", text)))).as(text).isEmpty();
    }
  }

  @Test
  void followUpLanguageNamingAnotherMonthIsAboutAnotherAgreement() {
    TrackedCommitment t = TrackerTest.commitment(); // January 2030
    assertThat(tracker.track(t, List.of(doc("m", "US", "2030-02-20", "Our delegation departed for Geneva with "
        + "Russia's consent, under the agreement reached during the November meeting of the two presidents.")))).isEmpty();
    assertThat(DateMentions.otherDate(java.time.LocalDate.parse("2030-01-10"), "agreed during the January 10 call")).isFalse();
    assertThat(DateMentions.otherDate(java.time.LocalDate.parse("2030-01-10"), "agreed during the January 26 call")).isTrue();
    assertThat(DateMentions.otherDate(java.time.LocalDate.parse("2030-01-10"), "talks may resume")).isFalse();
  }

  @Test
  void theObjectsRarestKeyMustBeRepeated() {
    TrackedCommitment t = only(doc("p", "US", "2030-01-10",
        "The United States will sign a proclamation establishing the Castner Range National Monument."));
    // every key rare; the monument's name the rarest
    java.util.function.ToDoubleFunction<String> weight = w -> w.contains("castne") ? 9.0 : 5.0;
    AnalyzedStatement another = doc("a", "US", "2030-03-01",
        "The President signed a proclamation establishing the Grand Canyon National Monument.");
    assertThat(tracker.track(t, List.of(another), weight)).isEmpty();
    AnalyzedStatement same = doc("b", "US", "2030-03-01",
        "The President signed a proclamation establishing the Castner Range National Monument.");
    assertThat(tracker.track(t, List.of(same), weight)).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.FULFILLED));
  }

  @Test
  void aPartysOwnStatementDoesNotBreakItsPledgeToRefrain() {
    AnalyzedStatement pledge = doc("p", "RU", "2030-01-10",
        "Vladimir Putin spoke with President Biden. Russia has no intention of deploying missiles in Cuba.");
    TrackedCommitment t = TrackedCommitment.fresh(TestEngines.commitments(pledge).get(0), "m", LocalDate.parse("2030-01-10"));
    assertThat(tracker.track(t, List.of(doc("q", "RU", "2030-05-01", "Russian missiles were deployed in Cuba, the Pentagon said."))))
        .isEmpty();
  }
}

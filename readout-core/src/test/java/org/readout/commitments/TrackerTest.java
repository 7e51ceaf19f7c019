package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.topics.Embedder;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;

/** Status suggestions from later statements (hand-written). */
class TrackerTest {
  static AnalyzedStatement doc(String id, String side, String date, String text) {
    return TestEngines.RULES.analyze(Statement.of(new StatementMeta(id, "t", LocalDate.parse(date), "p", side,
        "readout", "m", "", "", ""), text, id));
  }

  /** The first commitment of {@code pledge} (a hand-written statement), to be tracked from its date. */
  static TrackedCommitment only(AnalyzedStatement pledge) {
    List<Commitment> cs = TestEngines.commitments(pledge);
    assertThat(cs).isNotEmpty();
    return TrackedCommitment.fresh(cs.get(0), "m", pledge.meta().date());
  }

  /** The suggestions of {@code tracker} for {@code t} in {@code later} that pass its precision gate, read from the US side. */
  static List<Tracker.Suggestion> precise(Tracker tracker, TrackedCommitment t, AnalyzedStatement later) {
    return tracker.track(t, List.of(later)).stream().filter(s -> tracker.precise(t, s, "USA")).toList();
  }

  static final AnalyzedStatement SUMMIT = doc("s", "US", "2030-01-10", "President Biden met President Putin of "
      + "Russia. The two presidents agreed to launch negotiations on a new arms control treaty.");

  static TrackedCommitment commitment() {
    List<Commitment> cs = TestEngines.commitments(SUMMIT);
    assertThat(cs).hasSize(1);
    return TrackedCommitment.fresh(cs.get(0), "m", LocalDate.parse("2030-01-10"));
  }

  @Test
  void breachBeatsProgressAndEarlierStatementsAreIgnored() {
    AnalyzedStatement before = doc("b", "RU", "2030-01-05", "Negotiations on a new arms control treaty were launched.");
    AnalyzedStatement breach = doc("c", "RU", "2030-03-01",
        "Russia said the United States failed to launch the promised negotiations on an arms control treaty.");
    List<Tracker.Suggestion> s = ReadoutConfig.defaults().tracker(false).track(commitment(), List.of(before, breach));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo(Status.BROKEN);
      assertThat(x.statement()).isEqualTo("c");
      assertThat(x.rule()).isEqualTo("track.breach.failed");
    });
  }

  @Test
  void unrelatedSentencesWithCuesAreNotEvidence() {
    AnalyzedStatement other = doc("d", "RU", "2030-02-01", "A new bridge over the Volga was opened and the festival was held.");
    assertThat(ReadoutConfig.defaults().tracker(false).track(commitment(), List.of(other))).isEmpty();
  }

  @Test
  void paraphraseMatchesOnlyWithAnEmbedder() {
    AnalyzedStatement paraphrase = doc("e", "RU", "2030-02-01", "Talks on limiting nuclear weapons will begin in Geneva.");
    assertThat(ReadoutConfig.defaults().tracker(false).track(commitment(), List.of(paraphrase))).isEmpty();
    // A stand-in model: texts about arms talks map to one direction, everything else to another.
    Embedder fake = new Embedder() {
      @Override
      public String modelId() {
        return "fake";
      }

      @Override
      public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
          String l = t.toLowerCase(Locale.ROOT);
          boolean arms = l.contains("arms control") || l.contains("nuclear weapons");
          out.add(arms ? new float[] {1f, 0f} : new float[] {0f, 1f});
        }
        return out;
      }
    };
    List<Tracker.Suggestion> s = ReadoutConfig.defaults().tracker(false).withEmbedder(fake).track(commitment(), List.of(paraphrase));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo(Status.IN_PROGRESS);
      assertThat(x.rule()).endsWith("+embedding");
      assertThat(x.confidence()).isBetween(0.4, 0.95);
    });
  }

  @Test
  void refrainPledgeReportedDoneIsBroken() {
    AnalyzedStatement pledge = doc("p", "RU", "2030-01-10",
        "Vladimir Putin spoke with President Biden. Russia has no intention of deploying missiles in Cuba.");
    List<Commitment> cs = TestEngines.commitments(pledge);
    assertThat(cs).singleElement().satisfies(c -> assertThat(c.refrain()).isTrue());
    TrackedCommitment t = TrackedCommitment.fresh(cs.get(0), "m", LocalDate.parse("2030-01-10"));
    AnalyzedStatement later = doc("q", "US", "2030-05-01", "Russian missiles were deployed in Cuba, the Pentagon said.");
    assertThat(ReadoutConfig.defaults().tracker(false).track(t, List.of(later))).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.BROKEN));
  }

  @Test
  void aDeniedReportBreaksNoRefrainPledge() {
    AnalyzedStatement pledge = doc("p", "RU", "2030-01-10",
        "Vladimir Putin spoke with President Biden. Russia has no intention of deploying missiles in Cuba.");
    TrackedCommitment t = TrackedCommitment.fresh(TestEngines.commitments(pledge).get(0), "m", LocalDate.parse("2030-01-10"));
    Tracker tracker = ReadoutConfig.defaults().tracker(false);
    // the commitment lexicon's negators decide: "no" and "not" deny that the act was done
    for (String denial : List.of("No Russian missiles were deployed in Cuba, the Pentagon said.",
        "Russian missiles were not deployed in Cuba, the Pentagon said.",
        "Russian missiles were never deployed in Cuba, the Pentagon said.")) {
      AnalyzedStatement later = doc("q", "US", "2030-05-01", denial);
      assertThat(tracker.track(t, List.of(later))).as(denial).isEmpty();
    }
  }

  @Test
  void theVerbMayIsNoDateReference() {
    Tracker tracker = ReadoutConfig.defaults().tracker(false);
    assertThat(tracker.mayReferBack("Talks may resume soon.")).isFalse();
    assertThat(tracker.mayReferBack("May I ask a question?")).isFalse();
    assertThat(tracker.mayReferBack("The talks begun on May 12 continue.")).isTrue();
    assertThat(tracker.mayReferBack("the videoconference of 7 December")).isTrue();
    assertThat(tracker.mayReferBack("as agreed, the teams met")).isTrue();
  }
}

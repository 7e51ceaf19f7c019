package org.readout.io.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.commitments.Commitment;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/**
 * Precision, recall and kind accuracy of the extractor on hand-annotated statements from
 * ../shared/corpus ({@code gold.yaml}). Prints the figures; asserts the floors actually reached.
 */
class CommitmentEvaluationTest {

  record Gold(String statement, String group, String find, String kind, List<String> actors) {
  }

  /** Counts for one group of statements. */
  static final class Score {
    int gold;
    int predicted;
    int matchedGold;
    int matchedPredicted;
    int kindRight;
    int actorsRight;
    final List<String> misses = new ArrayList<>();

    double precision() {
      return predicted == 0 ? 1.0 : (double) matchedPredicted / predicted;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) matchedGold / gold;
    }

    double kindAccuracy() {
      return matchedGold == 0 ? 1.0 : (double) kindRight / matchedGold;
    }

    double actorAccuracy() {
      return matchedGold == 0 ? 1.0 : (double) actorsRight / matchedGold;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "gold=%d predicted=%d P=%.3f R=%.3f kindAcc=%.3f actorAcc=%.3f",
          gold, predicted, precision(), recall(), kindAccuracy(), actorAccuracy());
    }
  }

  static final Map<String, Score> SCORES = new LinkedHashMap<>();

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void evaluate() throws Exception {
    Map<String, Object> y;
    try (InputStream in = CommitmentEvaluationTest.class.getResourceAsStream("gold.yaml")) {
      y = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    List<Map<String, Object>> entries = (List<Map<String, Object>>) y.get("statements");
    Set<String> bulkIds = new HashSet<>();
    for (Map<String, Object> e : entries) {
      if (e.containsKey("bulk")) {
        bulkIds.add((String) e.get("bulk"));
      }
    }
    Map<String, Statement> bulk = readBulk(bulkIds);
    Readout readout = TestEngines.RULES;
    SCORES.put("all", new Score());
    for (Map<String, Object> e : entries) {
      Statement st = e.containsKey("file") ? Ingest.read(SharedCorpus.root().resolve("corpus").resolve((String) e.get("file"))).get(0)
          : bulk.get((String) e.get("bulk"));
      assertThat(st).as("statement %s", e).isNotNull();
      String group = (String) e.get("group");
      AnalyzedStatement doc = readout.analyze(st);
      List<Commitment> predicted = doc.require(Layers.COMMITMENTS);
      List<Gold> gold = new ArrayList<>();
      for (Map<String, Object> g : (List<Map<String, Object>>) e.get("expect")) {
        gold.add(new Gold(st.id(), group, (String) g.get("find"), (String) g.get("kind"), (List<String>) g.get("actors")));
      }
      score(doc, predicted, gold, SCORES.computeIfAbsent(group, k -> new Score()));
      score(doc, predicted, gold, SCORES.get("all"));
    }
    SCORES.forEach((k, v) -> System.out.println("commitments evaluation [" + k + "] " + v));
    SCORES.get("all").misses.forEach(m -> System.out.println("  " + m));
  }

  /** Greedy one-to-one matching: a prediction matches a gold act when the phrase lies in its clause. */
  static void score(AnalyzedStatement doc, List<Commitment> predicted, List<Gold> gold, Score s) {
    s.gold += gold.size();
    s.predicted += predicted.size();
    Set<Commitment> used = new HashSet<>();
    String lower = doc.text().toLowerCase(Locale.ROOT);
    for (Gold g : gold) {
      int at = lower.indexOf(g.find().toLowerCase(Locale.ROOT));
      assertThat(at).as("phrase '%s' in %s", g.find(), g.statement()).isGreaterThanOrEqualTo(0);
      int end = at + g.find().length();
      Commitment hit = null;
      for (Commitment c : predicted) {
        if (!used.contains(c) && c.start() < end && at < c.end()) {
          hit = c;
          break;
        }
      }
      if (hit == null) {
        s.misses.add("missed " + g.kind() + " '" + g.find() + "' in " + g.statement());
        continue;
      }
      used.add(hit);
      s.matchedGold++;
      s.matchedPredicted++;
      if (hit.kind().id().equals(g.kind())) {
        s.kindRight++;
      } else {
        s.misses.add("kind " + hit.kind().id() + " for " + g.kind() + " '" + g.find() + "' in " + g.statement());
      }
      if (new HashSet<>(hit.actors()).equals(new HashSet<>(g.actors()))) {
        s.actorsRight++;
      } else {
        s.misses.add("actors " + hit.actors() + " for " + g.actors() + " '" + g.find() + "' in " + g.statement());
      }
    }
    for (Commitment c : predicted) {
      if (!used.contains(c)) {
        s.misses.add("spurious " + c.kind().id() + " '" + c.text() + "' in " + c.statement());
      }
    }
  }

  /** Reads only the wanted records of the Kremlin bulk file, stopping as soon as all are found. */
  static Map<String, Statement> readBulk(Set<String> ids) {
    Map<String, Statement> out = new LinkedHashMap<>();
    final class Found extends RuntimeException {
      Found() {
        super(null, null, false, false);
      }
    }
    try {
      Ingest.stream(SharedCorpus.bulk(SharedCorpus.KREMLIN_BULK).toString(), IngestOptions.defaults(), st -> {
        if (ids.contains(st.id())) {
          out.put(st.id(), st);
          if (out.size() == ids.size()) {
            throw new Found();
          }
        }
      });
    } catch (Found done) {
      // all wanted records read; the rest of the file is not needed
    }
    return out;
  }

  @Test
  void tunedStatementsReachTheIssueGoals() {
    Score s = SCORES.get("tuned");
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.kindAccuracy()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void heldOutStatementsReachTheirMeasuredFloors() {
    // Annotated blind. First run (fallback actor matcher, placeholder splitter): P 1.00, R 0.67,
    // kind accuracy 1.00, actor accuracy 0.38 (states outside the fallback dictionary). With the real
    // SentenceStage + ActorStage (no lexicon change for these sentences): P 1.00, R 0.75, kind 1.00,
    // actors 0.67. The misses are cues outside the lexicon ("shared intention to", "noted X's
    // willingness", "the need for Russia to"), deliberately left unfixed to keep this group blind.
    Score s = SCORES.get("held-out");
    assertThat(s.gold).isEqualTo(12);
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.7);
    assertThat(s.kindAccuracy()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void overallFigures() {
    Score s = SCORES.get("all");
    assertThat(s.gold).isEqualTo(54);
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.kindAccuracy()).isGreaterThanOrEqualTo(0.95);
  }
}

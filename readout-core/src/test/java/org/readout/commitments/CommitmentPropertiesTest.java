package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.IntRange;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.testing.AnalysisAssertions;
import org.readout.TestEngines;

/** Invariants on random statements assembled from hand-written sentences. */
class CommitmentPropertiesTest {
  static final List<String> POOL = List.of(
      "President Biden spoke today with President Putin of Russia.",
      "The two leaders agreed to resume talks on arms control, and the U.S. will consult its allies.",
      "Russia has no intention of attacking anyone.",
      "President Biden warned that the United States will impose severe costs if Russia invades Ukraine.",
      "They discussed the weather.",
      "The talks, which resumed in Vienna, will be constructive.",
      "Vladimir Putin suggested holding the next round in Helsinki.",
      "The two sides did not agree on a date.",
      "Is this what they will do?",
      "President Biden reiterated his support for Ukraine and called for restraint.",
      "İstanbul will host the talks, ÇAĞLAYAN said.",
      "It was agreed to continue consultations.");

  @Property(tries = 60)
  void everyActPointsInsideItsSentence(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 11) Integer> picks,
                                       @ForAll boolean russianSide) {
    StringBuilder b = new StringBuilder();
    for (int i : picks) {
      b.append(b.length() == 0 ? "" : " ").append(POOL.get(i));
    }
    AnalyzedStatement d = CommitmentExtractorTest.doc(russianSide ? "RU" : "US", b.toString());
    List<Commitment> cs = AnalysisAssertions.assertDeterministic(() -> TestEngines.commitments(d));
    assertThat(new HashSet<>(cs.stream().map(Commitment::id).toList())).hasSize(cs.size());
    AnalysisAssertions.assertCommitments(d, cs);
    for (Commitment c : cs) {
      assertThat(c.text()).contains(c.action().isEmpty() ? "" : c.action().substring(0, Math.min(8, c.action().length())));
      assertThat(c.actors()).isNotEmpty().isSorted();
      assertThat(c.reportedBy()).isEqualTo(russianSide ? "RUS" : "USA");
    }
  }
}

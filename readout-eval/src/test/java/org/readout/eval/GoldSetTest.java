package org.readout.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;

class GoldSetTest {
  @Test
  void readsTheFixture() {
    GoldSet g = GoldSet.load(EvaluationTest.fixture().resolve("gold"), Set.of("dev", "test"));
    assertThat(g.statements()).extracting(Gold.Statement::id).containsExactly("fx:1", "fx:2");
    assertThat(g.statements().get(0).commitments().get(0).actors()).containsExactly("USA");
    assertThat(g.statements().get(0).commitments().get(0).negated()).isTrue();
    assertThat(g.statements().get(1).excerpt().from()).startsWith("Q\u00a0\u00a0\u00a0 Thanks");
    assertThat(g.meetings()).hasSize(2).first().satisfies(m -> {
      assertThat(m.statements()).containsExactly("fx:3", "fx:4");
      assertThat(m.findings()).extracting(Gold.Finding::type).contains("outcome", "mirror");
      assertThat(m.not()).hasSize(1);
      assertThat(m.scored()).isEmpty();
      assertThat(m.scores("mirror")).isTrue();
      assertThat(m.category()).isEmpty();
    });
    assertThat(g.meetings().get(1)).satisfies(m -> {
      assertThat(m.statements()).containsExactly("fx:3");
      assertThat(m.category()).isEqualTo("fixture-set");
      assertThat(m.scores("outcome")).isTrue();
      assertThat(m.scores("one-sided-topic")).isFalse();
    });
    assertThat(g.pairs()).singleElement().satisfies(p -> assertThat(p.pairs()).extracting(Gold.Pair::label)
        .containsExactly("convergence", "mirror", "none"));
    assertThat(GoldSet.load(EvaluationTest.fixture().resolve("gold"), Set.of("test")).meetings()).isEmpty();
  }

  @Test
  void badFilesAreNamed(@TempDir Path tmp) throws IOException {
    Path gold = EvaluationTest.copy(EvaluationTest.fixture().resolve("gold"), tmp.resolve("gold"));
    Path f = gold.resolve("dev/fx_1.yaml");
    String good = Files.readString(f);
    Files.writeString(f, good.replace("kind: hope", "kind: promise"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("fx_1.yaml: commitments[2]: kind 'promise' is not one of");
    Files.writeString(f, good.replace("negated: true", "negated: maybe"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).hasMessageContaining("negated must be true or false");
    Files.writeString(f, good + "  - [unclosed\n");
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).hasMessageContaining("fx_1.yaml: not valid YAML");
    Files.writeString(f, good);
    Files.move(gold.resolve("test/fx_2.yaml"), gold.resolve("dev/fx_2.yaml"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).hasMessageContaining("belongs to the test half");
    assertThatThrownBy(() -> GoldSet.load(tmp.resolve("nowhere"), Set.of("dev"))).hasMessageContaining("no gold directory");
  }

  @Test
  void topicsAreReadAndChecked(@TempDir Path tmp) throws IOException {
    GoldSet g = GoldSet.load(EvaluationTest.fixture().resolve("gold"), Set.of("dev"));
    assertThat(g.statements().get(0).topics()).containsExactlyInAnyOrder("strategic-stability", "follow-up");
    assertThat(g.statements().get(0).unsureTopics()).containsExactly("allies-coordination");
    Path gold = EvaluationTest.copy(EvaluationTest.fixture().resolve("gold"), tmp.resolve("gold"));
    Path f = gold.resolve("dev/fx_1.yaml");
    String good = Files.readString(f);
    Files.writeString(f, good.replace("unsure: [allies-coordination]", "unsure: [follow-up]"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).hasMessageContaining("fx_1.yaml")
        .hasMessageContaining("both in topics and in unsure");
    Files.writeString(f, good.replace("unsure: [allies-coordination]", "unsure: [Allies Coordination]"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).hasMessageContaining("is not a codebook id");
    Files.writeString(f, good.replace("layers: [commitments, attributions, dates, topics]",
        "layers: [commitments, attributions, dates]"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev")))
        .hasMessageContaining("topics are given but layers does not list topics");
  }

  @Test
  void aMeetingScoresOnlyTheTypesItNames(@TempDir Path tmp) throws IOException {
    Path gold = EvaluationTest.copy(EvaluationTest.fixture().resolve("gold"), tmp.resolve("gold"));
    Path f = gold.resolve("compare/dev-fixture-outcome.yaml");
    String good = Files.readString(f);
    Files.writeString(f, good.replace("scored: [outcome]", "scored: [result]"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("dev-fixture-outcome.yaml").hasMessageContaining("scored: 'result' is not one of");
    Files.writeString(f, good.replace("scored: [outcome]", "scored: [mirror]"));
    assertThatThrownBy(() -> GoldSet.load(gold, Set.of("dev"))).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("findings[0]: type 'outcome' is not among scored [mirror]");
  }

  @Test
  void quickIdReadsTheLeadingId() {
    assertThat(Corpus.quickId("{\"id\": \"wh:a/b\", \"text\": \"x\"}")).isEqualTo("wh:a/b");
    assertThat(Corpus.quickId("{\"text\": \"x\", \"id\": \"a\"}")).isNull();
  }
}

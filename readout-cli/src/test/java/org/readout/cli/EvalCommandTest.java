package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout eval} end to end with the real analysis, on a gold and a one-record bulk corpus written here
 * (hand-written text, not corpus text).
 */
class EvalCommandTest {
  @TempDir
  Path tmp;
  Path gold;
  Path shared;

  @BeforeEach
  void fixture() throws IOException {
    shared = tmp.resolve("shared");
    Files.createDirectories(shared.resolve("corpus/bulk"));
    Files.writeString(shared.resolve("corpus/bulk/mini.jsonl"),
        "{\"id\": \"mini:1\", \"title\": \"Readout\", \"date\": \"2022-03-01\", \"publisher\": \"The White House\", "
            + "\"side\": \"US\", \"kind\": \"statements-releases\", \"text\": \"President Biden spoke today with "
            + "Chancellor Scholz of Germany.\\nThe two leaders agreed to meet again in June. President Biden said "
            + "that the United States will\\ncontinue to support Ukraine.\\n\\n\\\\###\"}\n");
    gold = tmp.resolve("gold");
    Files.createDirectories(gold.resolve("dev"));
    Files.createDirectories(gold.resolve("test"));
    Files.writeString(gold.resolve("manifest.tsv"),
        "half\tcategory\tid\tdate\twords\ttitle\ndev\tus-readout\tmini:1\t2022-03-01\t30\tReadout\n");
    Files.writeString(gold.resolve("dev/mini_1.yaml"), """
        id: mini:1
        corpus: whitehouse
        category: us-readout
        date: 2022-03-01
        commitments:
          - {quote: "agreed to meet again in June", kind: agreement, actors: [DEU, USA], negated: false, condition: ""}
          - {quote: "will\\ncontinue to support Ukraine", kind: pledge, actors: [USA], negated: false, condition: ""}
        attributions:
          - {quote: "the United States will\\ncontinue to support Ukraine", type: indirect, speaker: "Joseph R. Biden", speakerId: biden}
        dates:
          - {quote: "spoke today with", text: "today", type: DATE, value: "2022-03-01"}
          - {quote: "again in June", text: "June", type: DATE, value: "2022-06"}
        """);
  }

  @Test
  void printsOneTablePerLayerAndTheDevMisses() {
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--shared", shared.toString(), "--layer", "commitments");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("== dev half: 1 statements").contains("Commitments (dev)")
        .contains("kind + actors").contains("misses: ").doesNotContain("Attributions (dev)");
    CliRun again = CliRun.of("eval", "--gold", gold.toString(), "--shared", shared.toString(), "--layer", "commitments");
    assertThat(again.out()).isEqualTo(r.out());
  }

  @Test
  void jsonAndAllPerStatementLayers() {
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--shared", shared.toString(), "--layer", "dates",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"half\" : \"dev\"").contains("\"dates\"").contains("\"value (TIMEX3 value right)\"");
    CliRun a = CliRun.of("eval", "--gold", gold.toString(), "--shared", shared.toString(), "--layer",
        "attributions,dates", "--half", "all");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).contains("Attributions (dev)").contains("Dates (dev)").doesNotContain("Commitments (dev)")
        .contains("== test half: 0 statements");
  }

  @Test
  void badGoldFailsWithTheFileNamed() throws IOException {
    Files.writeString(gold.resolve("dev/mini_1.yaml"), Files.readString(gold.resolve("dev/mini_1.yaml"))
        .replace("agreed to meet again in June", "agreed to meet again in July"));
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--shared", shared.toString(), "--layer", "commitments");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("mini_1.yaml: commitments[0]: quote").contains("not found in the normalised text");
    assertThat(r.out()).isEmpty();
    CliRun missing = CliRun.of("eval", "--gold", tmp.resolve("nope").toString(), "--shared", shared.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no gold directory");
    CliRun noShared = CliRun.of("eval", "--gold", gold.toString(), "--shared", tmp.resolve("nope").toString());
    assertThat(noShared.exit()).isEqualTo(2);
    assertThat(noShared.err()).contains("no corpus directory here");
  }
}

package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.testing.SharedCorpus;

class CompareCommandTest {

  @TempDir
  Path tmp;

  @BeforeAll
  static void noPersistentCache() {
    // keep tests away from ~/.readout
    System.setProperty("readout.cache.dir", "none");
  }

  @Test
  void comparesTheReadoutsOfAMeetingFolderAsJson() throws Exception {
    CliRun run = CliRun.of("compare", SharedCorpus.flagship().toString(), "--kind", "readout");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("statements")).extracting(s -> s.get("id").asText())
        .containsExactly("ru-meeting-with-us-president", "us-readout");
    // one account per side; the preview, the briefing and the readout of another call are set aside, with reasons
    assertThat(root.get("accounts").get("setAside")).extracting(s -> s.get("id").asText())
        .containsExactly("us-background-call-preview-2021-12-06", "us-psaki-sullivan-briefing",
            "us-readout-call-with-european-allies");
    assertThat(root.get("findings").size()).isPositive();
  }

  @Test
  void flagshipJsonCarriesCommitmentPairsSpeakersAndEvents() throws Exception {
    CliRun run = CliRun.of("compare", SharedCorpus.flagship("us-readout.md").toString(),
        SharedCorpus.flagship("ru-meeting-with-us-president.md").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    int teams = index(root, "us-readout", "tasked their teams");
    int reps = index(root, "ru-meeting-with-us-president", "instruct their representatives");
    boolean paired = false;
    for (JsonNode p : root.get("commitmentPairs")) {
      paired |= p.get("kind").asText().equals("agreement") && p.get("a").get("sentence").asInt() == reps
          && p.get("b").get("sentence").asInt() == teams && p.get("b").get("statement").asText().equals("us-readout");
    }
    assertThat(paired).as("agreement pair teams <-> representatives").isTrue();
    assertThat(root.get("quoted")).extracting(q -> q.get("side").asText()).containsExactly("RU", "US");
    assertThat(root.get("quoted").get(0).get("speakers")).extracting(s -> s.get("speakerId").asText()).contains("putin");
    assertThat(root.get("events")).extracting(e -> e.get("date").asText()).contains("2015", "2021-12-07");
    assertThat(root.get("findings")).extracting(f -> f.get("type").asText()).contains("commitment-match");
    // the same report whichever order the files are given
    CliRun swapped = CliRun.of("compare", SharedCorpus.flagship("ru-meeting-with-us-president.md").toString(),
        SharedCorpus.flagship("us-readout.md").toString());
    assertThat(swapped.out()).isEqualTo(run.out());
  }

  private static int index(JsonNode root, String statement, String phrase) {
    for (JsonNode s : root.get("statements")) {
      if (s.get("id").asText().equals(statement)) {
        for (JsonNode x : s.get("sentences")) {
          if (x.get("text").asText().contains(phrase)) {
            return x.get("index").asInt();
          }
        }
      }
    }
    throw new AssertionError(statement + ": no sentence with " + phrase);
  }

  @Test
  void writesEachFormatAtomicallyToOut() throws Exception {
    for (String fmt : new String[] {"json", "md", "html", "csv"}) {
      Path out = tmp.resolve("report." + fmt);
      CliRun run = CliRun.of("compare", SharedCorpus.flagship("us-readout.md").toString(),
          SharedCorpus.flagship("ru-meeting-with-us-president.md").toString(), "--format", fmt, "--out", out.toString(),
          "--detail", "full");
      assertThat(run.exit()).as(fmt + ": " + run.err()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(Files.readString(out)).isNotBlank();
    }
    assertThat(Files.readString(tmp.resolve("report.csv"))).startsWith("topic,label,ru-meeting-with-us-president:level");
    assertThat(Files.readString(tmp.resolve("report.html"))).startsWith("<!DOCTYPE html>")
        .contains("<h2>Who is quoted</h2>", "<h2>Timeline</h2>");
    assertThat(Files.readString(tmp.resolve("report.md"))).contains("## Who is quoted", "## Commitments", "## Timeline");
  }

  @Test
  void usesAUserCodebook() throws Exception {
    Path cb = tmp.resolve("cb.yaml");
    Files.writeString(cb, "topics:\n  - id: minsk\n    label: Minsk\n    include: [minsk]\n");
    CliRun run = CliRun.of("compare", SharedCorpus.flagship("us-readout.md").toString(),
        SharedCorpus.flagship("ru-meeting-with-us-president.md").toString(), "--codebook", cb.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().split("\r\n")).hasSize(2);
    assertThat(run.out()).contains("minsk,Minsk,extended");
  }

  @Test
  void badInputIsAOneLineErrorWithExitCode2() {
    CliRun fmt = CliRun.of("compare", SharedCorpus.flagship().toString(), "--format", "pdf");
    assertThat(fmt.exit()).isEqualTo(2);
    assertThat(fmt.err()).startsWith("readout: --format: unknown format 'pdf'");
    CliRun detail = CliRun.of("compare", SharedCorpus.flagship().toString(), "--detail", "everything");
    assertThat(detail.exit()).isEqualTo(2);
    assertThat(detail.err()).contains("--detail: unknown level 'everything'");
    // --kind prefers a kind; a side without it keeps its account and a note says so (never exit 2, never a side dropped)
    CliRun kind = CliRun.of("compare", SharedCorpus.flagship().toString(), "--kind", "communique");
    assertThat(kind.exit()).as(kind.err()).isZero();
    assertThat(kind.out()).contains("No communique from the RU side", "No communique from the US side");
    CliRun cb = CliRun.of("compare", SharedCorpus.flagship().toString(), "--codebook", tmp.resolve("nope.yaml").toString());
    assertThat(cb.exit()).isEqualTo(2);
    assertThat(cb.err()).contains("nope.yaml: codebook not found");
  }
}

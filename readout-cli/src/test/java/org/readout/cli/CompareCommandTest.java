package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  static final Path FLAGSHIP = CliTest.FLAGSHIP;

  @TempDir
  Path tmp;

  @BeforeAll
  static void noPersistentCache() {
    // keep tests away from ~/.readout
    System.setProperty("readout.cache.dir", "none");
  }

  @Test
  void comparesTheReadoutsOfAMeetingFolderAsJson() throws Exception {
    CliRun run = CliRun.of("compare", FLAGSHIP.toString(), "--kind", "readout");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("statements")).extracting(s -> s.get("id").asText())
        .containsExactly("ru-meeting-with-us-president", "us-readout", "us-readout-call-with-european-allies");
    assertThat(root.get("findings").size()).isPositive();
  }

  @Test
  void writesEachFormatAtomicallyToOut() throws Exception {
    for (String fmt : new String[] {"json", "md", "html", "csv"}) {
      Path out = tmp.resolve("report." + fmt);
      CliRun run = CliRun.of("compare", FLAGSHIP.resolve("us-readout.md").toString(),
          FLAGSHIP.resolve("ru-meeting-with-us-president.md").toString(), "--format", fmt, "--out", out.toString());
      assertThat(run.exit()).as(fmt + ": " + run.err()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(Files.readString(out)).isNotBlank();
    }
    assertThat(Files.readString(tmp.resolve("report.csv"))).startsWith("topic,label,ru-meeting-with-us-president:level");
    assertThat(Files.readString(tmp.resolve("report.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void usesAUserCodebook() throws Exception {
    Path cb = tmp.resolve("cb.yaml");
    Files.writeString(cb, "topics:\n  - id: minsk\n    label: Minsk\n    include: [minsk]\n");
    CliRun run = CliRun.of("compare", FLAGSHIP.resolve("us-readout.md").toString(),
        FLAGSHIP.resolve("ru-meeting-with-us-president.md").toString(), "--codebook", cb.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().split("\r\n")).hasSize(2);
    assertThat(run.out()).contains("minsk,Minsk,extended");
  }

  @Test
  void badInputIsAOneLineErrorWithExitCode2() {
    CliRun fmt = CliRun.of("compare", FLAGSHIP.toString(), "--format", "pdf");
    assertThat(fmt.exit()).isEqualTo(2);
    assertThat(fmt.err()).startsWith("readout: --format: unknown format 'pdf'");
    CliRun kind = CliRun.of("compare", FLAGSHIP.toString(), "--kind", "communique");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).contains("no statement of kind 'communique'");
    CliRun cb = CliRun.of("compare", FLAGSHIP.toString(), "--codebook", tmp.resolve("nope.yaml").toString());
    assertThat(cb.exit()).isEqualTo(2);
    assertThat(cb.err()).contains("nope.yaml: codebook not found");
  }
}

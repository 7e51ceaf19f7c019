package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code commitments list} on a workspace of a few hundred generated statements: the first run extracts
 * them once (with a progress bar on stderr), later runs only read the commitments tables.
 */
class CommitmentsWorkspaceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int N = 240;

  @TempDir
  Path dir;

  @Test
  void listExtractsOnceThenOnlyReads() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < N; i++) {
      String date = LocalDate.of(2030, 1, 1).plusDays(i).toString();
      String body = i % 40 == 0
          ? "Russia will reopen its consulate in city number " + i + "."
          : "The ministry published its fisheries report number " + i + ". The weather was mild.";
      Files.writeString(in.resolve("s" + i + ".md"), "---\ntitle: \"s" + i + "\"\ndate: \"" + date
          + "\"\npublisher: \"p\"\nside: \"RU\"\nkind: \"statement\"\nmeeting: \"\"\n---\n\n" + body + "\n");
    }
    String db = dir.resolve("ws.db").toString();
    CliRun ingest = CliRun.of("ingest", in.toString(), "--db", db);
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    CliRun first = CliRun.of("commitments", "list", "--db", db);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("extracting commitments from " + N + " statements").contains("/" + N + " statements");
    JsonNode cs = JSON.readTree(first.out()).get("commitments");
    assertThat(cs.size()).isEqualTo(N / 40);

    long t0 = System.nanoTime();
    CliRun second = CliRun.of("commitments", "list", "--db", db);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.err()).as("nothing re-extracted or re-analysed").doesNotContain("extracting");
    assertThat(second.out()).isEqualTo(first.out());
    // Reading two small tables; generous for a loaded machine.
    assertThat(seconds).isLessThan(15.0);

    CliRun track = CliRun.of("track", "--db", db);
    assertThat(track.exit()).as(track.err()).isZero();
    assertThat(track.err()).doesNotContain("extracting");
    assertThat(JSON.readTree(track.out()).get("suggestions").size()).isZero();
  }
}

package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 4: memory bounded by design. Per-statement limits on characters, sentences and tokens
 * stop a pathological text with a one-line error naming the file (exit 2) before analysis blows up.
 */
class StatementLimitsTest {
  @TempDir
  Path tmp;

  private static Path shortSentences(Path file, long bytes) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("---\ntitle: Many\ndate: 2024-01-02\nside: US\nkind: readout\n---\n\n");
      String s = "We met. ";
      for (long n = 0; n < bytes; n += s.length()) {
        w.write(s);
      }
      w.write('\n');
    }
    return file;
  }

  @Test
  void a45MegabyteTextOfShortSentencesFailsFastInASmallHeap() throws Exception {
    Path big = shortSentences(tmp.resolve("short-sentences.md"), 45_000_000);
    Path db = tmp.resolve("ws.db");
    CliProcess.Result r = CliProcess.startCommand(tmp, Map.of(), CliProcess.javaCommand("-Xmx512m",
        Main.class.getName(), List.of("ingest", big.toString(), "--db", db.toString()))).await(Duration.ofSeconds(90));
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("readout: " + big).contains("limit");
    assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void tooManySentencesInOneStatementIsABadInput() throws Exception {
    Path many = shortSentences(tmp.resolve("many.md"), 960_000); // 120,000 sentences, under the 2,000,000-character limit
    CliRun r = CliRun.of("ingest", many.toString(), "--db", tmp.resolve("ws.db").toString());
    assertThat(r.exit()).as(r.out()).isEqualTo(2);
    assertThat(r.err()).startsWith("readout: " + many).contains("sentences", "limit");
  }
}

package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 8: {@code file://}, {@code ftp://} and other schemes are "unsupported scheme", not "no such file". */
class UnsupportedSchemeCliTest {
  @TempDir
  Path tmp;

  @Test
  void ingestRefusesOtherSchemesByName() {
    for (String src : new String[] {"file:///etc/passwd", "ftp://example.org/readout.md", "file:/etc/hosts"}) {
      Path db = tmp.resolve("ws.db");
      CliRun run = CliRun.of("ingest", src, "--db", db.toString());
      assertThat(run.exit()).as(src).isEqualTo(2);
      assertThat(run.err()).as(src).startsWith("readout: " + src + ": ").contains("unsupported scheme")
          .doesNotContain("no such file");
      assertThat(Files.exists(db)).as("no workspace created").isFalse();
    }
  }
}

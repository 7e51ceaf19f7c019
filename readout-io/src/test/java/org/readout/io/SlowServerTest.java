package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutException;

/** Issue 11 item 3: a server that sends headers, then a byte every 2 s, must not hang ingest (deadline 3 s here). */
class SlowServerTest {
  @Test
  void aTricklingBodyHitsTheWholeRequestDeadline() throws Exception {
    try (TrickleServer server = new TrickleServer("text/plain", null, 2000)) {
      String url = server.url("/slow.txt");
      long t0 = System.nanoTime();
      ReadoutException e = assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
        try {
          Ingest.stream(url, IngestOptions.defaults().withAllowPrivate(true).withMetadata("US", null, null, null, null,
              null).withFetchTimeout(Duration.ofSeconds(3)), st -> { });
          return null;
        } catch (ReadoutException x) {
          return x;
        }
      });
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith(url + ": ").contains("timed out");
      assertThat(e.exitCode()).isEqualTo(ReadoutException.IO_FAILURE);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }
  }
}

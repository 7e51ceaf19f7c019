package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout serve}: refuses an exposed bind without a token; in a child JVM it prints its URL and serves. */
class ServeCommandTest {
  @Test
  void exposedBindWithoutTokenIsBadInput(@TempDir Path dir) {
    CliRun run = CliRun.of("serve", "--db", dir.resolve("ws.db").toString(), "--bind", "0.0.0.0", "--port", "0");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--bind 0.0.0.0: listening beyond this machine needs --token or --token-file");
    assertThat(Files.exists(dir.resolve("ws.db"))).isFalse();
  }

  @Test
  void emptyTokenFileIsBadInput(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "\n");
    CliRun run = CliRun.of("serve", "--db", dir.resolve("ws.db").toString(), "--token-file", token.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("the token file is empty");
  }

  @Test
  void printsItsLoopbackUrlAndServes(@TempDir Path dir) throws Exception {
    CliProcess p = CliProcess.start(dir, Map.of(), "serve", "--db", dir.resolve("ws.db").toString(), "--port", "0");
    try {
      Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(started in");
      Matcher m = null;
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (System.nanoTime() < deadline && p.process.isAlive()) {
        String out = Files.exists(p.out) ? Files.readString(p.out) : "";
        m = url.matcher(out);
        if (m.find()) {
          break;
        }
        m = null;
        Thread.sleep(200);
      }
      assertThat(m).as("the URL line on stdout").isNotNull();
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(m.group(1) + "api/statements")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body().strip()).isEqualTo("[ ]");
    } finally {
      p.process.destroy();
      p.process.waitFor();
    }
  }
}

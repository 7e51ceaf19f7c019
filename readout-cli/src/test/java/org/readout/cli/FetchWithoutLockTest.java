package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Issue 11 item 3: while one ingest fetches a slow URL, it holds no workspace lock: another ingest
 * (another process, 2 s lock timeout) gets through.
 */
class FetchWithoutLockTest {
  @TempDir
  Path tmp;

  @Test
  void anotherWriterGetsThroughWhileAUrlIsFetched() throws Exception {
    byte[] body = "The ministers met in Vienna today.".getBytes(StandardCharsets.UTF_8);
    Path db = tmp.resolve("ws.db");
    Path note = tmp.resolve("note.md");
    Files.writeString(note, "---\ntitle: Note\ndate: 2024-01-02\nside: US\nkind: readout\n---\n\nThe envoys met in Oslo.\n");
    assertThat(CliRun.of("ingest", note.toString(), "--db", db.toString()).exit()).isZero();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/call.txt", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        for (byte b : body) { // one byte every 300 ms: about 10 s in all
          Thread.sleep(300);
          out.write(b);
          out.flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/call.txt";
      CliProcess slow = CliProcess.start(tmp, Map.of(), "ingest", url, "--allow-private",
          "--side", "US", "--date", "2024-01-03", "--title", "Call", "--db", db.toString());
      Thread.sleep(4000); // the slow ingest is now in the middle of its ~10 s fetch
      assertThat(slow.process.isAlive()).isTrue();
      Files.writeString(note, "---\ntitle: Note\ndate: 2024-01-02\nside: US\nkind: readout\n---\n\nThe envoys met in Oslo "
          + "again.\n");
      CliProcess.Result other = CliProcess.run(tmp, Duration.ofSeconds(60), Map.of("READOUT_LOCK_TIMEOUT", "2"),
          "ingest", note.toString(), "--db", db.toString());
      assertThat(other.exit()).as(other.err()).isZero();
      CliProcess.Result first = slow.await(Duration.ofSeconds(60));
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(CliRun.of("list", "--db", db.toString()).out()).contains("Note", "Call");
    } finally {
      server.stop(0);
    }
  }
}

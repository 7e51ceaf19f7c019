package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 5: two different sources that derive the same statement id (same file name in two
 * folders, URLs ending in the same file name) must not silently replace each other: the second is an
 * error unless {@code --replace}; the same source re-ingested after an edit is still an update.
 */
class IdentityCollisionTest {
  @TempDir
  Path tmp;

  private static String statement(String title, String text) {
    return "---\ntitle: " + title + "\ndate: 2024-03-01\nside: US\nkind: readout\n---\n\n" + text + "\n";
  }

  @Test
  void sameFileNameInAnotherFolderIsACollisionUnlessReplaced() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a")).resolve("note.md");
    Path b = Files.createDirectories(tmp.resolve("b")).resolve("note.md");
    Files.writeString(a, statement("Alpha", "The ministers met in Rome. They agreed on a plan."));
    Files.writeString(b, statement("Beta", "The envoys met in Oslo. They discussed fisheries."));
    String db = tmp.resolve("ws.db").toString();
    assertThat(CliRun.of("ingest", a.toString(), "--db", db).exit()).isZero();

    CliRun second = CliRun.of("ingest", b.toString(), "--db", db);
    assertThat(second.exit()).as(second.out() + second.err()).isEqualTo(2);
    assertThat(second.err()).startsWith("readout: " + b).contains("'note'", a.toString(), "--replace");
    assertThat(second.err().lines().count()).isEqualTo(1);
    assertThat(CliRun.of("list", "--db", db).out()).contains("Alpha").doesNotContain("Beta");

    CliRun replaced = CliRun.of("ingest", b.toString(), "--db", db, "--replace");
    assertThat(replaced.exit()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("1 updated");
    assertThat(CliRun.of("list", "--db", db).out()).contains("Beta").doesNotContain("Alpha");
  }

  @Test
  void theSameFileEditedIsAnUpdateWhicheverWayItIsNamed() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a")).resolve("note.md");
    Files.writeString(a, statement("Alpha", "The ministers met in Rome."));
    String db = tmp.resolve("ws.db").toString();
    assertThat(CliRun.of("ingest", a.toString(), "--db", db).exit()).isZero();
    Files.writeString(a, statement("Alpha", "The ministers met in Rome on Friday."));
    Path relative = Path.of("").toAbsolutePath().relativize(a.toAbsolutePath());
    CliRun again = CliRun.of("ingest", relative.toString(), "--db", db);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("1 updated");
  }

  @Test
  void urlsEndingInTheSameFileNameAreACollision() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    for (String[] page : new String[][] {{"/x/readout.md", "Alpha", "The ministers met in Rome."},
        {"/y/readout.md", "Beta", "The envoys met in Oslo."}}) {
      server.createContext(page[0], ex -> {
        byte[] body = statement(page[1], page[2]).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/markdown; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      });
    }
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      String db = tmp.resolve("ws.db").toString();
      CliRun first = CliRun.of("ingest", base + "/x/readout.md", "--allow-private", "--db", db);
      assertThat(first.exit()).as(first.err()).isZero();
      CliRun second = CliRun.of("ingest", base + "/y/readout.md", "--allow-private", "--db", db);
      assertThat(second.exit()).as(second.out()).isEqualTo(2);
      assertThat(second.err()).contains(base + "/x/readout.md", "--replace");
      assertThat(CliRun.of("list", "--db", db).out()).contains("Alpha").doesNotContain("Beta");
    } finally {
      server.stop(0);
    }
  }
}

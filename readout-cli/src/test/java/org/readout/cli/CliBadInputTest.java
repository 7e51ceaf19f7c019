package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad-input case through the CLI: one line on stderr naming the file (and line for JSON
 * Lines) and the problem, a non-zero exit code, no stack trace, and no change to the workspace.
 * Each run puts a good statement of our own first, so a partial write would show.
 */
class CliBadInputTest {

  @TempDir
  Path tmp;
  Path db;
  Path good;
  String before;

  @BeforeEach
  void workspaceWithOneStatement() throws IOException {
    db = tmp.resolve("ws.db");
    Path existing = Files.writeString(tmp.resolve("existing-readout.md"), frontMatter("US", "2021-12-07")
        + "President Biden held a video call today with President Putin. The leaders tasked their teams to follow up.\n");
    assertThat(CliRun.of("ingest", existing.toString(), "--db", db.toString()).exit()).isZero();
    before = listing();
    good = tmp.resolve("good-note.md");
    Files.writeString(good, frontMatter("US", "2021-12-08")
        + "The two delegations met again on Wednesday. They agreed to meet once more in January.\n");
  }

  @Test
  void missingPath() {
    rejects(tmp.resolve("no-such-file.md"), 2);
  }

  @Test
  void emptyFile() throws IOException {
    rejects(write("empty.md", new byte[0]), 2);
  }

  @Test
  void directoryWithNoStatements() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("nothing-here"));
    Files.createDirectories(dir.resolve("sub"));
    rejects(dir, 2);
  }

  @Test
  void pngFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
        8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    rejects(write("picture.md", png), 2);
  }

  @Test
  void zipFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("statement.txt"));
      zip.write("The ministers met in Vienna.".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    rejects(write("archive.txt", bytes.toByteArray()), 2);
  }

  @Test
  void malformedFrontMatter() throws IOException {
    rejects(write("broken.md", "---\ntitle: [unclosed\ndate: 2021-12-08\nside: US\n---\n\nThe ministers met.\n"), 2);
  }

  @Test
  void unknownSide() throws IOException {
    rejects(write("martian.md", frontMatter("MARS", "2021-12-08") + "The ministers met in Vienna.\n"), 2, "MARS");
  }

  @Test
  void nonIsoDate() throws IOException {
    rejects(write("us-date.md", frontMatter("US", "12/08/2021") + "The ministers met in Vienna.\n"), 2, "12/08/2021");
  }

  @Test
  void bytesOfNoPlausibleEncoding() throws IOException {
    byte[] noise = new byte[600];
    long x = 42;
    for (int i = 0; i < noise.length; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      noise[i] = (byte) (x >>> 56);
    }
    rejects(write("noise.txt", noise), 2);
  }

  @Test
  void jsonLinesRecordThatIsNotJsonStopsNamingTheLine() throws IOException {
    Path jsonl = write("records.jsonl", record("rec-1") + "\n{not json at all\n" + record("rec-3") + "\n");
    CliRun run = rejects(jsonl, 2);
    assertThat(run.err()).contains("records.jsonl:2");
  }

  @Test
  void jsonLinesBadRecordIsSkippedAndCountedWithKeepGoing() throws IOException {
    Path jsonl = write("records.jsonl", record("rec-1") + "\n{not json at all\n" + record("rec-3") + "\n");
    CliRun run = CliRun.of("ingest", jsonl.toString(), "--keep-going", "--db", db.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 added", "1 skipped");
    assertThat(CliRun.of("list", "--db", db.toString()).out().lines()).hasSize(3);
  }

  @Test
  void truncatedGzip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        sb.append(record("rec-" + i)).append('\n');
      }
      gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
    CliRun run = CliRun.of("ingest", good.toString(), write("cut.jsonl.gz", cut).toString(), "--db", db.toString());
    assertThat(run.exit()).isIn(2, 3);
    assertOneLineNaming(run, "cut.jsonl.gz");
  }

  @Test
  void fileOverMaxBytes() throws IOException {
    Path big = write("big.md", frontMatter("US", "2021-12-08") + "The ministers met in Vienna. ".repeat(100) + "\n");
    CliRun run = CliRun.of("ingest", good.toString(), big.toString(), "--max-bytes", "1000", "--db", db.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertOneLineNaming(run, "big.md");
  }

  @Test
  void unreachableUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again at once: nothing listens there
    }
    String url = "http://127.0.0.1:" + port + "/readout.html";
    CliRun run = CliRun.of("ingest", good.toString(), url, "--allow-private", "--db", db.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertOneLineNaming(run, url);
  }

  private CliRun rejects(Path bad, int exit, String... alsoMentions) {
    CliRun run = CliRun.of("ingest", good.toString(), bad.toString(), "--db", db.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertOneLineNaming(run, bad.getFileName().toString());
    if (alsoMentions.length > 0) {
      assertThat(run.err()).contains(alsoMentions);
    }
    return run;
  }

  private void assertOneLineNaming(CliRun run, String name) {
    List<String> lines = new ArrayList<>(run.err().lines().toList());
    assertThat(lines).as(run.err()).hasSize(1);
    assertThat(lines.get(0)).startsWith("readout: ").contains(name).doesNotContain("Exception");
    assertThat(listing()).as("workspace unchanged").isEqualTo(before);
  }

  private String listing() {
    return CliRun.of("list", "--format", "json", "--db", db.toString()).out();
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, content);
    return p;
  }

  static String frontMatter(String side, String date) {
    return "---\ntitle: A note of our own\ndate: \"" + date + "\"\npublisher: Test\nside: " + side
        + "\nkind: note\nmeeting: test-meeting\n---\n\n";
  }

  static String record(String id) {
    return "{\"id\": \"" + id + "\", \"title\": \"Note " + id + "\", \"date\": \"2022-01-10\", \"publisher\": \"Test\","
        + " \"side\": \"RU\", \"kind\": \"news\", \"url\": \"\", \"licence\": \"\","
        + " \"text\": \"The ministers met in Geneva. They spoke for an hour about " + id + ".\"}";
  }

}

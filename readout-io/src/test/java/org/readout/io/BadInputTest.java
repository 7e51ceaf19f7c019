package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;
import org.readout.model.Statement;

/** Each kind of bad input gets one line naming the file and the problem, and the right exit code. */
class BadInputTest {
  private static final String FRONT = "---\ntitle: \"Talks\"\ndate: \"2024-03-01\"\npublisher: \"Ministry\"\nside: \"US\"\n"
      + "kind: \"readout\"\n---\n\n";

  @TempDir
  Path dir;

  /** Asserts a ReadoutException with a one-line message containing every fragment, and the exit code. */
  private static ReadoutException assertBad(ThrowingCallable call, int exitCode, String... fragments) {
    ReadoutException e = catchThrowableOfType(ReadoutException.class, call);
    assertThat(e).as("expected a ReadoutException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n", "\r").contains(fragments);
    assertThat(e.exitCode()).isEqualTo(exitCode);
    return e;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bo.toByteArray();
  }

  private static String record(int i) {
    return "{\"id\":\"t:" + i + "\",\"title\":\"T" + i + "\",\"date\":\"2022-01-0" + (1 + i % 9)
        + "\",\"publisher\":\"P\",\"side\":\"RU\",\"kind\":\"news\",\"url\":\"\",\"licence\":\"\",\"text\":\"Record number "
        + i + " says the talks went well.\"}\n";
  }

  @Test
  void missingPath() {
    Path p = dir.resolve("nowhere.md");
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "nowhere.md", "no such file or directory");
  }

  @Test
  void emptyFile() throws IOException {
    Path p = write("empty.md", new byte[0]);
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "empty.md", "empty file");
    Path blank = write("blank.txt", " \n\t\n");
    assertBad(() -> Ingest.read(blank), ReadoutException.BAD_INPUT, "blank.txt", "empty file");
    Path onlyFront = write("front-only.md", FRONT);
    assertBad(() -> Ingest.read(onlyFront), ReadoutException.BAD_INPUT, "front-only.md", "no text after the front matter");
  }

  @Test
  void directoryWithNoStatements() throws IOException {
    write("d/picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    write("d/.hidden.md", FRONT + "Hidden text.");
    write("d/.git/notes.md", FRONT + "Hidden folder.");
    Path d = dir.resolve("d");
    assertBad(() -> Ingest.read(d), ReadoutException.BAD_INPUT, "d", "directory has no statements");
  }

  @Test
  void binaryFiles() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path p = write("chart.md", png);
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "chart.md", "binary file", "PNG");
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    Path z = write("archive.txt", zip);
    assertBad(() -> Ingest.read(z), ReadoutException.BAD_INPUT, "archive.txt", "binary file", "ZIP");
    Path nul = write("nul.txt", new byte[] {'a', 'b', 0, 'c', 'd'});
    assertBad(() -> Ingest.read(nul), ReadoutException.BAD_INPUT, "nul.txt", "binary file", "NUL");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'x' : 0x01);
    }
    Path ctl = write("controls.txt", controls);
    assertBad(() -> Ingest.read(ctl), ReadoutException.BAD_INPUT, "controls.txt", "control characters");
  }

  @Test
  void malformedFrontMatter() throws IOException {
    Path unclosed = write("unclosed.md", "---\ntitle: \"Talks\"\nside: US\n\nText without a closing line.\n");
    assertBad(() -> Ingest.read(unclosed), ReadoutException.BAD_INPUT, "unclosed.md", "malformed front matter",
        "never closed");
    Path badYaml = write("bad-yaml.md", "---\ntitle: \"Talks\nside: [US\n---\n\nText.\n");
    assertBad(() -> Ingest.read(badYaml), ReadoutException.BAD_INPUT, "bad-yaml.md", "malformed front matter");
    Path list = write("list.md", "---\n- a\n- b\n---\n\nText.\n");
    assertBad(() -> Ingest.read(list), ReadoutException.BAD_INPUT, "list.md", "malformed front matter", "list");
    Path dup = write("dup.md", "---\nside: US\nside: RU\ndate: 2024-01-01\n---\n\nText.\n");
    assertBad(() -> Ingest.read(dup), ReadoutException.BAD_INPUT, "dup.md", "malformed front matter", "duplicate");
  }

  @Test
  void unknownSide() throws IOException {
    Path p = write("mars.md", FRONT.replace("side: \"US\"", "side: \"MARS\"") + "Text.");
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "mars.md", "unknown side 'MARS'", "known: ");
    Path none = write("no-side.md", FRONT.replace("side: \"US\"\n", "") + "Text.");
    assertBad(() -> Ingest.read(none), ReadoutException.BAD_INPUT, "no-side.md", "no side");
  }

  @Test
  void sideIsStoredNormalised() throws IOException {
    Path p = write("lower.md", FRONT.replace("side: \"US\"", "side: \" ru \"") + "Text.");
    assertThat(Ingest.read(p).get(0).meta().side()).isEqualTo("RU");
  }

  @Test
  void nonIsoDate() throws IOException {
    Path p = write("us-date.md", FRONT.replace("date: \"2024-03-01\"", "date: \"03/01/2024\"") + "Text.");
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "us-date.md", "date '03/01/2024'", "ISO");
    Path impossible = write("feb30.md", FRONT.replace("2024-03-01", "2024-02-30") + "Text.");
    assertBad(() -> Ingest.read(impossible), ReadoutException.BAD_INPUT, "feb30.md", "not a real calendar date");
    Path unquoted = write("unquoted.md", FRONT.replace("\"2024-03-01\"", "2024-03-01") + "Text.");
    assertThat(Ingest.read(unquoted).get(0).meta().date()).hasToString("2024-03-01");
  }

  @Test
  void undecodableBytes() throws IOException {
    // 0x81 is undefined in Windows-1252 and 0x98 in Windows-1251; neither is valid UTF-8 here
    Path p = write("garbled.txt", new byte[] {'T', 'e', 'x', 't', ' ', (byte) 0x81, (byte) 0x98, ' ', 'x'});
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "garbled.txt", "undecodable bytes");
    // a UTF-16 byte order mark followed by an unpaired surrogate
    Path u16 = write("broken16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0});
    assertBad(() -> Ingest.read(u16), ReadoutException.BAD_INPUT, "broken16.txt", "undecodable bytes", "UTF-16LE");
  }

  @Test
  void jsonLinesRecordThatIsNotJsonStopsWithItsLineNumber() throws IOException {
    String body = record(1) + record(2) + "{\"id\": \"t:3\", \"text\": oops}\n" + record(4);
    Path p = write("feed.jsonl", body);
    assertBad(() -> Ingest.read(p), ReadoutException.BAD_INPUT, "feed.jsonl:3: not JSON: ");
    Path gz = write("feed.jsonl.gz", gzip(body));
    assertBad(() -> Ingest.read(gz), ReadoutException.BAD_INPUT, "feed.jsonl.gz:3: not JSON: ");
    Path notObject = write("array.jsonl", record(1) + "[1, 2]\n");
    assertBad(() -> Ingest.read(notObject), ReadoutException.BAD_INPUT, "array.jsonl:2: not a JSON object");
    Path badSide = write("side.jsonl", record(1).replace("\"RU\"", "\"XX\""));
    assertBad(() -> Ingest.read(badSide), ReadoutException.BAD_INPUT, "side.jsonl:1: unknown side 'XX'");
    Path noId = write("noid.jsonl", "{\"text\": \"hello\", \"side\": \"US\"}\n");
    assertBad(() -> Ingest.read(noId), ReadoutException.BAD_INPUT, "noid.jsonl:1: record has no 'id'");
  }

  @Test
  void keepGoingSkipsAndCountsBadRecords() throws IOException {
    String body = record(1) + "not json at all\n" + record(3) + "{\"id\":\"t:4\",\"side\":\"RU\",\"date\":\"4 Jan\","
        + "\"text\":\"x\"}\n" + record(5);
    Path p = write("mixed.jsonl.gz", gzip(body));
    List<String> warnings = new ArrayList<>();
    List<Statement> got = new ArrayList<>();
    IngestOptions opts = IngestOptions.defaults().withKeepGoing(true).withWarnings(warnings::add);
    int skipped = Ingest.stream(p.toString(), opts, got::add);
    assertThat(skipped).isEqualTo(2);
    assertThat(got).extracting(Statement::id).containsExactly("t:1", "t:3", "t:5");
    assertThat(got.get(1).source()).endsWith("mixed.jsonl.gz#3");
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains("mixed.jsonl.gz:2: not JSON").contains("skipped");
    assertThat(warnings.get(1)).contains("mixed.jsonl.gz:4: date '4 Jan'");
  }

  @Test
  void truncatedGzip() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      body.append(record(i));
    }
    byte[] full = gzip(body.toString());
    byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
    Path p = write("cut.jsonl.gz", cut);
    assertBad(() -> Ingest.stream(p.toString(), IngestOptions.defaults().withKeepGoing(true), st -> { }),
        ReadoutException.BAD_INPUT, "cut.jsonl.gz", "truncated gzip data");
    Path notGz = write("plain.jsonl.gz", record(1));
    assertBad(() -> Ingest.read(notGz), ReadoutException.BAD_INPUT, "plain.jsonl.gz", "not gzip data");
  }

  @Test
  void fileOverMaxBytes() throws IOException {
    Path p = write("big.md", FRONT + "Some words. ".repeat(200));
    IngestOptions small = IngestOptions.defaults().withMaxBytes(1000);
    assertBad(() -> Ingest.readSources(List.of(p.toString()), small), ReadoutException.BAD_INPUT, "big.md",
        "over the limit of 1000", "--max-bytes");
    assertThat(Ingest.readSources(List.of(p.toString()), IngestOptions.defaults())).hasSize(1);
  }

  @Test
  void jsonLinesRecordOverMaxBytesStopsWithoutReadingItWhole() throws IOException {
    String huge = record(2).replace("says the talks went well.", "x".repeat(5000));
    Path p = write("huge.jsonl.gz", gzip(record(1) + huge));
    IngestOptions small = IngestOptions.defaults().withMaxBytes(2000).withKeepGoing(true);
    assertBad(() -> Ingest.stream(p.toString(), small, st -> { }), ReadoutException.BAD_INPUT,
        "huge.jsonl.gz:2: record is over the limit of 2000");
  }

  @Test
  void unreachableUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/statement.html";
    assertBad(() -> Ingest.readSources(List.of(url), IngestOptions.defaults().withAllowPrivate(true)),
        ReadoutException.IO_FAILURE, url, "unreachable");
  }
}

package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;
import org.readout.model.Statement;

/** Issue 11, the smaller findings on inputs: encodings, symlinks, nested metadata. */
class HostileInputTest {
  private static final String FM = "---\ntitle: Talks\ndate: 2024-05-06\nside: RU\nkind: readout\n---\n\n";

  @TempDir
  Path tmp;

  @Test
  void invalidUtf8InAMostlyUtf8FileIsRefusedWithItsByteOffset() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((FM + "Переговоры прошли в Женеве. ").getBytes(StandardCharsets.UTF_8));
    int offset = b.size();
    b.write(0xFF);
    b.writeBytes(" Стороны договорились продолжить диалог.\n".getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(tmp.resolve("broken.md"), b.toByteArray());
    List<String> warnings = new ArrayList<>();
    ReadoutException e = catchThrowableOfType(ReadoutException.class,
        () -> Ingest.read(f, IngestOptions.defaults().withWarnings(warnings::add)));
    assertThat(e).as("not stored as mojibake; warnings: " + warnings).isNotNull();
    assertThat(e.getMessage()).startsWith(f + ": ").contains("invalid UTF-8", "byte " + offset);
  }

  @Test
  void aRealWindows1252FileStillDecodesWithAWarning() throws Exception {
    Path f = Files.write(tmp.resolve("legacy.md"), (FM.replace("RU", "FR") + "Le ministre a parlé du café.\n")
        .getBytes("windows-1252"));
    List<String> warnings = new ArrayList<>();
    Statement st = Ingest.read(f, IngestOptions.defaults().withWarnings(warnings::add)).get(0);
    assertThat(st.text()).isEqualTo("Le ministre a parlé du café.");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void utf16WithoutByteOrderMarkIsText() throws Exception {
    String text = FM + "The ministers met in Vienna. They agreed to meet again.\n";
    for (String cs : List.of("UTF-16LE", "UTF-16BE")) {
      Path f = Files.write(tmp.resolve("u16-" + cs + ".md"), text.getBytes(cs));
      Statement st = Ingest.read(f).get(0);
      assertThat(st.text()).as(cs).isEqualTo("The ministers met in Vienna. They agreed to meet again.");
      assertThat(st.meta().side()).isEqualTo("RU");
    }
  }

  @Test
  void symlinkedFilesInsideFoldersAreFollowed() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outside.resolve("target.md"), FM + "The ministers met in Vienna.\n");
    Path dir = Files.createDirectories(tmp.resolve("meeting"));
    Files.writeString(dir.resolve("plain.md"), FM + "The envoys met in Oslo.\n");
    Files.createSymbolicLink(dir.resolve("linked.md"), outside.resolve("target.md"));
    Files.createSymbolicLink(dir.resolve("loop"), dir); // a folder link back to itself: must not hang
    List<String> warnings = new ArrayList<>();
    List<Statement> got = Ingest.read(dir, IngestOptions.defaults().withWarnings(warnings::add));
    assertThat(got).extracting(Statement::id).containsExactly("linked", "plain");
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("loop"));
  }

  @Test
  void aBrokenSymlinkInAFolderIsReportedNotSkipped() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("meeting"));
    Files.writeString(dir.resolve("plain.md"), FM + "The envoys met in Oslo.\n");
    Files.createSymbolicLink(dir.resolve("gone.md"), tmp.resolve("no-such-target.md"));
    ReadoutException e = catchThrowableOfType(ReadoutException.class, () -> Ingest.read(dir));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("gone.md", "broken symbolic link");
  }

  @Test
  void aDeeplyNestedJsonValueIsNotAKind() throws Exception {
    String nested = "[".repeat(999) + "]".repeat(999);
    Path f = Files.writeString(tmp.resolve("deep.jsonl"), "{\"id\":\"x:1\",\"side\":\"US\",\"date\":\"2024-01-02\","
        + "\"kind\":" + nested + ",\"text\":\"The ministers met.\"}\n");
    ReadoutException e = catchThrowableOfType(ReadoutException.class, () -> Ingest.read(f));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith(f + ":1: ").contains("'kind'");
    assertThat(e.getMessage().length()).isLessThan(300);
  }

  @Test
  void metadataMustBeShortScalarsInFrontMatterToo() throws Exception {
    Path nested = Files.writeString(tmp.resolve("nested.md"),
        "---\ntitle: T\ndate: 2024-01-02\nside: US\nkind: {a: {b: [1, 2]}}\n---\n\nThe ministers met.\n");
    ReadoutException e = catchThrowableOfType(ReadoutException.class, () -> Ingest.read(nested));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith(nested + ": ").contains("'kind'");
    Path huge = Files.writeString(tmp.resolve("huge.jsonl"), "{\"id\":\"x:1\",\"side\":\"US\",\"title\":\""
        + "t".repeat(100_000) + "\",\"text\":\"The ministers met.\"}\n");
    ReadoutException e2 = catchThrowableOfType(ReadoutException.class, () -> Ingest.read(huge));
    assertThat(e2).isNotNull();
    assertThat(e2.getMessage()).contains("'title'", "characters");
  }
}

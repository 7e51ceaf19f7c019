package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.Statement;

/** Folders are walked recursively in a fixed order; plain text takes its metadata from the options. */
class DirectoryAndPlainTextTest {
  @TempDir
  Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void walksRecursivelySortedSkippingHiddenAndUnknownFiles() throws IOException {
    IngestOptions opts = IngestOptions.defaults().withMetadata("CN", LocalDate.of(2022, 3, 18), "Ministry", null,
        "statement", "call");
    write("b/z-last.txt", "Last statement.");
    write("b/a-first.md", "First statement.");
    write("a.txt", "Top statement.");
    write("c/page.htm", "<html><body><p>Page statement.</p></body></html>");
    write("c/notes.docx", "not a statement format");
    write(".hidden/secret.md", "Hidden.");
    write("b/.draft.md", "Draft.");
    List<Statement> got = Ingest.readSources(List.of(dir.toString()), opts);
    assertThat(got).extracting(Statement::id).containsExactly("a", "a-first", "z-last", "page");
    assertThat(got).extracting(Statement::text).containsExactly("Top statement.", "First statement.",
        "Last statement.", "Page statement.");
    assertThat(got).allSatisfy(st -> {
      assertThat(st.meta().side()).isEqualTo("CN");
      assertThat(st.meta().date()).isEqualTo(LocalDate.of(2022, 3, 18));
      assertThat(st.meta().publisher()).isEqualTo("Ministry");
      assertThat(st.meta().kind()).isEqualTo("statement");
      assertThat(st.meta().meeting()).isEqualTo("call");
    });
  }

  @Test
  void plainTextWithoutFrontMatterUsesFlagsAndRejoinsLines() throws IOException {
    write("remarks.txt", "THE FOREIGN MINISTER: We had a\nuseful exchange.\n\nQ Will you meet again?\n");
    IngestOptions opts = IngestOptions.defaults().withMetadata("FR", LocalDate.of(2020, 1, 2), null, "Remarks", "remarks",
        null);
    Statement st = Ingest.readSources(List.of(dir.resolve("remarks.txt").toString()), opts).get(0);
    assertThat(st.id()).isEqualTo("remarks");
    assertThat(st.meta().title()).isEqualTo("Remarks");
    assertThat(st.text()).isEqualTo("THE FOREIGN MINISTER: We had a useful exchange.\n\nQ Will you meet again?");
  }

  @Test
  void plainTextWithoutFlagsHasNoSideButIsRead() throws IOException {
    write("note.txt", "A short note.");
    Statement st = Ingest.read(dir.resolve("note.txt")).get(0);
    assertThat(st.meta().side()).isEmpty();
    assertThat(st.meta().date()).isNull();
  }

  @Test
  void windowsLineEndsInFrontMatterBodyAndJsonLines() throws IOException {
    write("crlf.md", "---\r\nside: UA\r\ndate: \"2022-02-24\"\r\n---\r\nFirst line\r\nwraps here.\r\n\r\nSecond.\r\n");
    Statement st = Ingest.read(dir.resolve("crlf.md")).get(0);
    assertThat(st.meta().side()).isEqualTo("UA");
    assertThat(st.text()).isEqualTo("First line wraps here.\n\nSecond.");
    write("crlf.jsonl", "{\"id\":\"a\",\"side\":\"US\",\"text\":\"One.\"}\r\n\r\n{\"id\":\"b\",\"side\":\"US\","
        + "\"text\":\"Two.\"}\r\n");
    assertThat(Ingest.read(dir.resolve("crlf.jsonl"))).extracting(Statement::id, Statement::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "One."), org.assertj.core.groups.Tuple.tuple("b", "Two."));
    assertThat(Ingest.read(dir.resolve("crlf.jsonl")).get(1).source()).endsWith("crlf.jsonl#3");
  }

  @Test
  void frontMatterWinsOverFlags() throws IOException {
    write("fm.md", "---\nside: RU\ndate: \"2021-12-07\"\ntitle: Own title\n---\nBody.\n");
    IngestOptions opts = IngestOptions.defaults().withMetadata("US", LocalDate.of(2000, 1, 1), null, "Flag title", null,
        null);
    Statement st = Ingest.readSources(List.of(dir.resolve("fm.md").toString()), opts).get(0);
    assertThat(st.meta().side()).isEqualTo("RU");
    assertThat(st.meta().date()).isEqualTo(LocalDate.of(2021, 12, 7));
    assertThat(st.meta().title()).isEqualTo("Own title");
    assertThat(st.text()).isEqualTo("Body.");
  }
}

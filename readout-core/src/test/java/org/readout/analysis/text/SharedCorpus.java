package org.readout.analysis.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;

/**
 * Test helper reading statements from ../shared at run time: drops the front matter and normalises
 * the body with the real {@link TextNormaliser}, as ingest does (metadata other than the id is not read).
 */
final class SharedCorpus {
  private SharedCorpus() {
  }

  static Path root() {
    return Path.of(System.getProperty("readout.shared", "../../shared"));
  }

  static Path meeting(String slug, String file) {
    return root().resolve("corpus/meetings").resolve(slug).resolve(file);
  }

  static Statement flagship(String file) {
    return read(meeting("2021-12-07-biden-putin-video-call", file));
  }

  static Statement read(Path file) {
    try {
      String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      String body = raw;
      if (raw.startsWith("---\n")) {
        int end = raw.indexOf("\n---\n", 4);
        body = raw.substring(end + 5);
      }
      String id = file.getFileName().toString().replaceFirst("\\.md$", "");
      return Statement.of(new StatementMeta(id, id, LocalDate.of(2021, 12, 7), "", "", "", "", "", "", ""),
          normalise(body), file.toString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  /** The real normaliser, as ingest applies it to a Markdown body. */
  static String normalise(String body) {
    return TextNormaliser.normalise(body);
  }
}

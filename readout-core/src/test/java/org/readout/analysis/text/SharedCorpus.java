package org.readout.analysis.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * Test helper reading statements from ../shared at run time. readout-core cannot depend on
 * readout-io, so this mirrors what ingest does to a Markdown statement: drop the front matter, rejoin
 * hard-wrapped lines (single newline → space), keep blank-line paragraph breaks, drop the trailing
 * {@code \###} line and scraper backslashes.
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

  static String normalise(String body) {
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    for (String line : body.replace('\u00a0', ' ').split("\n", -1)) {
      String t = line.strip();
      if (t.equals("\\###")) {
        continue;
      }
      if (t.isEmpty()) {
        flush(para, out);
        continue;
      }
      if (para.length() > 0) {
        para.append(' ');
      }
      para.append(line.stripTrailing().replace("\\", ""));
    }
    flush(para, out);
    return out.toString();
  }

  private static void flush(StringBuilder para, StringBuilder out) {
    if (para.length() == 0) {
      return;
    }
    if (out.length() > 0) {
      out.append("\n\n");
    }
    out.append(para);
    para.setLength(0);
  }
}

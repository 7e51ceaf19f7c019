package org.readout.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;

/**
 * Test helper: reads a statement of the shared corpus without depending on readout-io (core must not):
 * parses the flat YAML front matter, strips it and normalises the body with the real {@link TextNormaliser}.
 */
final class CorpusStatements {
  static final Path SHARED = Path.of(System.getProperty("readout.shared", "../../shared"));
  static final Path FLAGSHIP = SHARED.resolve("corpus/meetings/2021-12-07-biden-putin-video-call");

  private CorpusStatements() {
  }

  static Statement read(Path file) throws IOException {
    String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    Map<String, String> fm = new HashMap<>();
    String body = raw;
    if (raw.startsWith("---\n")) {
      int end = raw.indexOf("\n---\n", 4);
      for (String line : raw.substring(4, end).split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          String v = line.substring(colon + 1).trim();
          if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
          }
          fm.put(line.substring(0, colon).trim(), v);
        }
      }
      body = raw.substring(end + 5);
    }
    String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
    StatementMeta meta = new StatementMeta(stem, fm.get("title"), LocalDate.parse(fm.get("date")), fm.get("publisher"),
        fm.get("side"), fm.get("kind"), fm.get("meeting"), fm.get("url"), fm.get("licence"), fm.get("note"));
    return Statement.of(meta, TextNormaliser.normalise(body), file.toString());
  }

  static Statement flagship(String name) throws IOException {
    return read(FLAGSHIP.resolve(name));
  }
}

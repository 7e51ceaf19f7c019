package org.readout.analysis.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;

/**
 * Test helper reading a bulk JSON Lines file (plain or gzipped) of the ../shared schema with Jackson.
 * Stands in for readout-io's JSONL ingest (core cannot depend on io); the text goes through the real
 * {@link TextNormaliser}.
 */
final class BulkCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BulkCorpus() {
  }

  static Path file(String name) {
    return SharedCorpus.root().resolve("corpus/bulk").resolve(name);
  }

  /** Raw JSON lines, at most {@code limit}. */
  static List<String> lines(Path file, int limit) {
    List<String> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while (out.size() < limit && (line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** Parses one JSON line into a statement (the ingest half of the measured work). */
  static Statement parse(String line, String source) {
    try {
      JsonNode n = JSON.readTree(line);
      String text = TextNormaliser.normalise(n.path("text").asText(""));
      String date = n.path("date").asText("");
      StatementMeta meta = new StatementMeta(n.path("id").asText(""), n.path("title").asText(""),
          date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null, n.path("publisher").asText(""),
          n.path("side").asText(""), n.path("kind").asText(""), "", n.path("url").asText(""),
          n.path("licence").asText(""), "");
      return Statement.of(meta, text, source);
    } catch (IOException e) {
      throw new UncheckedIOException("bad JSON in " + source, e);
    }
  }

  static List<Statement> read(Path file, int limit) {
    List<String> lines = lines(file, limit);
    List<Statement> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(parse(lines.get(i), file + "#" + (i + 1)));
    }
    return out;
  }
}

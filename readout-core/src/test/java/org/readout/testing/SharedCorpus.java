package org.readout.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.readout.model.Sides;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;

/**
 * The one locator of the read-only shared corpus ({@code ../shared}, or the system property
 * {@code readout.shared} that Surefire sets) for every module's tests, and a reader of its statements.
 *
 * <p>Every accessor first checks that the corpus is there; when it is not, the calling test is
 * <em>skipped</em> (a JUnit assumption) with a reason naming the path and the property, instead of
 * failing. Corpus text is read at run time and never copied into the repository.
 *
 * <p>The reader does what readout-io's ingest does to a Markdown statement with front matter and to a
 * JSON Lines record (core cannot depend on io): front matter fields to {@link StatementMeta}, the body
 * through the real {@link TextNormaliser}. readout-io's {@code SharedCorpusReaderTest} checks that it
 * gives statements equal to ingest's on every meeting file and on bulk records. Thread-safe.
 */
public final class SharedCorpus {
  /** The flagship meeting: the 7 Dec 2021 Biden–Putin video call. */
  public static final String FLAGSHIP = "2021-12-07-biden-putin-video-call";
  public static final String KREMLIN_BULK = "kremlin-en-2021-10_2022-06.jsonl.gz";
  public static final String WHITE_HOUSE_BULK = "whitehouse-briefing-room.jsonl.gz";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedCorpus() {
  }

  /** Where the corpus is expected: {@code -Dreadout.shared}, else {@code ../../shared} from a module. */
  public static Path location() {
    return Path.of(System.getProperty("readout.shared", "../../shared"));
  }

  /** True when the corpus is there (for code that adapts instead of skipping). */
  public static boolean available() {
    return Files.isDirectory(location().resolve("corpus"));
  }

  /** The corpus root; skips the calling test when the corpus is absent. */
  public static Path root() {
    Path root = location();
    Assumptions.assumeTrue(available(), () -> "shared corpus not found at " + root.toAbsolutePath().normalize()
        + " (this test reads ../shared; set -Dreadout.shared=DIR to point elsewhere)");
    return root;
  }

  public static Path meetings() {
    return root().resolve("corpus/meetings");
  }

  /** A meeting folder ({@code slug}) or a file inside it ({@code slug/file.md}). */
  public static Path meeting(String relative) {
    return meetings().resolve(relative);
  }

  /** The flagship meeting's folder. */
  public static Path flagship() {
    return meeting(FLAGSHIP);
  }

  /** A file of the flagship meeting, e.g. {@code us-readout.md}. */
  public static Path flagship(String file) {
    return flagship().resolve(file);
  }

  /** A bulk JSON Lines file, e.g. {@link #KREMLIN_BULK}. */
  public static Path bulk(String name) {
    return root().resolve("corpus/bulk").resolve(name);
  }

  /** The flagship statement in {@code file}, read like ingest reads it. */
  public static Statement flagshipStatement(String file) {
    return statement(flagship(file));
  }

  /** The statement of one meeting file ({@code slug/file.md}), read like ingest reads it. */
  public static Statement meetingStatement(String relative) {
    return statement(meeting(relative));
  }

  /** Every statement of a meeting folder, files in name order. */
  public static List<Statement> meetingStatements(String slug) {
    try (Stream<Path> files = Files.list(meeting(slug))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().map(SharedCorpus::statement)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + meeting(slug), e);
    }
  }

  /** Every statement of every meeting, folders and files in name order (as ingest of the folder). */
  public static List<Statement> allMeetingStatements() {
    try (Stream<Path> dirs = Files.list(meetings())) {
      List<Statement> out = new ArrayList<>();
      dirs.filter(Files::isDirectory).sorted().forEach(d -> out.addAll(meetingStatements(d.getFileName().toString())));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + meetings(), e);
    }
  }

  /**
   * A Markdown statement with YAML front matter, as ingest reads it: id = file stem, metadata from the
   * front matter, the body normalised by {@link TextNormaliser}, source = the path as given.
   */
  public static Statement statement(Path file) {
    String raw;
    try {
      raw = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (raw.startsWith("\uFEFF")) {
      raw = raw.substring(1);
    }
    Map<String, String> fields = Map.of();
    String body = raw;
    if (raw.startsWith("---\n") || raw.startsWith("---\r\n")) {
      int pos = raw.indexOf('\n') + 1;
      int close = -1;
      int after = -1;
      while (pos > 0 && pos < raw.length()) {
        int e = raw.indexOf('\n', pos);
        int lineEnd = e < 0 ? raw.length() : e;
        String line = raw.substring(pos, lineEnd).stripTrailing();
        if (line.equals("---") || line.equals("...")) {
          close = pos;
          after = e < 0 ? raw.length() : e + 1;
          break;
        }
        pos = e < 0 ? -1 : e + 1;
      }
      if (close < 0) {
        throw new IllegalArgumentException(file + ": front matter never closed");
      }
      fields = frontMatter(raw.substring(raw.indexOf('\n') + 1, close), file);
      body = raw.substring(after);
    }
    String name = file.getFileName().toString();
    String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    return Statement.of(meta(id, fields), TextNormaliser.normalise(body), file.toString());
  }

  /** The first {@code limit} records of a bulk file of the corpus, read like ingest reads JSON Lines. */
  public static List<Statement> bulkStatements(String name, int limit) {
    return bulkStatements(bulk(name), limit);
  }

  /**
   * The first {@code limit} records of any JSON Lines file (plain or gzipped) in the bulk schema, read
   * like ingest reads them (source = path#line; records whose text is only markup are skipped).
   */
  public static List<Statement> bulkStatements(Path file, int limit) {
    List<Statement> out = new ArrayList<>();
    eachLine(file, (lineNo, line) -> {
      Statement s = line.isBlank() ? null : record(line, file + "#" + lineNo);
      if (s != null) {
        out.add(s);
      }
      return out.size() < limit;
    });
    return out;
  }

  /** The first {@code limit} non-blank raw lines of a JSON Lines file (plain or gzipped), to time parsing apart. */
  public static List<String> bulkLines(Path file, int limit) {
    List<String> out = new ArrayList<>();
    eachLine(file, (lineNo, line) -> {
      if (!line.isBlank()) {
        out.add(line);
      }
      return out.size() < limit;
    });
    return out;
  }

  /** Calls {@code sink} with each line (numbered from 1) while it returns true. */
  private static void eachLine(Path file, BiPredicate<Integer, String> sink) {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null && sink.test(++lineNo, line)) {
        // the sink decides when to stop
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** One JSON Lines record of the bulk schema, or null when its text normalises to nothing (ingest skips it). */
  public static Statement record(String json, String source) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("bad JSON in " + source, e);
    }
    Map<String, String> fields = new HashMap<>();
    n.fields().forEachRemaining(en -> {
      JsonNode v = en.getValue();
      if (!v.isNull()) {
        fields.put(en.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
    });
    fields.putIfAbsent("licence", fields.get("license"));
    String text = TextNormaliser.normalise(fields.getOrDefault("text", ""));
    return text.isEmpty() ? null : Statement.of(meta(fields.get("id").strip(), fields), text, source);
  }

  private static Map<String, String> frontMatter(String yaml, Path file) {
    Map<String, Object> map;
    try {
      map = YAML.readValue(yaml.isBlank() ? "{}" : yaml, new TypeReference<Map<String, Object>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": malformed front matter", e);
    }
    Map<String, String> fields = new HashMap<>();
    if (map != null) {
      map.forEach((k, v) -> fields.put(k, v == null ? "" : String.valueOf(v)));
    }
    return fields;
  }

  private static StatementMeta meta(String id, Map<String, String> f) {
    String side = strip(f.get("side"));
    String date = strip(f.get("date"));
    return new StatementMeta(id, strip(f.get("title")), date == null ? null : LocalDate.parse(date),
        strip(f.get("publisher")), side == null ? "" : Sides.normalise(side).orElse(side), strip(f.get("kind")),
        strip(f.get("meeting")), f.get("url"), strip(f.get("licence") != null && !f.get("licence").isBlank()
            ? f.get("licence") : f.get("license")), f.get("note"));
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.readout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.readout.ReadoutException;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.io.internal.FrontMatter;
import org.readout.io.internal.JsonLinesReader;
import org.readout.model.Statement;

/**
 * The records the gold annotates, from the shared corpus: bulk records by id (every {@code *.jsonl} and
 * {@code *.jsonl.gz} under {@code corpus/bulk}, read with readout-io's JSON Lines reader) and meeting
 * statements by path ({@code meetings/<slug>/<file>.md}, read with {@link Ingest}). Each record keeps its raw
 * text (what gold quotes are substrings of) beside the ingested {@link Statement} (whose normalised text all
 * predicted offsets refer to). Bulk files are scanned once for all the ids asked for; lines whose id is not
 * wanted are skipped before parsing. Not thread-safe.
 */
public final class Corpus {
  /** A record: its raw text and the statement Readout analyses. */
  public record Record(String id, String raw, Statement statement) {
    public String side() {
      return statement.meta().side();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path shared;
  private final Map<String, Record> cache = new HashMap<>();

  public Corpus(Path shared) {
    this.shared = shared;
  }

  public Path shared() {
    return shared;
  }

  /** Loads every listed id (bulk ids and {@code meetings/…} paths) that is not loaded yet. */
  public void load(Collection<String> ids) {
    Set<String> bulk = new TreeSet<>();
    for (String id : ids) {
      if (cache.containsKey(id)) {
        continue;
      }
      if (id.startsWith("meetings/")) {
        cache.put(id, meeting(id));
      } else {
        bulk.add(id);
      }
    }
    if (!bulk.isEmpty()) {
      scanBulk(bulk);
    }
  }

  /** The record with this id; {@link #load} it first. */
  public Optional<Record> get(String id) {
    if (!cache.containsKey(id)) {
      load(List.of(id));
    }
    return Optional.ofNullable(cache.get(id));
  }

  private Record meeting(String id) {
    Path file = shared.resolve("corpus").resolve(id);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot read (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    String raw = FrontMatter.parse(text, file.toString()).map(FrontMatter::body).orElse(text);
    List<Statement> read = Ingest.read(file);
    if (read.size() != 1) {
      throw new ReadoutException(file + ": expected one statement, read " + read.size());
    }
    return new Record(id, raw, read.get(0));
  }

  private void scanBulk(Set<String> wanted) {
    Path dir = shared.resolve("corpus").resolve("bulk");
    if (!Files.isDirectory(dir)) {
      throw new ReadoutException(dir + ": no bulk corpus here (give --shared DIR)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
      }).sorted().toList();
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot list (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    Set<String> left = new TreeSet<>(wanted);
    for (Path f : files) {
      if (left.isEmpty()) {
        break;
      }
      scan(f, left);
    }
  }

  private void scan(Path f, Set<String> left) {
    String name = f.getFileName().toString();
    try (InputStream in = open(f);
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null && !left.isEmpty()) {
        lineNo++;
        String id = quickId(line);
        if (id != null && !left.contains(id)) {
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new ReadoutException(name + ":" + lineNo + ": not a JSON object");
        }
        String realId = node.path("id").asText("");
        if (!left.contains(realId)) {
          continue;
        }
        List<Statement> out = new ArrayList<>(1);
        new JsonLinesReader(name + ":" + lineNo, IngestOptions.defaults())
            .read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), out::add);
        if (out.size() == 1) {
          cache.put(realId, new Record(realId, node.path("text").asText(""), out.get(0)));
        }
        left.remove(realId);
      }
    } catch (IOException e) {
      throw new ReadoutException(f + ": cannot read (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  private static InputStream open(Path f) throws IOException {
    InputStream in = Files.newInputStream(f);
    return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** The id of a line written as {@code {"id": "…", …}} without parsing it, or null when written otherwise. */
  static String quickId(String line) {
    String head = "{\"id\": \"";
    int from;
    if (line.startsWith(head)) {
      from = head.length();
    } else if (line.startsWith("{\"id\":\"")) {
      from = 7;
    } else {
      return null;
    }
    int end = line.indexOf('"', from);
    if (end < 0) {
      return null;
    }
    String id = line.substring(from, end);
    return id.indexOf('\\') >= 0 ? null : id;
  }

  /** Records loaded so far, by id (for tests). */
  Map<String, Record> loaded() {
    return new HashMap<>(cache);
  }
}

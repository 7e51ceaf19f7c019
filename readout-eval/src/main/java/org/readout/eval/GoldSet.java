package org.readout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.readout.ReadoutException;

/**
 * Reads the gold of one directory ({@code eval/gold}): {@code manifest.tsv} and any other {@code *manifest.tsv}
 * beside it (such as {@code quotes-manifest.tsv}: which half each statement belongs to), {@code dev/} and {@code test/} statement files and {@code compare/} files. Files are read in name order,
 * so everything downstream is deterministic. A malformed file stops the read with a one-line message naming it.
 */
public final class GoldSet {
  public static final Set<String> KINDS = Set.of("agreement", "pledge", "readiness", "hope", "proposal", "demand",
      "warning");
  public static final Set<String> ATTRIBUTION_TYPES = Set.of("direct", "indirect", "turn");
  public static final Set<String> HALVES = Set.of("dev", "test");

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path dir;
  private final Map<String, String> manifest;
  private final List<Gold.Statement> statements;
  private final List<Gold.Meeting> meetings;
  private final List<Gold.Pairs> pairs;

  private GoldSet(Path dir, Map<String, String> manifest, List<Gold.Statement> statements, List<Gold.Meeting> meetings,
                  List<Gold.Pairs> pairs) {
    this.dir = dir;
    this.manifest = Map.copyOf(manifest);
    this.statements = List.copyOf(statements);
    this.meetings = List.copyOf(meetings);
    this.pairs = List.copyOf(pairs);
  }

  /** Reads the gold of {@code halves} (a subset of {@code dev}, {@code test}) under {@code dir}. */
  public static GoldSet load(Path dir, Set<String> halves) {
    if (!Files.isDirectory(dir)) {
      throw new ReadoutException(dir + ": no gold directory (give --gold DIR)");
    }
    if (!Files.isRegularFile(dir.resolve("manifest.tsv"))) {
      throw new ReadoutException(dir.resolve("manifest.tsv") + ": no manifest.tsv in the gold directory");
    }
    Map<String, String> manifest = new LinkedHashMap<>();
    for (Path m : manifests(dir)) {
      manifest(m).forEach((id, half) -> {
        String before = manifest.putIfAbsent(id, half);
        if (before != null && !before.equals(half)) {
          throw new ReadoutException(m + ": " + id + " is listed in both halves");
        }
      });
    }
    List<Gold.Statement> statements = new ArrayList<>();
    List<Gold.Meeting> meetings = new ArrayList<>();
    List<Gold.Pairs> pairs = new ArrayList<>();
    for (String half : new TreeSet<>(halves)) {
      for (Path f : yamlFiles(dir.resolve(half), "")) {
        Gold.Statement s = statement(f, half);
        String listed = manifest.get(s.id());
        if (listed == null) {
          throw new ReadoutException(f + ": id " + s.id() + " is not in manifest.tsv (nor another *manifest.tsv)");
        }
        if (!listed.equals(half)) {
          throw new ReadoutException(f + ": id " + s.id() + " belongs to the " + listed + " half, not " + half);
        }
        statements.add(s);
      }
      for (Path f : yamlFiles(dir.resolve("compare"), half + "-")) {
        if (f.getFileName().toString().endsWith("-pairs.yaml")) {
          pairs.add(pairs(f, half));
        } else {
          meetings.add(meeting(f, half));
        }
      }
    }
    return new GoldSet(dir, manifest, statements, meetings, pairs);
  }

  public Path dir() {
    return dir;
  }

  /** Statement id → half, as listed in manifest.tsv. */
  public Map<String, String> manifest() {
    return manifest;
  }

  public List<Gold.Statement> statements() {
    return statements;
  }

  public List<Gold.Meeting> meetings() {
    return meetings;
  }

  public List<Gold.Pairs> pairs() {
    return pairs;
  }

  // ------------------------------------------------------------------------------------------------------------

  private static Map<String, String> manifest(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ReadoutException(file + ": no manifest.tsv in the gold directory");
    }
    Map<String, String> out = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith("half\t")) {
        throw new ReadoutException(file + ":1: expected the header 'half<TAB>category<TAB>id…'");
      }
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String[] f = lines.get(i).split("\t");
        if (f.length < 3 || !HALVES.contains(f[0])) {
          throw new ReadoutException(file + ":" + (i + 1) + ": expected half (dev|test), category and id");
        }
        out.put(f[2], f[0]);
      }
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot read (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    return out;
  }

  private static List<Path> manifests(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith("manifest.tsv") && Files.isRegularFile(p)).sorted()
          .toList();
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot list (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  private static List<Path> yamlFiles(Path dir, String prefix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && n.endsWith(".yaml") && Files.isRegularFile(p);
      }).sorted().toList();
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot list (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  private static JsonNode read(Path f) {
    try {
      JsonNode n = YAML.readTree(Files.readString(f, StandardCharsets.UTF_8));
      if (n == null || n.isMissingNode() || n.isNull()) {
        throw new ReadoutException(f + ": empty gold file");
      }
      return n;
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new ReadoutException(f + ": not valid YAML (" + msg + ")");
    }
  }

  static Gold.Statement statement(Path f, String half) {
    JsonNode n = read(f);
    Fields top = new Fields(f, "", n);
    String id = top.required("id");
    LocalDate date;
    try {
      date = LocalDate.parse(top.required("date"));
    } catch (DateTimeParseException e) {
      throw new ReadoutException(f + ": date is not an ISO date (YYYY-MM-DD)");
    }
    Set<String> layers = new TreeSet<>(Gold.Statement.ALL_LAYERS);
    if (n.has("layers")) {
      layers = new TreeSet<>(top.strings("layers"));
      if (layers.isEmpty() || !Gold.Statement.KNOWN_LAYERS.containsAll(layers)) {
        throw top.bad("layers must list some of " + new TreeSet<>(Gold.Statement.KNOWN_LAYERS));
      }
    }
    Gold.Excerpt excerpt = null;
    if (n.hasNonNull("excerpt")) {
      Fields ex = new Fields(f, "excerpt", n.get("excerpt"));
      excerpt = new Gold.Excerpt(ex.required("from"), ex.required("to"));
    }
    List<Gold.Commitment> commitments = new ArrayList<>();
    int i = 0;
    for (JsonNode c : top.list("commitments")) {
      Fields x = new Fields(f, "commitments[" + i + "]", c);
      String kind = x.required("kind");
      if (!KINDS.contains(kind)) {
        throw x.bad("kind '" + kind + "' is not one of " + new TreeSet<>(KINDS));
      }
      commitments.add(new Gold.Commitment(i, x.required("quote"), kind, new TreeSet<>(x.strings("actors")),
          x.bool("negated"), x.optional("condition"), x.optional("speaker")));
      i++;
    }
    List<Gold.Attribution> attributions = new ArrayList<>();
    i = 0;
    for (JsonNode a : top.list("attributions")) {
      Fields x = new Fields(f, "attributions[" + i + "]", a);
      String type = x.required("type");
      if (!ATTRIBUTION_TYPES.contains(type)) {
        throw x.bad("type '" + type + "' is not one of " + new TreeSet<>(ATTRIBUTION_TYPES));
      }
      attributions.add(new Gold.Attribution(i, x.required("quote"), type, x.required("speaker"), x.optional("speakerId")));
      i++;
    }
    List<Gold.Date> dates = new ArrayList<>();
    i = 0;
    for (JsonNode d : top.list("dates")) {
      Fields x = new Fields(f, "dates[" + i + "]", d);
      dates.add(new Gold.Date(i, x.required("quote"), x.required("text"), x.required("type"), x.required("value")));
      i++;
    }
    Set<String> topics = new TreeSet<>(top.strings("topics"));
    Set<String> unsure = new TreeSet<>(top.strings("unsure"));
    for (String t : concat(topics, unsure)) {
      if (!t.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw top.bad("topics: '" + t + "' is not a codebook id (lowercase words joined by hyphens)");
      }
    }
    if (topics.stream().anyMatch(unsure::contains)) {
      throw top.bad("a topic is listed both in topics and in unsure");
    }
    if (!layers.contains("topics") && !(topics.isEmpty() && unsure.isEmpty())) {
      throw top.bad("topics are given but layers does not list topics");
    }
    return new Gold.Statement(f, half, id, top.optional("corpus"), top.optional("category"), date, layers, excerpt,
        commitments, attributions, dates, topics, unsure);
  }

  static Gold.Meeting meeting(Path f, String half) {
    JsonNode n = read(f);
    Fields top = new Fields(f, "", n);
    List<Gold.Finding> findings = findings(f, top.list("findings"), "findings");
    List<Gold.Finding> not = findings(f, top.list("not"), "not");
    List<String> statements = top.strings("statements");
    if (statements.isEmpty()) {
      throw top.bad("statements: none listed");
    }
    List<String> scored = top.strings("scored");
    for (String t : scored) {
      if (!CompareScoring.TYPES.contains(t)) {
        throw top.bad("scored: '" + t + "' is not one of " + CompareScoring.TYPES);
      }
    }
    for (Gold.Finding g : findings) {
      if (!scored.isEmpty() && !scored.contains(g.type())) {
        throw top.bad("findings[" + g.index() + "]: type '" + g.type() + "' is not among scored " + scored);
      }
    }
    return new Gold.Meeting(f, half, top.required("meeting"), statements, findings, not, scored,
        top.optional("category"));
  }

  private static List<Gold.Finding> findings(Path f, List<JsonNode> nodes, String key) {
    List<Gold.Finding> out = new ArrayList<>();
    int i = 0;
    for (JsonNode node : nodes) {
      Fields x = new Fields(f, key + "[" + i + "]", node);
      out.add(new Gold.Finding(i, x.required("type"), x.optional("label"), x.optional("side").toUpperCase(Locale.ROOT),
          x.optional("quote"), x.optional("topic"), x.optional("a"), x.optional("b"),
          x.optional("longer").toUpperCase(Locale.ROOT)));
      i++;
    }
    return out;
  }

  static Gold.Pairs pairs(Path f, String half) {
    JsonNode n = read(f);
    if (!n.isArray()) {
      throw new ReadoutException(f + ": expected a list of sentence pairs");
    }
    List<Gold.Pair> out = new ArrayList<>();
    int i = 0;
    for (JsonNode p : n) {
      Fields x = new Fields(f, "pair[" + i + "]", p);
      Fields a = new Fields(f, "pair[" + i + "].a", p.get("a"));
      Fields b = new Fields(f, "pair[" + i + "].b", p.get("b"));
      out.add(new Gold.Pair(i, a.required("id"), a.required("quote"), b.required("id"), b.required("quote"),
          x.required("label")));
      i++;
    }
    return new Gold.Pairs(f, half, out);
  }

  /** Typed access to one YAML mapping, with errors that name the file and the entry. */
  private record Fields(Path file, String where, JsonNode node) {
    ReadoutException bad(String problem) {
      return new ReadoutException(file + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }

    String required(String key) {
      if (node == null || !node.isObject()) {
        throw bad("expected a mapping");
      }
      JsonNode v = node.get(key);
      if (v == null || v.isNull() || v.isContainerNode() || v.asText().isEmpty()) {
        throw bad(key + " is missing");
      }
      return v.asText();
    }

    String optional(String key) {
      JsonNode v = node == null ? null : node.get(key);
      return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    boolean bool(String key) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        throw bad(key + " must be true or false");
      }
      return v.asBoolean();
    }

    List<JsonNode> list(String key) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw bad(key + " must be a list");
      }
      List<JsonNode> out = new ArrayList<>();
      for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
        out.add(it.next());
      }
      return out;
    }

    List<String> strings(String key) {
      List<String> out = new ArrayList<>();
      for (JsonNode v : list(key)) {
        if (v.isContainerNode() || v.asText().isEmpty()) {
          throw bad(key + " must be a list of names");
        }
        out.add(v.asText());
      }
      return out;
    }
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

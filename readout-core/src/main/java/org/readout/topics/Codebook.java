package org.readout.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.ReadoutException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A topic codebook: the list of {@link Topic}s sentences are coded with, plus the default semantic
 * threshold. Loaded from YAML (format documented in the default {@code codebook.yaml} resource):
 *
 * <pre>
 * version: 1
 * threshold: 0.80          # default cosine threshold of the semantic rule
 * topics:
 *   - id: sanctions
 *     label: Sanctions
 *     scope: Economic sanctions and restrictive measures, threatened, imposed or lifted.
 *     include: [sanction*, "economic * measures", export controls]
 *     exclude: []
 *     threshold: 0.82      # optional per-topic override
 *     examples:
 *       - The United States will impose severe economic costs if Russia invades.
 * </pre>
 *
 * Immutable and thread-safe. Bad files throw {@link ReadoutException} naming the file and the problem.
 */
public record Codebook(String source, double threshold, List<Topic> topics) {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final String DEFAULT_RESOURCE = "/org/readout/topics/codebook.yaml";

  public Codebook {
    topics = List.copyOf(topics);
  }

  /** The default codebook shipped with Readout (bilateral summit agendas). Parsed once. */
  public static Codebook defaults() {
    return DefaultHolder.DEFAULT;
  }

  private static final class DefaultHolder {
    static final Codebook DEFAULT = loadResource();

    private static Codebook loadResource() {
      try (InputStream in = Codebook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default codebook");
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /** Loads a user codebook ({@code --codebook FILE}). */
  public static Codebook load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ReadoutException(file + ": codebook not found");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot read codebook: " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    }
  }

  /** Parses codebook YAML; {@code source} names it in error messages. */
  public static Codebook parse(String yaml, String source) {
    Object root;
    try (Reader r = new StringReader(yaml)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException | RuntimeException e) {
      throw new ReadoutException(source + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new ReadoutException(source + ": a codebook is a YAML mapping with a 'topics' list");
    }
    double threshold = number(map.get("threshold"), 0.80, source, "threshold");
    if (!(map.get("topics") instanceof List<?> list) || list.isEmpty()) {
      throw new ReadoutException(source + ": 'topics' must be a non-empty list");
    }
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> t)) {
        throw new ReadoutException(source + ": topic #" + (topics.size() + 1) + " is not a mapping");
      }
      String id = t.get("id") == null ? "" : t.get("id").toString();
      String where = source + ": topic '" + id + "'";
      if (!ID.matcher(id).matches()) {
        throw new ReadoutException(where + ": id must be lowercase words joined by hyphens");
      }
      if (!ids.add(id)) {
        throw new ReadoutException(where + ": duplicate id");
      }
      List<String> include = strings(t.get("include"), where, "include");
      List<String> examples = strings(t.get("examples"), where, "examples");
      if (include.isEmpty() && examples.isEmpty()) {
        throw new ReadoutException(where + ": needs include phrases or examples");
      }
      for (String p : include) {
        PhraseMatcher.validate(p, where);
      }
      List<String> exclude = strings(t.get("exclude"), where, "exclude");
      for (String p : exclude) {
        PhraseMatcher.validate(p, where);
      }
      topics.add(new Topic(id, str(t.get("label")), str(t.get("scope")), include, exclude, examples,
          number(t.get("threshold"), Double.NaN, where, "threshold")));
    }
    return new Codebook(source, threshold, topics);
  }

  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The semantic threshold for {@code topic} (its own, else the codebook default). */
  public double thresholdOf(Topic topic) {
    return Double.isNaN(topic.threshold()) ? threshold : topic.threshold();
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString().strip();
  }

  private static double number(Object o, double dflt, String where, String field) {
    if (o == null) {
      return dflt;
    }
    if (o instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 1) {
      return n.doubleValue();
    }
    throw new ReadoutException(where + ": " + field + " must be a number in (0, 1], got '" + o + "'");
  }

  private static List<String> strings(Object o, String where, String field) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new ReadoutException(where + ": '" + field + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (Object x : l) {
      if (x == null || x.toString().isBlank()) {
        throw new ReadoutException(where + ": '" + field + "' has an empty entry");
      }
      out.add(x.toString().strip());
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

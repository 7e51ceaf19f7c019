package org.readout.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.ReadoutException;
import org.readout.internal.YamlData;

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
 *     mentions: [economic measures]   # optional: key actors/objects; naming one mentions the topic
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

  /** A codebook file as written (bound by the shared YAML loader). */
  record CodebookFile(Integer version, Double threshold, List<TopicSpec> topics) {
  }

  record TopicSpec(String id, String label, String scope, List<String> include, List<String> exclude,
                   List<String> examples, Double threshold, List<String> mentions) {
  }

  /** Parses codebook YAML; {@code source} names it in error messages. */
  public static Codebook parse(String yaml, String source) {
    CodebookFile file;
    try {
      file = YamlData.mapper().readValue(yaml, CodebookFile.class);
    } catch (MismatchedInputException e) {
      throw new ReadoutException(source + ": not a codebook: " + YamlData.problem(e));
    } catch (JsonProcessingException e) {
      throw new ReadoutException(source + ": not valid YAML: " + YamlData.problem(e));
    }
    if (file == null) {
      throw new ReadoutException(source + ": a codebook is a YAML mapping with a 'topics' list");
    }
    double threshold = number(file.threshold(), 0.80, source, "threshold");
    if (file.topics() == null || file.topics().isEmpty()) {
      throw new ReadoutException(source + ": 'topics' must be a non-empty list");
    }
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TopicSpec t : file.topics()) {
      if (t == null) {
        throw new ReadoutException(source + ": topic #" + (topics.size() + 1) + " is empty");
      }
      String id = t.id() == null ? "" : t.id();
      String where = source + ": topic '" + id + "'";
      if (!ID.matcher(id).matches()) {
        throw new ReadoutException(where + ": id must be lowercase words joined by hyphens");
      }
      if (!ids.add(id)) {
        throw new ReadoutException(where + ": duplicate id");
      }
      List<String> include = strings(t.include(), where, "include");
      List<String> examples = strings(t.examples(), where, "examples");
      if (include.isEmpty() && examples.isEmpty()) {
        throw new ReadoutException(where + ": needs include phrases or examples");
      }
      for (String p : include) {
        PhraseMatcher.validate(p, where);
      }
      List<String> exclude = strings(t.exclude(), where, "exclude");
      for (String p : exclude) {
        PhraseMatcher.validate(p, where);
      }
      List<String> mentions = strings(t.mentions(), where, "mentions");
      for (String p : mentions) {
        PhraseMatcher.validate(p, where);
      }
      topics.add(new Topic(id, str(t.label()), str(t.scope()), include, exclude, examples,
          number(t.threshold(), Double.NaN, where, "threshold"), mentions));
    }
    return new Codebook(source, threshold, topics);
  }

  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The key mentions of every topic as a phrase coder: {@code topics(sentence)} lists the topics whose key actors or
   * objects ({@link Topic#mentions()}) the sentence names.
   */
  public PhraseCoder mentionCoder() {
    return new PhraseCoder(new Codebook(source, threshold, topics.stream().map(Topic::asMentions).toList()));
  }

  /** The semantic threshold for {@code topic} (its own, else the codebook default). */
  public double thresholdOf(Topic topic) {
    return Double.isNaN(topic.threshold()) ? threshold : topic.threshold();
  }

  private static String str(String o) {
    return o == null ? "" : o.strip();
  }

  private static double number(Double d, double dflt, String where, String field) {
    if (d == null) {
      return dflt;
    }
    if (d > 0 && d <= 1) {
      return d;
    }
    throw new ReadoutException(where + ": " + field + " must be a number in (0, 1], got '" + d + "'");
  }

  private static List<String> strings(List<String> l, String where, String field) {
    if (l == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String x : l) {
      if (x == null || x.isBlank()) {
        throw new ReadoutException(where + ": '" + field + "' has an empty entry");
      }
      out.add(x.strip());
    }
    return out;
  }

}

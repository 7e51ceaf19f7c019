package org.readout.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A statement with what the analysis stages added to it, as typed layers: sentences (with tokens),
 * actor mentions, and any further layer a stage provides (topics, attributions, commitments, temporal
 * expressions, …), each named by a {@link LayerKey}. Sentences, tokens and mentions keep their own
 * accessors ({@link #sentences()}, {@link #mentions()}) and are layers too ({@link #SENTENCES},
 * {@link #TOKENS}, {@link #MENTIONS}), so stages can declare that they need them.
 *
 * <p>Immutable: {@link #with} returns a copy with one more layer; stages never change their input.
 * Layer values are immutable values themselves (lists are copied).
 */
public final class AnalyzedStatement {
  /** The sentences, without tokens yet (stage {@code sentences}). */
  public static final LayerKey<List<Sentence>> SENTENCES = LayerKey.of("sentences", List.class, "sentences");
  /** The sentences with their tokens and lemmas (stage {@code tokens}); the value is {@link #sentences()}. */
  public static final LayerKey<List<Sentence>> TOKENS = LayerKey.of("tokens", List.class, "tokens");
  /** Actor mentions resolved against the actor dictionary (stage {@code actors}). */
  public static final LayerKey<List<Mention>> MENTIONS = LayerKey.of("mentions", List.class, "actors");

  private final Statement statement;
  private final List<Sentence> sentences;
  private final List<Mention> mentions;
  /** Layer name → value, in the order the layers were added; built-in layers map to a marker. */
  private final Map<String, Object> layers;

  /**
   * A statement whose text analysis was done elsewhere (stored in a workspace, built by hand): its
   * sentences (with tokens) and mentions count as present layers.
   */
  public AnalyzedStatement(Statement statement, List<Sentence> sentences, List<Mention> mentions) {
    this(statement, sentences, mentions, builtIns());
  }

  private AnalyzedStatement(Statement statement, List<Sentence> sentences, List<Mention> mentions,
                            Map<String, Object> layers) {
    this.statement = Objects.requireNonNull(statement, "statement");
    this.sentences = List.copyOf(sentences);
    this.mentions = List.copyOf(mentions);
    this.layers = Collections.unmodifiableMap(layers);
  }

  private static Map<String, Object> builtIns() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(SENTENCES.name(), Boolean.TRUE);
    m.put(TOKENS.name(), Boolean.TRUE);
    m.put(MENTIONS.name(), Boolean.TRUE);
    return m;
  }

  /** A statement with no analysis yet: no layer is present. */
  public static AnalyzedStatement of(Statement statement) {
    return new AnalyzedStatement(statement, List.of(), List.of(), new LinkedHashMap<>());
  }

  public Statement statement() {
    return statement;
  }

  /** The sentences (empty until the {@code sentences} stage ran), with tokens once {@code tokens} ran. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** The actor mentions (empty until the {@code actors} stage ran), in text order. */
  public List<Mention> mentions() {
    return mentions;
  }

  public String id() {
    return statement.id();
  }

  public StatementMeta meta() {
    return statement.meta();
  }

  public String text() {
    return statement.text();
  }

  /** Whether the layer is present (its stage ran on this statement). */
  public boolean has(LayerKey<?> key) {
    return layers.containsKey(key.name());
  }

  /** Names of the present layers, in the order they were added. */
  public Set<String> layerNames() {
    return layers.keySet();
  }

  /** The layer's value, if its stage ran. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> layer(LayerKey<T> key) {
    Objects.requireNonNull(key, "key");
    if (!has(key)) {
      return Optional.empty();
    }
    if (key.equals(SENTENCES) || key.equals(TOKENS)) {
      return Optional.of((T) sentences);
    }
    if (key.equals(MENTIONS)) {
      return Optional.of((T) mentions);
    }
    return Optional.of((T) layers.get(key.name()));
  }

  /**
   * The layer's value.
   *
   * @throws IllegalStateException naming the stage that produces the layer when it is absent
   */
  public <T> T require(LayerKey<T> key) {
    return layer(key).orElseThrow(() -> new IllegalStateException("statement '" + id() + "' has no '" + key.name()
        + "' layer: it is produced by the '" + key.producer() + "' stage, which did not run on it (build the engine "
        + "with that stage, e.g. Readout.builder().stages(…, \"" + key.producer() + "\"))"));
  }

  /**
   * A copy with {@code value} as the layer {@code key} (replacing any value it had). For the built-in
   * keys this replaces {@link #sentences()} or {@link #mentions()}; {@link #TOKENS} also marks the
   * sentences present.
   */
  @SuppressWarnings("unchecked")
  public <T> AnalyzedStatement with(LayerKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!key.type().isInstance(value)) {
      throw new IllegalArgumentException("layer '" + key.name() + "' takes a " + key.type().getSimpleName()
          + ", got a " + value.getClass().getSimpleName());
    }
    Map<String, Object> next = new LinkedHashMap<>(layers);
    if (key.equals(SENTENCES) || key.equals(TOKENS)) {
      next.put(SENTENCES.name(), Boolean.TRUE);
      next.put(key.name(), Boolean.TRUE);
      return new AnalyzedStatement(statement, (List<Sentence>) value, mentions, next);
    }
    if (key.equals(MENTIONS)) {
      next.put(key.name(), Boolean.TRUE);
      return new AnalyzedStatement(statement, sentences, (List<Mention>) value, next);
    }
    Object v = value instanceof List<?> l ? List.copyOf(l) : value instanceof Map<?, ?> m ? Map.copyOf(m) : value;
    next.put(key.name(), v);
    return new AnalyzedStatement(statement, sentences, mentions, next);
  }

  /** A copy with other sentences (the {@link #SENTENCES} layer). */
  public AnalyzedStatement withSentences(List<Sentence> newSentences) {
    return with(SENTENCES, newSentences);
  }

  /** A copy with other mentions (the {@link #MENTIONS} layer). */
  public AnalyzedStatement withMentions(List<Mention> newMentions) {
    return with(MENTIONS, newMentions);
  }

  /** Mentions inside sentence {@code index}, in text order. */
  public List<Mention> mentionsIn(int index) {
    return mentions.stream().filter(m -> m.sentence() == index).toList();
  }

  public int wordCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.wordCount();
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalyzedStatement a && a.statement.equals(statement) && a.sentences.equals(sentences)
        && a.mentions.equals(mentions) && a.layers.equals(layers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statement, sentences, mentions, layers);
  }

  @Override
  public String toString() {
    return "AnalyzedStatement[" + id() + ", " + sentences.size() + " sentences, " + mentions.size() + " mentions, layers="
        + layers.keySet() + "]";
  }
}

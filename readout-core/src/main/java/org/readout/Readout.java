package org.readout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.readout.actors.ActorDictionary;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.analysis.Pipeline;
import org.readout.compare.Comparer;
import org.readout.compare.Comparison;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;
import org.readout.time.TimelineEvent;
import org.readout.topics.Codebook;
import org.readout.topics.Embedder;

/**
 * The façade: one obvious entry point for parsing, analysing and comparing statements, in the spirit of
 * {@code Jsoup.parse}. The CLI, the benchmarks and the web server are thin callers of it.
 *
 * <pre>{@code
 * Readout readout = Readout.standard();
 * Statement us = readout.parse(StatementMeta.of("us", "US", date), usText);
 * Statement ru = readout.parse(StatementMeta.of("ru", "RU", date), ruText);
 * Comparison c = readout.compare(us, ru);
 * c.findings().forEach(f -> System.out.println(f.text()));
 * }</pre>
 *
 * <p>An engine is a {@link ReadoutConfig} (dictionary, codebook, lexicons, embedder) and a
 * {@link Pipeline} of stages built from it, assembled once by {@link #builder()} (or
 * {@link #standard()}) and then run on any number of statements. Analysis adds typed layers to a
 * statement ({@link Layers}: sentences, tokens, mentions, topics, attributions, commitments, temporal
 * expressions, events); {@link #compare} reads those layers and never analyses a statement twice.
 *
 * <p>Immutable and thread-safe: one engine can serve every thread. Models and dictionaries load once;
 * the embedding model on first use.
 */
public final class Readout {
  /** The stages of {@link #standard()}, in order. */
  public static final List<String> STANDARD_STAGES =
      List.of("sentences", "limits", "tokens", "actors", "clauses", "topics", "attribution", "commitments", "time");
  /** The text-analysis stages only: what ingest stores and {@code readout analyze} prints. */
  public static final List<String> TEXT_STAGES = List.of("sentences", "limits", "tokens", "actors");

  private final ReadoutConfig config;
  private final Pipeline pipeline;

  /**
   * Every stage the registry can build now, in pipeline order ({@code pos} included; a reserved stage
   * such as {@code clauses} appears once it exists): what {@code readout bench --full} runs.
   */
  public static List<String> availableStages() {
    return Stages.available();
  }

  private Readout(ReadoutConfig config, Pipeline pipeline) {
    this.config = config;
    this.pipeline = pipeline;
  }

  /** The default engine: bundled configuration, every standard stage. Built once, shared. */
  public static Readout standard() {
    return Standard.ENGINE;
  }

  private static final class Standard {
    static final Readout ENGINE = builder().build();
  }

  /** A builder starting from the bundled configuration and the standard stages. */
  public static Builder builder() {
    return new Builder();
  }

  public ReadoutConfig config() {
    return config;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * A statement from text in a String: the text is normalised as ingest normalises a file
   * ({@link TextNormaliser}, Markdown habits), so every offset of its analysis refers to
   * {@link Statement#text()}, the normalised text, not to {@code text}.
   */
  public Statement parse(StatementMeta meta, String text) {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    return Statement.of(meta, TextNormaliser.normalise(text), "string:" + meta.id());
  }

  /** Runs every stage of this engine on {@code statement}. */
  public AnalyzedStatement analyze(Statement statement) {
    return pipeline.analyze(Objects.requireNonNull(statement, "statement"));
  }

  /** {@link #parse} then {@link #analyze(Statement)}. */
  public AnalyzedStatement analyze(StatementMeta meta, String text) {
    return analyze(parse(meta, text));
  }

  /**
   * Analyses each statement, in input order. Several statements are analysed in parallel (stages are
   * thread-safe and statements independent, so the result is the same as one by one).
   */
  public List<AnalyzedStatement> analyzeAll(List<Statement> statements) {
    if (statements.size() < 2) {
      return statements.stream().map(this::analyze).toList();
    }
    return statements.parallelStream().map(this::analyze).toList();
  }

  /**
   * Completes an analysis done elsewhere (a statement stored with its sentences and mentions): runs the
   * stages of this engine whose layers it lacks.
   */
  public AnalyzedStatement complete(AnalyzedStatement statement) {
    return pipeline.complete(Objects.requireNonNull(statement, "statement"));
  }

  /**
   * Compares analysed statements: coverage, alignment, framing, commitments both sides report, who each
   * side quotes, the merged timeline, and the findings — the {@link Comparison} the CLI renders. A
   * statement missing layers (stored without them) is completed first ({@link #complete}); layers it
   * has are read, never recomputed.
   *
   * @throws ReadoutException when no statement is given, an id occurs twice, or this engine cannot
   *     compare (no embedder, or built without the topics, attribution, commitments or time stage)
   */
  public Comparison compare(List<AnalyzedStatement> statements) {
    Comparer comparer = config.comparer();
    for (LayerKey<?> k : Comparer.NEEDS) {
      if (!pipeline.provides().contains(k)) {
        throw new ReadoutException("compare needs the '" + k.producer() + "' stage; this engine has " + pipeline.names());
      }
    }
    List<AnalyzedStatement> complete = new ArrayList<>(statements.size());
    for (AnalyzedStatement s : statements) {
      complete.add(complete(s));
    }
    return comparer.compare(complete);
  }

  /** Analyses and compares {@code statements}. */
  public Comparison compare(Statement... statements) {
    return compare(analyzeAll(Arrays.asList(statements)));
  }

  /** The dated events of analysed statements, merged across statements (by date, then label). */
  public List<TimelineEvent> timeline(List<AnalyzedStatement> statements) {
    List<TimelineEvent> raw = new ArrayList<>();
    for (AnalyzedStatement s : statements) {
      raw.addAll(s.require(Layers.EVENTS));
    }
    return config.timeline().merge(raw);
  }

  /**
   * Assembles an engine: a configuration (the bundled one, changed by {@link #actors}, {@link #codebook},
   * {@link #embedder}, …) and the stages picked by name ({@link #stages}), checked when {@link #build}
   * is called: an unknown name is rejected with the list of valid ones, a stage whose input no earlier
   * stage provides is rejected naming the missing stage. Not thread-safe; the engine it builds is.
   */
  public static final class Builder {
    private ReadoutConfig config = ReadoutConfig.defaults();
    private List<String> stages = STANDARD_STAGES;
    private UnaryOperator<AnalysisStage> wrapper = UnaryOperator.identity();

    private Builder() {
    }

    /** Starts from {@code base} instead of the bundled configuration. */
    public Builder config(ReadoutConfig base) {
      this.config = Objects.requireNonNull(base, "base");
      return this;
    }

    /**
     * The bundled actor dictionary merged with a user's file (entries added or replaced): reaches the
     * actor stage, attribution and the wording of findings.
     *
     * @throws ReadoutException naming the file when it is missing or malformed
     */
    public Builder actors(Path userFile) {
      return actors(ActorDictionary.load(Objects.requireNonNull(userFile, "userFile")));
    }

    public Builder actors(ActorDictionary dictionary) {
      config = config.withActors(Objects.requireNonNull(dictionary, "dictionary"));
      return this;
    }

    /**
     * A user's codebook instead of the bundled one.
     *
     * @throws ReadoutException naming the file when it is missing or malformed
     */
    public Builder codebook(Path file) {
      return codebook(Codebook.load(Objects.requireNonNull(file, "file")));
    }

    public Builder codebook(Codebook codebook) {
      config = config.withCodebook(Objects.requireNonNull(codebook, "codebook"));
      return this;
    }

    /** The sentence embedder (for topic coding and alignment); {@code null} codes topics by phrase rules only. */
    public Builder embedder(Embedder embedder) {
      config = config.withEmbedder(embedder);
      return this;
    }

    /**
     * The stages to run, by name, in order: {@code sentences, limits, tokens, pos, actors, clauses, topics,
     * attribution, commitments, time}.
     */
    public Builder stages(String... names) {
      this.stages = List.copyOf(Arrays.asList(names));
      return this;
    }

    public Builder stages(List<String> names) {
      this.stages = List.copyOf(names);
      return this;
    }

    /** Wraps every stage as it is built (timing, counting, tracing), e.g. {@code s -> new TimedStage(s)}. */
    public Builder wrapStages(UnaryOperator<AnalysisStage> wrap) {
      this.wrapper = Objects.requireNonNull(wrap, "wrap");
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalArgumentException for an unknown or reserved stage name, or stages whose inputs no
     *     earlier stage provides
     */
    public Readout build() {
      List<AnalysisStage> built = new ArrayList<>(stages.size());
      for (String name : stages) {
        built.add(Objects.requireNonNull(wrapper.apply(Stages.create(name, config)), "wrapped stage"));
      }
      return new Readout(config, new Pipeline(built));
    }
  }
}

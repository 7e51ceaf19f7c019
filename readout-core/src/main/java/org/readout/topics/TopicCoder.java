package org.readout.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.readout.internal.Similarity;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * Codes each sentence with the codebook's topics by two rules, both recorded as evidence:
 * <ol>
 *   <li><b>phrase</b>: an include phrase of the topic matches (see {@link PhraseMatcher});</li>
 *   <li><b>embedding</b>: the sentence's embedding has cosine similarity at or above the topic's
 *       threshold with one of the topic's example sentences.</li>
 * </ol>
 * An exclude phrase of the topic vetoes the embedding rule for that sentence and any include match
 * inside the excluded span ("international security and stability" is not strategic stability).
 *
 * <p>Codebook examples are embedded once per coder, lazily; sentence embeddings go through the
 * {@link Embedder} (normally a {@link CachingEmbedder}) in one batch per call. When the embedder is a
 * {@link HybridEmbedder}, the embedding rule is scored by a {@link HybridTopicScorer}: the static table
 * for every sentence, the reference model only for sentences near a threshold (same decisions as the
 * reference model on every sentence it could change). Without an embedder only the phrase rule codes
 * (bulk extraction into a workspace). Thread-safe.
 */
public final class TopicCoder {
  /** Rule names used in evidence. */
  public static final String PHRASE = "phrase";
  public static final String EMBEDDING = "embedding";
  public static final String BOTH = "phrase+embedding";

  private final Codebook codebook;
  private final Embedder embedder;
  private final HybridTopicScorer hybrid;
  private final PhraseMatcher matcher;
  private volatile float[][][] exampleVectors;

  /**
   * A coder for {@code codebook}; {@code embedder} null codes by phrase rules only (no model is
   * loaded, no embedding rule fires, scores are 0); a {@link HybridEmbedder} scores the embedding rule
   * with the static table and refines near thresholds with its reference model.
   */
  public TopicCoder(Codebook codebook, Embedder embedder) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.embedder = embedder;
    this.hybrid = embedder instanceof HybridEmbedder h
        ? HybridTopicScorer.hybrid(codebook, h.fast(), h.reference(), h.topicMargin(), h.exactEvidence())
        : null;
    this.matcher = new PhraseMatcher(codebook.topics());
  }

  /**
   * Coding whose semantic rule is scored by {@code hybrid} (static table, reference model where it can
   * change a decision; or static only); {@link #embedder()} is the scorer's reference model.
   */
  public TopicCoder(HybridTopicScorer hybrid) {
    this.codebook = hybrid.codebook();
    this.embedder = hybrid.reference();
    this.hybrid = hybrid;
    this.matcher = new PhraseMatcher(codebook.topics());
  }

  public Codebook codebook() {
    return codebook;
  }

  /** The embedder, empty when this coder uses phrase rules only. */
  public Optional<Embedder> embedder() {
    return Optional.ofNullable(embedder);
  }

  /** The hybrid scorer, empty when every sentence is scored by {@link #embedder()} (or by phrases only). */
  public Optional<HybridTopicScorer> hybrid() {
    return Optional.ofNullable(hybrid);
  }

  /** Codes one statement. */
  public CodedStatement code(AnalyzedStatement statement) {
    return codeAll(List.of(statement)).get(0);
  }

  /** Codes several statements, embedding all their sentences in one batch. */
  public List<CodedStatement> codeAll(List<AnalyzedStatement> statements) {
    List<Sentence> sentences = new ArrayList<>();
    List<Words> words = new ArrayList<>();
    for (AnalyzedStatement a : statements) {
      for (Sentence s : a.sentences()) {
        sentences.add(s);
        words.add(Words.of(s));
      }
    }
    List<List<TopicHit>> all = code(sentences, words);
    List<CodedStatement> out = new ArrayList<>(statements.size());
    int k = 0;
    for (AnalyzedStatement a : statements) {
      out.add(new CodedStatement(a, all.subList(k, k + a.sentences().size())));
      k += a.sentences().size();
    }
    return out;
  }

  /** The topic hits of every sentence of {@code statement}, indexed like its sentences. */
  public List<List<TopicHit>> hits(AnalyzedStatement statement) {
    return codeAll(List.of(statement)).get(0).hits();
  }

  /** Topic hits of free-standing sentences (index = position in the list); for tests and tools. */
  public List<List<TopicHit>> codeTexts(List<String> texts) {
    List<Sentence> sentences = new ArrayList<>();
    List<Words> words = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      sentences.add(new Sentence(i, 0, t.length(), t, List.of()));
      words.add(Words.of(t));
    }
    return code(sentences, words);
  }

  private List<List<TopicHit>> code(List<Sentence> sentences, List<Words> words) {
    List<List<TopicHit>> out = new ArrayList<>(sentences.size());
    if (sentences.isEmpty()) {
      return out;
    }
    List<String> texts = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      texts.add(s.text());
    }
    int topics = codebook.topics().size();
    if (hybrid == null) {
      List<float[]> vectors = embedder == null ? null : embedder.embedAll(texts);
      float[][][] ex = examples();
      for (int i = 0; i < sentences.size(); i++) {
        double[] score = new double[topics];
        int[] example = new int[topics];
        boolean[] pass = new boolean[topics];
        if (vectors != null) {
          for (int t = 0; t < topics; t++) {
            double[] b = best(ex[t], vectors.get(i));
            score[t] = b[0];
            example[t] = (int) b[1];
            pass[t] = b[0] >= codebook.thresholdOf(codebook.topics().get(t));
          }
        }
        out.add(codeSentence(sentences.get(i), matcher.match(words.get(i)), score, example, pass));
      }
      return out;
    }
    List<List<PhraseMatcher.Hit>> phrases = new ArrayList<>(sentences.size());
    boolean[] phraseCoded = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      List<PhraseMatcher.Hit> h = matcher.match(words.get(i));
      phrases.add(h);
      for (PhraseMatcher.Hit x : h) {
        phraseCoded[i] |= !x.exclude() && !insideExclude(x, x.topic(), h);
      }
    }
    HybridTopicScorer.Scores sc = hybrid.score(texts, phraseCoded);
    for (int i = 0; i < sentences.size(); i++) {
      out.add(codeSentence(sentences.get(i), phrases.get(i), sc.score()[i], sc.example()[i], sc.pass()[i]));
    }
    return out;
  }

  /** Cosine of {@code vector} to each topic's closest example, in codebook order (NaN if none). */
  public double[] scores(float[] vector) {
    float[][][] ex = examples();
    double[] out = new double[ex.length];
    for (int t = 0; t < ex.length; t++) {
      out[t] = best(ex[t], vector)[0];
    }
    return out;
  }

  private List<TopicHit> codeSentence(Sentence s, List<PhraseMatcher.Hit> phraseHits, double[] score, int[] example,
                                      boolean[] pass) {
    List<Topic> topics = codebook.topics();
    List<TopicHit> out = new ArrayList<>(2);
    for (int t = 0; t < topics.size(); t++) {
      PhraseMatcher.Hit include = null;
      boolean excluded = false;
      for (PhraseMatcher.Hit h : phraseHits) {
        if (h.topic() == t && h.exclude()) {
          excluded = true;
        }
      }
      for (PhraseMatcher.Hit h : phraseHits) {
        if (h.topic() == t && !h.exclude() && !insideExclude(h, t, phraseHits)) {
          include = h;
          break;
        }
      }
      boolean semantic = !excluded && pass[t];
      if (include == null && !semantic) {
        continue;
      }
      String rule = include != null && semantic ? BOTH : include != null ? PHRASE : EMBEDDING;
      int start = include != null ? include.start() : s.start();
      int end = include != null ? include.end() : s.end();
      out.add(new TopicHit(topics.get(t).id(), s.index(), start, end, rule,
          include != null ? include.phrase() : "", round(score[t]), example[t]));
    }
    return out;
  }

  private static boolean insideExclude(PhraseMatcher.Hit h, int topic, List<PhraseMatcher.Hit> all) {
    for (PhraseMatcher.Hit x : all) {
      if (x.topic() == topic && x.exclude() && x.start() <= h.start() && h.end() <= x.end()) {
        return true;
      }
    }
    return false;
  }

  /** Cosine of {@code v} to its closest example and that example's index (first of equals), or {0, -1}. */
  static double[] best(float[][] examples, float[] v) {
    double max = Double.NaN;
    int arg = -1;
    for (int i = 0; i < examples.length; i++) {
      double c = Similarity.unitCosine(examples[i], v);
      if (arg < 0 || c > max) {
        max = c;
        arg = i;
      }
    }
    return new double[] {arg < 0 ? 0 : max, arg};
  }

  private static double round(double d) {
    return Math.round(d * 1e4) / 1e4;
  }

  private float[][][] examples() {
    float[][][] ex = exampleVectors;
    if (ex == null && embedder == null) {
      return new float[codebook.topics().size()][0][];
    }
    if (ex == null) {
      synchronized (this) {
        ex = exampleVectors;
        if (ex == null) {
          ex = embedExamples(codebook, embedder);
          exampleVectors = ex;
        }
      }
    }
    return ex;
  }

  /** The codebook's example vectors, per topic, embedded in one batch. */
  static float[][][] embedExamples(Codebook codebook, Embedder embedder) {
    List<String> all = new ArrayList<>();
    for (Topic t : codebook.topics()) {
      all.addAll(t.examples());
    }
    List<float[]> vs = embedder.embedAll(all);
    float[][][] ex = new float[codebook.topics().size()][][];
    int k = 0;
    for (int t = 0; t < ex.length; t++) {
      int n = codebook.topics().get(t).examples().size();
      ex[t] = vs.subList(k, k + n).toArray(new float[0][]);
      k += n;
    }
    return ex;
  }
}

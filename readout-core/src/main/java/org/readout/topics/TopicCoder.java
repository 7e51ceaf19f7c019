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
 * {@link Embedder} (normally a {@link CachingEmbedder}) in one batch per call. Without an embedder only
 * the phrase rule codes (bulk extraction into a workspace, where embedding every sentence of a corpus
 * would take hours). Thread-safe.
 */
public final class TopicCoder {
  /** Rule names used in evidence. */
  public static final String PHRASE = "phrase";
  public static final String EMBEDDING = "embedding";
  public static final String BOTH = "phrase+embedding";

  private final Codebook codebook;
  private final Embedder embedder;
  private final PhraseMatcher matcher;
  private volatile float[][][] exampleVectors;

  /**
   * A coder for {@code codebook}; {@code embedder} null codes by phrase rules only (no model is
   * loaded, no embedding rule fires, scores are 0).
   */
  public TopicCoder(Codebook codebook, Embedder embedder) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.embedder = embedder;
    this.matcher = new PhraseMatcher(codebook.topics());
  }

  public Codebook codebook() {
    return codebook;
  }

  /** The embedder, empty when this coder uses phrase rules only. */
  public Optional<Embedder> embedder() {
    return Optional.ofNullable(embedder);
  }

  /** Codes one statement. */
  public CodedStatement code(AnalyzedStatement statement) {
    return codeAll(List.of(statement)).get(0);
  }

  /** Codes several statements, embedding all their sentences in one batch. */
  public List<CodedStatement> codeAll(List<AnalyzedStatement> statements) {
    List<String> texts = new ArrayList<>();
    for (AnalyzedStatement a : statements) {
      for (Sentence s : a.sentences()) {
        texts.add(s.text());
      }
    }
    List<float[]> vectors = embed(texts);
    List<CodedStatement> out = new ArrayList<>(statements.size());
    int k = 0;
    for (AnalyzedStatement a : statements) {
      List<List<TopicHit>> hits = new ArrayList<>(a.sentences().size());
      for (Sentence s : a.sentences()) {
        hits.add(codeSentence(s, Words.of(s), vectors.get(k++)));
      }
      out.add(new CodedStatement(a, hits));
    }
    return out;
  }

  /** The topic hits of every sentence of {@code statement}, indexed like its sentences. */
  public List<List<TopicHit>> hits(AnalyzedStatement statement) {
    return codeAll(List.of(statement)).get(0).hits();
  }

  /** Topic hits of free-standing sentences (index = position in the list); for tests and tools. */
  public List<List<TopicHit>> codeTexts(List<String> sentences) {
    List<float[]> vectors = embed(sentences);
    List<List<TopicHit>> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String t = sentences.get(i);
      out.add(codeSentence(new Sentence(i, 0, t.length(), t, List.of()), Words.of(t), vectors.get(i)));
    }
    return out;
  }

  /** The sentence vectors, or nulls when coding by phrase rules only. */
  private List<float[]> embed(List<String> texts) {
    if (embedder == null) {
      return java.util.Arrays.asList(new float[texts.size()][]);
    }
    return embedder.embedAll(texts);
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

  private List<TopicHit> codeSentence(Sentence s, Words words, float[] vector) {
    List<PhraseMatcher.Hit> phraseHits = matcher.match(words);
    List<Topic> topics = codebook.topics();
    float[][][] ex = examples();
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
      double[] best = vector == null ? new double[] {0, 0} : best(ex[t], vector);
      boolean semantic = !excluded && best[0] >= codebook.thresholdOf(topics.get(t));
      if (include == null && !semantic) {
        continue;
      }
      String rule = include != null && semantic ? BOTH : include != null ? PHRASE : EMBEDDING;
      int start = include != null ? include.start() : s.start();
      int end = include != null ? include.end() : s.end();
      out.add(new TopicHit(topics.get(t).id(), s.index(), start, end, rule,
          include != null ? include.phrase() : "", round(best[0]), (int) best[1]));
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

  private static double[] best(float[][] examples, float[] v) {
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
          List<String> all = new ArrayList<>();
          for (Topic t : codebook.topics()) {
            all.addAll(t.examples());
          }
          List<float[]> vs = embedder.embedAll(all);
          ex = new float[codebook.topics().size()][][];
          int k = 0;
          for (int t = 0; t < ex.length; t++) {
            int n = codebook.topics().get(t).examples().size();
            ex[t] = vs.subList(k, k + n).toArray(new float[0][]);
            k += n;
          }
          exampleVectors = ex;
        }
      }
    }
    return ex;
  }
}

package org.readout.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The semantic rule of topic coding at corpus speed: every sentence is scored against the codebook's
 * examples with the fast {@link StaticEmbedder}, and only the sentences where the reference model
 * (bge-small) could decide otherwise are scored again by it:
 * <ul>
 *   <li>a sentence whose static score for some topic is within {@link #margin()} of (or above) that
 *       topic's threshold — the static cosine is on bge's scale, since the static sentence vector
 *       approximates bge's and the examples are embedded by bge itself;</li>
 *   <li>in {@linkplain #exactEvidence() exact-evidence} mode, also every sentence a phrase rule codes,
 *       so that every reported hit carries the reference score (as {@code compare} reports show).</li>
 * </ul>
 * A sentence the reference model scores gets exactly the scores and decisions of plain bge coding.
 * Any other sentence is far below every threshold under the static model and gets no semantic hit; its
 * scores (reported only with a phrase hit, in decisions mode) are the static approximation.
 *
 * <p>The margin was calibrated on held-out bulk sentences (not on the meetings it is measured on):
 * the smallest margin at which every held-out sentence–topic pair within 0.03 of its threshold under bge
 * is sent to bge; see {@code EmbedAgreement} in readout-io's test tree. On 22,483 held-out sentences
 * that needs 0.068, while a pair at or above its threshold under bge is never more than 0.028 below it
 * under the static table, so 0.07 is still 2.5 times the largest gap of a decision that bge changes.
 * Measured on every meeting of the shared corpus, 0.07 keeps all 816 topic cells and all sentence–topic
 * pairs of plain bge coding (as 0.10 did) and sends 92 of 2,521 sentences to bge instead of 209.
 *
 * <p>{@link #staticOnly(Codebook, Embedder, Embedder, double)} builds the measured alternative without
 * any refinement: the semantic rule fires when the static score reaches the threshold plus an offset.
 * Thread-safe.
 */
public final class HybridTopicScorer {
  /** Default margin below a threshold within which a sentence goes to the reference model. */
  public static final double MARGIN = 0.07;

  private final Codebook codebook;
  private final Embedder fast;
  private final Embedder reference;
  private final double margin;
  private final boolean exactEvidence;
  private final boolean staticOnly;
  private final double staticOffset;
  private final AtomicLong scored = new AtomicLong();
  private final AtomicLong refined = new AtomicLong();
  private volatile float[][][] examples;

  private HybridTopicScorer(Codebook codebook, Embedder fast, Embedder reference, double margin, boolean exactEvidence,
                            boolean staticOnly, double staticOffset) {
    this.codebook = codebook;
    this.fast = fast;
    this.reference = reference;
    this.margin = margin;
    this.exactEvidence = exactEvidence;
    this.staticOnly = staticOnly;
    this.staticOffset = staticOffset;
  }

  /**
   * Hybrid scoring.
   *
   * @param fast          the static embedder (its vectors must live in the reference model's space)
   * @param reference     the reference model, normally a {@link CachingEmbedder} over {@link BgeEmbedder}
   * @param margin        sentences with a static score at or above {@code threshold − margin} go to the reference
   * @param exactEvidence also send every phrase-coded sentence to the reference, so all reported scores are its
   */
  public static HybridTopicScorer hybrid(Codebook codebook, Embedder fast, Embedder reference, double margin,
                                         boolean exactEvidence) {
    return new HybridTopicScorer(codebook, fast, reference, margin, exactEvidence, false, 0);
  }

  /** Static scoring only: the semantic rule fires at {@code static score ≥ threshold + offset}. */
  public static HybridTopicScorer staticOnly(Codebook codebook, Embedder fast, Embedder reference, double offset) {
    return new HybridTopicScorer(codebook, fast, reference, 0, false, true, offset);
  }

  public Codebook codebook() {
    return codebook;
  }

  /** The reference model (also used for the codebook's examples). */
  public Embedder reference() {
    return reference;
  }

  public Embedder fast() {
    return fast;
  }

  public double margin() {
    return margin;
  }

  public boolean exactEvidence() {
    return exactEvidence;
  }

  /** Model id for evidence: both models. */
  public String modelId() {
    return (staticOnly ? "static:" : "hybrid:") + fast.modelId() + "+" + reference.modelId();
  }

  /** Sentences scored so far. */
  public long scored() {
    return scored.get();
  }

  /** Sentences the reference model scored so far. */
  public long refined() {
    return refined.get();
  }

  /** Per-topic scores of one batch of sentences. */
  public record Scores(double[][] score, int[][] example, boolean[][] pass, boolean[] refined) {
  }

  /**
   * Scores sentences against every topic.
   *
   * @param texts      the sentences
   * @param phraseCoded per sentence, whether a phrase rule codes it (refined in exact-evidence mode); may be null
   */
  public Scores score(List<String> texts, boolean[] phraseCoded) {
    int n = texts.size();
    float[][][] ex = examples();
    List<Topic> topics = codebook.topics();
    double[] threshold = new double[topics.size()];
    for (int t = 0; t < threshold.length; t++) {
      threshold[t] = codebook.thresholdOf(topics.get(t));
    }
    double[][] score = new double[n][topics.size()];
    int[][] example = new int[n][topics.size()];
    boolean[][] pass = new boolean[n][topics.size()];
    boolean[] refine = new boolean[n];
    List<float[]> fastVectors = fast.embedAll(texts);
    List<String> again = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fill(ex, fastVectors.get(i), score[i], example[i]);
      boolean near = false;
      for (int t = 0; t < threshold.length; t++) {
        if (staticOnly) {
          pass[i][t] = score[i][t] >= threshold[t] + staticOffset;
        } else if (score[i][t] >= threshold[t] - margin) {
          near = true;
        }
      }
      if (!staticOnly && (near || exactEvidence && phraseCoded != null && phraseCoded[i])) {
        refine[i] = true;
        again.add(texts.get(i));
      }
    }
    if (!again.isEmpty()) {
      List<float[]> exact = reference.embedAll(again);
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (refine[i]) {
          fill(ex, exact.get(k++), score[i], example[i]);
          for (int t = 0; t < threshold.length; t++) {
            pass[i][t] = score[i][t] >= threshold[t];
          }
        }
      }
    }
    scored.addAndGet(n);
    refined.addAndGet(again.size());
    return new Scores(score, example, pass, refine);
  }

  private static void fill(float[][][] ex, float[] v, double[] score, int[] example) {
    for (int t = 0; t < ex.length; t++) {
      double[] b = TopicCoder.best(ex[t], v);
      score[t] = b[0];
      example[t] = (int) b[1];
    }
  }

  /** The codebook's examples, embedded once by the reference model. */
  private float[][][] examples() {
    float[][][] ex = examples;
    if (ex == null) {
      synchronized (this) {
        ex = examples;
        if (ex == null) {
          ex = TopicCoder.embedExamples(codebook, reference);
          examples = ex;
        }
      }
    }
    return ex;
  }
}

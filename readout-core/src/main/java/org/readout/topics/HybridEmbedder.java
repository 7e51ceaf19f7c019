package org.readout.topics;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The configured embedder for corpus-scale work: a reference model (bge-small, normally behind a
 * {@link CachingEmbedder}) paired with the fast {@link StaticEmbedder} distilled from it. As an
 * {@link Embedder} it is the reference model ({@link #embedAll} returns the reference vectors, so every
 * caller that needs exact vectors gets them); callers that know the pairing use {@link #fast()} and
 * refine with {@link #reference()} only where it can change a decision: {@link TopicCoder} (through a
 * {@link HybridTopicScorer}) and {@code HybridAlignmentVectors}.
 *
 * <p>The static table is opened on the first call of {@link #fast()}'s methods, from the cache folder
 * given here (built there from the reference model on first use, about a minute on two cores; never
 * written anywhere else). Thread-safe.
 */
public final class HybridEmbedder implements Embedder {
  private final Embedder reference;
  private final Embedder fast;
  private final double topicMargin;
  private final boolean exactEvidence;

  private HybridEmbedder(Embedder reference, Embedder fast, double topicMargin, boolean exactEvidence) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.fast = Objects.requireNonNull(fast, "fast");
    if (!(topicMargin >= 0 && topicMargin <= 1)) {
      throw new IllegalArgumentException("topic margin must be in [0, 1]: " + topicMargin);
    }
    this.topicMargin = topicMargin;
    this.exactEvidence = exactEvidence;
  }

  /**
   * The bundled static table (cached in {@code cacheDir}; null: built in memory, no file) before
   * {@code reference}, with the default margin {@link HybridTopicScorer#MARGIN}; reported topic scores of
   * sentences far from every threshold are the static approximation (decisions mode).
   */
  public static HybridEmbedder of(Embedder reference, Path cacheDir) {
    return new HybridEmbedder(reference, new Lazy(() -> StaticEmbedder.open(cacheDir)), HybridTopicScorer.MARGIN, false);
  }

  /** A hybrid of any two embedders whose vectors live in the same space (tests, tools). */
  public static HybridEmbedder of(Embedder reference, Embedder fast, double topicMargin, boolean exactEvidence) {
    return new HybridEmbedder(reference, fast, topicMargin, exactEvidence);
  }

  /**
   * A copy that also sends every phrase-coded sentence to the reference model, so every reported topic
   * hit carries the reference score.
   */
  public HybridEmbedder withExactEvidence() {
    return new HybridEmbedder(reference, fast, topicMargin, true);
  }

  public Embedder reference() {
    return reference;
  }

  /** The static embedder (opened on first use). */
  public Embedder fast() {
    return fast;
  }

  /** Sentences with a static topic score at or above {@code threshold − margin} are scored again by the reference. */
  public double topicMargin() {
    return topicMargin;
  }

  public boolean exactEvidence() {
    return exactEvidence;
  }

  /** The reference model's id: the vectors this embedder returns are the reference model's. */
  @Override
  public String modelId() {
    return reference.modelId();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return reference.embedAll(texts);
  }

  /** An embedder opened on first use. */
  private static final class Lazy implements Embedder {
    private final Supplier<? extends Embedder> open;
    private volatile Embedder delegate;

    Lazy(Supplier<? extends Embedder> open) {
      this.open = open;
    }

    private Embedder get() {
      Embedder d = delegate;
      if (d == null) {
        synchronized (this) {
          d = delegate;
          if (d == null) {
            d = open.get();
            delegate = d;
          }
        }
      }
      return d;
    }

    @Override
    public String modelId() {
      return get().modelId();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      return get().embedAll(texts);
    }
  }
}

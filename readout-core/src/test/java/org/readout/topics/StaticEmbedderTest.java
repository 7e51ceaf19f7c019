package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The static table on hand-written sentences: deterministic, in bge's space, ordering similarities as
 * bge does, safe to share between threads, and coding topics as bge does once the hybrid refines the
 * sentences near a threshold. Uses the real table (distilled on first use into the cache directory).
 */
class StaticEmbedderTest {
  private static final StaticEmbedder STATIC = StaticEmbedder.open(CacheDir.resolve());
  private static final Embedder BGE = new CachingEmbedder(BgeEmbedder.instance(), 10_000, null, 0);

  @Test
  void baseDistillationIsTheSameBitForBitWhateverTheThreads() {
    WordPiece tok = WordPiece.bge();
    float[] one = StaticDistiller.baseVectors(tok, 4 * StaticDistiller.BATCH, 1);
    float[] two = StaticDistiller.baseVectors(tok, 4 * StaticDistiller.BATCH, 2);
    assertThat(one).hasSize(4 * StaticDistiller.BATCH * 384).containsExactly(two);
    // unit rows, not all alike
    double n = 0;
    for (int d = 0; d < 384; d++) {
      n += one[1000 * 384 + d] * one[1000 * 384 + d];
    }
    assertThat(n).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(java.util.Arrays.copyOfRange(one, 1000 * 384, 1001 * 384))
        .isNotEqualTo(java.util.Arrays.copyOfRange(one, 1001 * 384, 1002 * 384));
  }

  @Test
  void vectorsAreUnitLengthAndCloseToBgesOwn() {
    List<String> texts = sentences();
    List<float[]> s = STATIC.embedAll(texts);
    List<float[]> b = BGE.embedAll(texts);
    double sum = 0;
    for (int i = 0; i < texts.size(); i++) {
      assertThat(Embedder.cosine(s.get(i), s.get(i))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
      sum += Embedder.cosine(s.get(i), b.get(i));
    }
    assertThat(sum / texts.size()).as("mean cosine of a static vector with bge's vector of the same sentence")
        .isGreaterThan(0.8);
    assertThat(STATIC.embed("")).containsOnly(0f);
    assertThat(STATIC.modelId()).startsWith("static-" + BgeEmbedder.MODEL_ID + "-").isEqualTo(StaticEmbedder.open(CacheDir.resolve()).modelId());
  }

  /** Anchor, paraphrase, unrelated sentence: the paraphrase is nearer under both models. */
  static Stream<String[]> triples() {
    return Stream.of(
        new String[] {"The two presidents agreed to extend the treaty limiting their nuclear arsenals.",
            "The leaders decided to prolong the agreement that caps strategic warheads.",
            "The First Lady read to children at a school library in Ohio."},
        new String[] {"Hackers encrypted the pipeline operator's systems and demanded a ransom.",
            "A criminal gang locked the company's computers until it paid them.",
            "The pipeline will carry natural gas across the Baltic Sea."},
        new String[] {"The ministers will meet next month to continue the talks.",
            "Their foreign ministers are to hold another round of negotiations soon.",
            "The museum will reopen next month after renovation."});
  }

  @Test
  void similarityOrderingMatchesBge() {
    triples().forEach(t -> {
      List<float[]> s = STATIC.embedAll(List.of(t));
      List<float[]> b = BGE.embedAll(List.of(t));
      assertThat(Embedder.cosine(b.get(0), b.get(1))).as("bge: " + t[0]).isGreaterThan(Embedder.cosine(b.get(0), b.get(2)));
      assertThat(Embedder.cosine(s.get(0), s.get(1))).as("static: " + t[0])
          .isGreaterThan(Embedder.cosine(s.get(0), s.get(2)));
    });
  }

  @Test
  void sharedBetweenThreadsGivesTheSameVectors() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      for (String s : sentences()) {
        texts.add(i + " " + s);
      }
    }
    List<float[]> sequential = STATIC.embedAll(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> runs = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        runs.add(pool.submit(() -> STATIC.embedAll(texts)));
      }
      for (Future<List<float[]>> r : runs) {
        List<float[]> got = r.get();
        for (int i = 0; i < texts.size(); i++) {
          assertThat(got.get(i)).containsExactly(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hybridCodingEqualsBgeCodingAndRefinesFewSentences() {
    List<String> texts = sentences();
    TopicCoder reference = new TopicCoder(Codebook.defaults(), BGE);
    HybridTopicScorer exact = HybridTopicScorer.hybrid(Codebook.defaults(), STATIC, BGE, HybridTopicScorer.MARGIN, true);
    HybridTopicScorer decisions = HybridTopicScorer.hybrid(Codebook.defaults(), STATIC, BGE, HybridTopicScorer.MARGIN, false);
    List<List<TopicHit>> want = reference.codeTexts(texts);
    assertThat(new TopicCoder(exact).codeTexts(texts)).as("every hit, with its score").isEqualTo(want);
    List<List<TopicHit>> got = new TopicCoder(decisions).codeTexts(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(got.get(i)).extracting(TopicHit::topic, TopicHit::rule)
          .as(texts.get(i)).isEqualTo(want.get(i).stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.topic(), h.rule())).toList());
    }
    assertThat(decisions.refined()).as("sentences sent to bge").isLessThan(decisions.scored());
    assertThat(decisions.refined()).isLessThanOrEqualTo(exact.refined());
  }

  /**
   * The hybrid reaches the topic stage through the engine's configured embedder: an engine whose
   * embedder is a {@link HybridEmbedder} codes a statement's topics as the plain-bge engine does, while
   * its embedder still returns bge's own vectors (what compare aligns with).
   */
  @Test
  void theConfiguredHybridEmbedderCodesAsTheConfiguredBgeDoes() {
    HybridEmbedder hybrid = HybridEmbedder.of(BGE, STATIC, HybridTopicScorer.MARGIN, true);
    org.readout.Readout withHybrid = org.readout.Readout.builder().embedder(hybrid).build();
    org.readout.Readout withBge = org.readout.Readout.builder().embedder(BGE).build();
    assertThat(withHybrid.config().topicCoder().hybrid()).isPresent();
    assertThat(withBge.config().topicCoder().hybrid()).isEmpty();
    String text = String.join(" ", sentences());
    org.readout.model.StatementMeta meta = org.readout.model.StatementMeta.of("h", "US", java.time.LocalDate.of(2030, 1, 10));
    var a = withHybrid.analyze(meta, text);
    var b = withBge.analyze(meta, text);
    assertThat(a.require(org.readout.analysis.Layers.TOPICS)).isNotEmpty().isEqualTo(b.require(org.readout.analysis.Layers.TOPICS));
    assertThat(hybrid.embedAll(List.of(text.substring(0, 80))).get(0)).containsExactly(BGE.embedAll(List.of(text.substring(0, 80))).get(0));
    assertThat(hybrid.modelId()).isEqualTo(BgeEmbedder.MODEL_ID);
  }

  /** Positives and near misses of every default topic (TopicCoderTest), plus the triples. */
  private static List<String> sentences() {
    List<String> out = new ArrayList<>();
    Stream.concat(TopicCoderTest.cases(), TopicCoderTest.moreWordings()).map(Arguments::get).forEach(a -> {
      out.add((String) a[1]);
      out.add((String) a[2]);
    });
    triples().forEach(t -> out.addAll(List.of(t)));
    out.add("The two powers agreed to keep talking about limiting their long-range missiles and warheads.");
    out.add("Both leaders paid tribute to the soldiers who died fighting fascism eighty years ago.");
    return out;
  }
}

package org.readout.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.compare.Alignment;
import org.readout.compare.Comparer;
import org.readout.compare.Comparison;
import org.readout.compare.HybridAlignmentVectors;
import org.readout.compare.SentenceAligner;
import org.readout.compare.TopicCoverage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * Measures (a development tool, not a unit test) how far the static table and the hybrid agree with
 * plain bge coding:
 * <ol>
 *   <li><b>calibration</b>, on the held-out development sentences of {@link EmbedCorpus} (bulk items,
 *       never the meetings): the margin the hybrid needs so that every sentence–topic pair within 0.03
 *       of its threshold under bge is refined, and the offset that makes static-only decisions agree best
 *       with bge's;</li>
 *   <li><b>agreement</b> on every meeting of {@code corpus/meetings}, each compared as {@code readout
 *       compare} does with all its statements, for (a) phrase rules + bge (reference), (b) phrase rules
 *       + static table (offset from step 1), (c) the hybrid (decisions mode), (d) the hybrid in
 *       exact-evidence mode: topic cells (statement × topic coverage level), sentence topic sets and
 *       sentence–topic pairs, alignment pairs (found by both / only one), and the hits' scores.</li>
 * </ol>
 * Usage (from readout-io, test classpath): {@code java -Dreadout.cache.dir=DIR
 * org.readout.topics.EmbedAgreement [--margin M] [--align-margin M] [--offset D]} ({@code --offset}: skip the
 * calibration and use this static-only offset).
 */
public final class EmbedAgreement {
  private EmbedAgreement() {
  }

  public static void main(String[] args) {
    double margin = HybridTopicScorer.MARGIN;
    double alignMargin = HybridAlignmentVectors.MARGIN;
    Double fixedOffset = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--margin" -> margin = Double.parseDouble(args[++i]);
        case "--align-margin" -> alignMargin = Double.parseDouble(args[++i]);
        case "--offset" -> fixedOffset = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    EmbedCorpus corpus = EmbedCorpus.load(fixedOffset == null, 0);
    Codebook cb = Codebook.defaults();
    CachingEmbedder reference = StaticAdapterTrainer.targetCache();
    StaticEmbedder fast = StaticEmbedder.open(CacheDir.resolve());
    System.out.printf(Locale.ROOT, "static table %s (sha256 %s); corpus loaded in %.0f s%n", fast.modelId(),
        fast.tableSha256(), StaticAdapterTrainer.secs(t0));

    double offset = fixedOffset != null ? fixedOffset : calibrate(corpus.devHeldOut, cb, fast, reference, margin);
    if (fixedOffset == null) {
      retrieval(corpus.meetingSentences(), corpus.devHeldOut, fast, reference);
    }

    Map<String, List<AnalyzedStatement>> meetings = new LinkedHashMap<>();
    corpus.meetings.forEach((id, a) -> meetings.computeIfAbsent(id.substring(0, id.indexOf('/')), k -> new ArrayList<>()).add(a));
    Tally stat = new Tally("static only (offset " + fmt(offset) + ")");
    Tally hyb = new Tally("hybrid, decisions mode (margin " + fmt(margin) + ")");
    Tally exact = new Tally("hybrid, exact-evidence mode (margin " + fmt(margin) + ")");
    HybridTopicScorer hs = HybridTopicScorer.hybrid(cb, fast, reference, margin, false);
    HybridTopicScorer hx = HybridTopicScorer.hybrid(cb, fast, reference, margin, true);
    HybridTopicScorer so = HybridTopicScorer.staticOnly(cb, fast, reference, offset);
    HybridAlignmentVectors hav = new HybridAlignmentVectors(fast, reference, alignMargin);
    // the comparer aligns with the reference vectors, as readout compare does; the tallies below align
    // with each method's own vectors
    Comparer comparer = Readout.builder().embedder(reference).build().config().comparer();
    for (Map.Entry<String, List<AnalyzedStatement>> m : meetings.entrySet()) {
      Comparison ref = comparer.compare(coded(new TopicCoder(cb, reference), m.getValue()));
      Comparison s = comparer.compare(coded(new TopicCoder(so), m.getValue()));
      Comparison h = comparer.compare(coded(new TopicCoder(hs), m.getValue()));
      Comparison x = comparer.compare(coded(new TopicCoder(hx), m.getValue()));
      Set<String> refPairs = pairs(ref.alignments());
      stat.add(ref, s, refPairs, pairs(align(s.statements(), staticVectors(s.statements(), fast))));
      Set<String> hp = pairs(align(h.statements(), hav.vectors(h.statements())));
      hyb.add(ref, h, refPairs, hp);
      for (String p : hp) {
        if (!refPairs.contains(p)) {
          System.out.println("  hybrid alignment only: " + p);
        }
      }
      exact.add(ref, x, refPairs, pairs(align(x.statements(), hav.vectors(x.statements()))));
      System.out.printf(Locale.ROOT, "%-40s statements %d, sentences %d, reference alignments %d%n", m.getKey(),
          m.getValue().size(), m.getValue().stream().mapToInt(a -> a.sentences().size()).sum(), refPairs.size());
    }
    System.out.println();
    stat.print();
    hyb.print();
    System.out.printf(Locale.ROOT, "  sentences sent to bge by the topic scorer: %d of %d (%.3f)%n", hs.refined(), hs.scored(),
        hs.refined() / (double) hs.scored());
    exact.print();
    System.out.printf(Locale.ROOT, "  sentences sent to bge by the topic scorer: %d of %d (%.3f)%n", hx.refined(), hx.scored(),
        hx.refined() / (double) hx.scored());
    System.out.printf(Locale.ROOT, "hybrid alignment vectors (margin %s): %d of %d sentences from bge (%.3f; counted twice: "
        + "decisions and exact runs)%n", fmt(alignMargin), hav.refined(), hav.sentences(),
        hav.refined() / (double) hav.sentences());
    System.out.printf(Locale.ROOT, "total %.0f s%n", StaticAdapterTrainer.secs(t0));
  }

  /** Prints the margin and offset measured on held-out development sentences; returns the offset. */
  static double calibrate(List<String> heldOut, Codebook cb, StaticEmbedder fast, Embedder reference, double margin) {
    float[][][] ex = TopicCoder.embedExamples(cb, reference);
    List<float[]> vb = reference.embedAll(heldOut);
    List<float[]> vs = fast.embedAll(heldOut);
    int topics = cb.topics().size();
    double[] thr = new double[topics];
    for (int t = 0; t < topics; t++) {
      thr[t] = cb.thresholdOf(cb.topics().get(t));
    }
    int n = heldOut.size();
    double[][] sb = new double[n][topics];
    double[][] ss = new double[n][topics];
    double need = 0;
    double needPositive = 0;
    int near = 0;
    int positive = 0;
    double cos = 0;
    for (int i = 0; i < n; i++) {
      cos += Embedder.cosine(vb.get(i), vs.get(i));
      for (int t = 0; t < topics; t++) {
        sb[i][t] = TopicCoder.best(ex[t], vb.get(i))[0];
        ss[i][t] = TopicCoder.best(ex[t], vs.get(i))[0];
        if (sb[i][t] >= thr[t] - 0.03) {
          near++;
          need = Math.max(need, thr[t] - ss[i][t]);
        }
        if (sb[i][t] >= thr[t]) {
          positive++;
          needPositive = Math.max(needPositive, thr[t] - ss[i][t]);
        }
      }
    }
    int refined = 0;
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < topics; t++) {
        if (ss[i][t] >= thr[t] - margin) {
          refined++;
          break;
        }
      }
    }
    System.out.printf(Locale.ROOT, "calibration on %d held-out development sentences: mean cosine static vs bge %.4f;%n", n,
        cos / n);
    System.out.printf(Locale.ROOT, "  %d sentence-topic pairs at or above threshold under bge, %d within 0.03 of it;%n",
        positive, near);
    System.out.printf(Locale.ROOT, "  margin needed to refine all of them: %.4f (positives only: %.4f); margin in use %s "
        + "refines %d sentences (%.4f)%n", need, needPositive, fmt(margin), refined, refined / (double) n);
    double bestOffset = 0;
    int bestErrors = Integer.MAX_VALUE;
    for (int k = -40; k <= 40; k++) {
      double off = k * 0.0025;
      int errors = 0;
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < topics; t++) {
          if ((ss[i][t] >= thr[t] + off) != (sb[i][t] >= thr[t])) {
            errors++;
          }
        }
      }
      if (errors < bestErrors || errors == bestErrors && Math.abs(off) < Math.abs(bestOffset)) {
        bestErrors = errors;
        bestOffset = off;
      }
    }
    System.out.printf(Locale.ROOT, "  static-only offset with the fewest pair disagreements: %s (%d disagreements)%n",
        fmt(bestOffset), bestErrors);
    return bestOffset;
  }

  /**
   * Candidate retrieval: each meeting sentence queries the held-out development sentences; how many of
   * its 10 nearest under bge are among its K nearest under the static table.
   */
  static void retrieval(List<String> queries, List<String> pool, Embedder fast, Embedder reference) {
    List<float[]> qb = reference.embedAll(queries);
    List<float[]> qs = fast.embedAll(queries);
    List<float[]> pb = reference.embedAll(pool);
    List<float[]> ps = fast.embedAll(pool);
    int[] ks = {10, 50, 100, 200};
    long[] found = new long[ks.length];
    long wanted = 0;
    for (int q = 0; q < queries.size(); q++) {
      int[] bgeTop = top(qb.get(q), pb, 10);
      int[] staticTop = top(qs.get(q), ps, ks[ks.length - 1]);
      wanted += bgeTop.length;
      for (int k = 0; k < ks.length; k++) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < ks[k]; i++) {
          s.add(staticTop[i]);
        }
        for (int b : bgeTop) {
          found[k] += s.contains(b) ? 1 : 0;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < ks.length; k++) {
      sb.append(String.format(Locale.ROOT, " @%d %.4f", ks[k], found[k] / (double) wanted));
    }
    System.out.printf(Locale.ROOT, "retrieval (%d meeting sentences querying %d held-out sentences): recall of bge's 10 nearest "
        + "among the static table's K nearest:%s%n", queries.size(), pool.size(), sb);
  }

  private static int[] top(float[] q, List<float[]> pool, int k) {
    double[] c = new double[pool.size()];
    Integer[] idx = new Integer[pool.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = Embedder.cosine(q, pool.get(i));
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> c[a] != c[b] ? Double.compare(c[b], c[a]) : Integer.compare(a, b));
    int[] out = new int[Math.min(k, idx.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  /** The statements with their topics layer coded by {@code coder} (one batch). */
  static List<AnalyzedStatement> coded(TopicCoder coder, List<AnalyzedStatement> statements) {
    List<CodedStatement> c = coder.codeAll(statements);
    List<AnalyzedStatement> out = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      out.add(statements.get(i).with(Layers.TOPICS, c.get(i).hits()));
    }
    return out;
  }

  static Map<String, List<float[]>> staticVectors(List<CodedStatement> coded, Embedder fast) {
    Map<String, List<float[]>> out = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      out.put(c.id(), fast.embedAll(c.sentences().stream().map(Sentence::text).toList()));
    }
    return out;
  }

  /** The alignments {@code Comparer} would report with these vectors (statements in comparison order). */
  static List<Alignment> align(List<CodedStatement> coded, Map<String, List<float[]>> vectors) {
    List<Alignment> out = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        out.addAll(SentenceAligner.align(coded.get(i), vectors.get(coded.get(i).id()), coded.get(j),
            vectors.get(coded.get(j).id())));
      }
    }
    return out;
  }

  static Set<String> pairs(List<Alignment> as) {
    Set<String> out = new HashSet<>();
    for (Alignment a : as) {
      out.add(a.a().statement() + "#" + a.a().sentence() + "~" + a.b().statement() + "#" + a.b().sentence());
    }
    return out;
  }

  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /** Agreement counts of one method with the reference. */
  static final class Tally {
    final String name;
    int cells;
    int cellsSame;
    int sentences;
    int sentencesSame;
    int pairs;
    int pairsSame;
    int positivesRef;
    int positivesOther;
    int hits;
    int hitsSameScore;
    int bothAligned;
    int refOnly;
    int otherOnly;
    final List<String> cellDiffs = new ArrayList<>();

    Tally(String name) {
      this.name = name;
    }

    void add(Comparison ref, Comparison other, Set<String> refPairs, Set<String> otherPairs) {
      for (TopicCoverage r : ref.topics()) {
        TopicCoverage o = other.topic(r.topic()).orElseThrow();
        for (String st : r.coverage().keySet()) {
          cells++;
          if (r.levelIn(st).equals(o.levelIn(st))) {
            cellsSame++;
          } else {
            cellDiffs.add(st + " " + r.topic() + ": " + r.levelIn(st) + " -> " + o.levelIn(st));
          }
        }
      }
      for (int k = 0; k < ref.statements().size(); k++) {
        CodedStatement a = ref.statements().get(k);
        CodedStatement b = other.statements().get(k);
        for (int i = 0; i < a.sentences().size(); i++) {
          List<String> ta = a.topicsOf(i);
          List<String> tb = b.topicsOf(i);
          sentences++;
          if (ta.equals(tb)) {
            sentencesSame++;
          }
          for (Topic t : ref.codebook().topics()) {
            pairs++;
            boolean x = ta.contains(t.id());
            boolean y = tb.contains(t.id());
            positivesRef += x ? 1 : 0;
            positivesOther += y ? 1 : 0;
            if (x == y) {
              pairsSame++;
            }
          }
          List<TopicHit> ha = a.hits().get(i);
          List<TopicHit> hb = b.hits().get(i);
          for (TopicHit h : ha) {
            hits++;
            for (TopicHit g : hb) {
              if (g.topic().equals(h.topic()) && g.rule().equals(h.rule()) && g.score() == h.score()
                  && g.example() == h.example()) {
                hitsSameScore++;
              }
            }
          }
        }
      }
      for (String p : refPairs) {
        if (otherPairs.contains(p)) {
          bothAligned++;
        } else {
          refOnly++;
        }
      }
      for (String p : otherPairs) {
        if (!refPairs.contains(p)) {
          otherOnly++;
        }
      }
    }

    void print() {
      System.out.println(name + ":");
      System.out.printf(Locale.ROOT, "  topic cells: %d of %d agree (%.4f)%s%n", cellsSame, cells, cellsSame / (double) cells,
          cellDiffs.isEmpty() ? "" : " — differ: " + cellDiffs);
      System.out.printf(Locale.ROOT, "  sentence topic sets: %d of %d agree (%.4f); sentence-topic pairs: %d of %d (%.4f); "
          + "coded pairs reference %d, this %d%n", sentencesSame, sentences, sentencesSame / (double) sentences, pairsSame,
          pairs, pairsSame / (double) pairs, positivesRef, positivesOther);
      System.out.printf(Locale.ROOT, "  reference hits with identical rule, score and example: %d of %d%n", hitsSameScore, hits);
      int union = bothAligned + refOnly + otherOnly;
      System.out.printf(Locale.ROOT, "  alignment pairs: both %d, reference only %d, this only %d (agreement %.4f of %d)%n",
          bothAligned, refOnly, otherOnly, bothAligned / (double) Math.max(1, union), union);
    }
  }
}

package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;
import org.readout.internal.Similarity;

/**
 * Aligns the sentences of two statements that say the same thing in different words.
 *
 * <p>Score of a sentence pair, in [0, 1]:
 * {@code W_COS·cos + W_LOCAL·local + W_LEX·lexical + W_TOPIC·topics}, where {@code cos} is the cosine of
 * the sentence embeddings; {@code local} is the cosine corrected for hubness (CSLS, Conneau et al. 2018:
 * {@code 2·cos − r_a − r_b}, with {@code r} a sentence's mean cosine to its {@value #K} nearest sentences in
 * the other statement, mapped to [0, 1]), which stops generic sentences ("the presidents discussed…")
 * from pairing with everything; {@code lexical} is the Dice overlap of content lemmas; {@code topics} is
 * the overlap coefficient of the two sentences' topic sets.
 *
 * <p>Assignment is greedy over pairs by descending score; ties are broken by sentence index in
 * {@code a}, then in {@code b}. Each sentence can take part in as many alignments as it has topics
 * (at least one): a sentence that lists three agenda items can match three counterparts. Pairs below
 * {@link #MIN_SCORE} are not aligned. Everything is symmetric, so swapping {@code a} and {@code b}
 * gives the same pairs with the same scores. Stateless and thread-safe.
 */
public final class SentenceAligner {
  static final double W_COS = 0.30;
  static final double W_LOCAL = 0.30;
  static final double W_LEX = 0.15;
  static final double W_TOPIC = 0.25;
  static final int K = 3;
  /** Minimum score of a reported alignment. */
  public static final double MIN_SCORE = 0.45;

  /** Pair features of one statement pair, for ranking and for tests. */
  public record Matrix(double[][] score, double[][] cosine, double[][] lexical, double[][] topics) {
  }

  private SentenceAligner() {
  }

  /** Scores of every sentence pair of {@code a} × {@code b}. */
  public static Matrix score(CodedStatement a, List<float[]> va, CodedStatement b, List<float[]> vb) {
    int n = va.size();
    int m = vb.size();
    double[][] cos = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        cos[i][j] = Similarity.unitCosine(va.get(i), vb.get(j));
      }
    }
    double[] ra = new double[n];
    double[] rb = new double[m];
    for (int i = 0; i < n; i++) {
      ra[i] = meanTopK(cos[i], K);
    }
    for (int j = 0; j < m; j++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = cos[i][j];
      }
      rb[j] = meanTopK(col, K);
    }
    List<Set<String>> la = lemmaSets(a);
    List<Set<String>> lb = lemmaSets(b);
    double[][] score = new double[n][m];
    double[][] lex = new double[n][m];
    double[][] top = new double[n][m];
    for (int i = 0; i < n; i++) {
      List<String> ta = a.topicsOf(i);
      for (int j = 0; j < m; j++) {
        lex[i][j] = Similarity.dice(la.get(i), lb.get(j));
        top[i][j] = Similarity.overlap(ta, b.topicsOf(j));
        double local = clamp(0.5 + (2 * cos[i][j] - ra[i] - rb[j]));
        score[i][j] = round(W_COS * clamp(cos[i][j]) + W_LOCAL * local + W_LEX * lex[i][j] + W_TOPIC * top[i][j]);
      }
    }
    return new Matrix(score, cos, lex, top);
  }

  /** One-to-few alignment of {@code a} and {@code b} (see class comment), sorted by {@code a}'s then {@code b}'s sentence. */
  public static List<Alignment> align(CodedStatement a, List<float[]> va, CodedStatement b, List<float[]> vb) {
    Matrix mx = score(a, va, b, vb);
    int n = va.size();
    int m = vb.size();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (mx.score[i][j] >= MIN_SCORE) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingDouble(p -> -mx.score[p[0]][p[1]])
        .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    int[] capA = new int[n];
    int[] capB = new int[m];
    for (int i = 0; i < n; i++) {
      capA[i] = Math.max(1, a.topicsOf(i).size());
    }
    for (int j = 0; j < m; j++) {
      capB[j] = Math.max(1, b.topicsOf(j).size());
    }
    List<Set<String>> la = lemmaSets(a);
    List<Set<String>> lb = lemmaSets(b);
    List<Alignment> out = new ArrayList<>();
    for (int[] p : pairs) {
      int i = p[0];
      int j = p[1];
      if (capA[i] == 0 || capB[j] == 0) {
        continue;
      }
      capA[i]--;
      capB[j]--;
      List<String> shared = new ArrayList<>(a.topicsOf(i));
      shared.retainAll(b.topicsOf(j));
      Set<String> terms = new TreeSet<>(la.get(i));
      terms.retainAll(lb.get(j));
      out.add(new Alignment(ref(a, i), ref(b, j), mx.score[i][j], round(mx.cosine[i][j]), round(mx.lexical[i][j]),
          shared, List.copyOf(terms)));
    }
    out.sort(Comparator.comparingInt((Alignment al) -> al.a().sentence()).thenComparingInt(al -> al.b().sentence()));
    return out;
  }

  static SentenceRef ref(CodedStatement s, int i) {
    Sentence x = s.sentences().get(i);
    return new SentenceRef(s.id(), i, x.start(), x.end());
  }

  private static List<Set<String>> lemmaSets(CodedStatement s) {
    List<Set<String>> out = new ArrayList<>();
    for (Sentence x : s.sentences()) {
      out.add(new HashSet<>(Lemmas.of(x)));
    }
    return out;
  }

  private static double meanTopK(double[] v, int k) {
    double[] c = v.clone();
    java.util.Arrays.sort(c);
    int kk = Math.min(k, c.length);
    double s = 0;
    for (int i = 0; i < kk; i++) {
      s += c[c.length - 1 - i];
    }
    return kk == 0 ? 0 : s / kk;
  }

  private static double clamp(double d) {
    return Math.max(0, Math.min(1, d));
  }

  private static double round(double d) {
    return Math.round(d * 1e4) / 1e4;
  }
}

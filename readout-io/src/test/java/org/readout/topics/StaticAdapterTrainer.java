package org.readout.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains the bundled {@link StaticAdapter} (a development tool, not a test; deterministic: fixed
 * sentence selection, fixed seed, single thread). Steps:
 * <ol>
 *   <li>targets: bge vectors of the training sentences ({@link EmbedCorpus}: development-train part,
 *       then the first {@code --more} extra sentences), computed by {@link BgeEmbedder} and kept in a
 *       resumable file cache ({@code <cache dir>/training-targets-<model>.bin});</li>
 *   <li>base: the distilled token vectors ({@link StaticDistiller});</li>
 *   <li>training: every token row, started from its base vector times an SIF weight
 *       {@code a/(a + p)} with Zipf probabilities by vocabulary rank, is trained by Adam (lazy: only
 *       the rows a batch touches) to maximise the cosine of each sentence's summed rows with its bge
 *       vector;</li>
 *   <li>adapter: the {@code --top} tokens most frequent in the training sentences keep their trained
 *       rows; {@code W} is the ridge least-squares map from base to trained rows over those tokens, and
 *       gives every other token its row;</li>
 *   <li>report: mean cosine with bge on the held-out part; the adapter is written with {@code --write}.</li>
 * </ol>
 * Usage: {@code java -cp <readout-io test classpath> org.readout.topics.StaticAdapterTrainer
 * [--more N] [--epochs N] [--top N[,N…]] [--write PATH]} (several {@code --top} values are all reported; the
 * first is written).
 */
public final class StaticAdapterTrainer {
  static final int DIMS = 384;

  private StaticAdapterTrainer() {
  }

  record Options(int more, int epochs, int[] tops, double lr, int batch, long seed, Path write) {
    int top() {
      return tops[0];
    }

    static Options parse(String[] args) {
      int more = 87_459;
      int epochs = 10;
      int[] top = {4000};
      double lr = 2e-3;
      Path write = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--more" -> more = Integer.parseInt(args[++i]);
          case "--epochs" -> epochs = Integer.parseInt(args[++i]);
          case "--top" -> top = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
          case "--lr" -> lr = Double.parseDouble(args[++i]);
          case "--write" -> write = Path.of(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(more, epochs, top, lr, 512, 20_211_207L, write);
    }

    String describe(int sentences, int top) {
      return "trained on " + sentences + " bulk sentences (EmbedCorpus dev-train + " + more + " more); epochs=" + epochs
          + " lr=" + lr + " batch=" + batch + " seed=" + seed + " top=" + top + " init=base*sif(1e-3,zipf)";
    }
  }

  public static void main(String[] args) throws IOException {
    Options o = Options.parse(args);
    long t0 = System.nanoTime();
    EmbedCorpus corpus = EmbedCorpus.load(true, 87_459);
    List<String> train = new ArrayList<>(corpus.devTrain);
    train.addAll(corpus.more.subList(0, Math.min(o.more(), corpus.more.size())));
    System.err.printf("corpus: %d training sentences, %d held out (%.0f s)%n", train.size(), corpus.devHeldOut.size(),
        secs(t0));
    CachingEmbedder targets = targetCache();
    float[][] y = embed(targets, train);
    float[][] yHeld = embed(targets, corpus.devHeldOut);
    targets.flush();
    System.err.printf("targets ready (%.0f s)%n", secs(t0));

    WordPiece tok = WordPiece.bge();
    int v = tok.size();
    float[] base = StaticDistiller.baseVectors(tok, Runtime.getRuntime().availableProcessors());
    System.err.printf("base distilled (%.0f s)%n", secs(t0));
    int[][] ids = tokens(tok, train);
    int[][] idsHeld = tokens(tok, corpus.devHeldOut);

    float[] u = initial(base, v);
    System.err.printf("held-out mean cosine, initial rows: %.4f%n", meanCosine(u, idsHeld, yHeld));
    train(u, ids, y, o, idsHeld, yHeld);

    long[] freq = new long[v];
    for (int[] s : ids) {
      for (int t : s) {
        freq[t]++;
      }
    }
    float[][][] examples = TopicCoder.embedExamples(Codebook.defaults(), targets);
    byte[] chosen = null;
    for (int k : o.tops()) {
      int[] top = topTokens(freq, k);
      float[] w = ridge(base, u, top, v);
      byte[] bytes = StaticAdapter.write(o.describe(train.size(), k), DIMS, w, top, rows(u, top));
      StaticAdapter adapter = StaticAdapter.read(bytes);
      float[] table = adapter.apply(base, v);
      System.err.printf("top %d: adapter %d bytes; held-out mean cosine %.4f; %s (%.0f s)%n", top.length, bytes.length,
          meanCosine(table, idsHeld, yHeld), margins(table, idsHeld, yHeld, examples), secs(t0));
      if (chosen == null) {
        chosen = bytes;
      }
    }
    if (o.write() != null) {
      Files.createDirectories(o.write().toAbsolutePath().getParent());
      Files.write(o.write(), chosen);
      System.err.printf("wrote %s (%d bytes, sha256 %s): top %d%n", o.write(), chosen.length,
          StaticAdapter.read(chosen).sha256, o.top());
    }
  }

  /** Held-out topic scores: the margin that refines every pair within 0.03 of its threshold, refined share per margin. */
  static String margins(float[] table, int[][] ids, float[][] y, float[][][] ex) {
    Codebook cb = Codebook.defaults();
    int topics = cb.topics().size();
    double need = 0;
    double[] margins = {0.06, 0.08, 0.10};
    int[] refined = new int[margins.length];
    float[] sum = new float[DIMS];
    for (int i = 0; i < ids.length; i++) {
      Arrays.fill(sum, 0);
      for (int t : ids[i]) {
        for (int d = 0; d < DIMS; d++) {
          sum[d] += table[t * DIMS + d];
        }
      }
      double n = 0;
      for (float f : sum) {
        n += f * f;
      }
      n = n == 0 ? 1 : Math.sqrt(n);
      float[] unit = new float[DIMS];
      for (int d = 0; d < DIMS; d++) {
        unit[d] = (float) (sum[d] / n);
      }
      double closest = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < topics; t++) {
        double thr = cb.thresholdOf(cb.topics().get(t));
        double ss = TopicCoder.best(ex[t], unit)[0];
        double sb = TopicCoder.best(ex[t], y[i])[0];
        if (sb >= thr - 0.03) {
          need = Math.max(need, thr - ss);
        }
        closest = Math.max(closest, ss - thr);
      }
      for (int m = 0; m < margins.length; m++) {
        if (closest >= -margins[m]) {
          refined[m]++;
        }
      }
    }
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "margin needed %.4f; refined", need));
    for (int m = 0; m < margins.length; m++) {
      sb.append(String.format(java.util.Locale.ROOT, " %.4f at %.2f", refined[m] / (double) ids.length, margins[m]));
    }
    return sb.toString();
  }

  static CachingEmbedder targetCache() {
    Path dir = CacheDir.resolve();
    Path file = dir == null ? null : dir.resolve("training-targets-" + BgeEmbedder.MODEL_ID + ".bin");
    return new CachingEmbedder(BgeEmbedder.instance(), 1_000_000, file, 1_000_000);
  }

  /** bge vectors of the texts, through the resumable cache (flushed every 4,096 new vectors). */
  static float[][] embed(CachingEmbedder cache, List<String> texts) {
    float[][] out = new float[texts.size()][];
    long t0 = System.nanoTime();
    for (int i = 0; i < texts.size(); i += 4096) {
      List<float[]> vs = cache.embedAll(texts.subList(i, Math.min(texts.size(), i + 4096)));
      for (int j = 0; j < vs.size(); j++) {
        out[i + j] = vs.get(j);
      }
      cache.flush();
      if (i > 0) {
        System.err.printf("  targets %d/%d (%.0f s)%n", i, texts.size(), secs(t0));
      }
    }
    return out;
  }

  static int[][] tokens(WordPiece tok, List<String> texts) {
    int[][] out = new int[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = tok.encode(texts.get(i));
    }
    return out;
  }

  /** Base rows times the SIF weight {@code a/(a+p)}, p by Zipf's law over the vocabulary rank. */
  static float[] initial(float[] base, int v) {
    double z = 0;
    for (int i = 0; i < v; i++) {
      z += 1.0 / (i + 2);
    }
    float[] u = base.clone();
    for (int t = 0; t < v; t++) {
      double p = (1.0 / (t + 2)) / z;
      float wt = (float) (1e-3 / (1e-3 + p));
      for (int d = 0; d < DIMS; d++) {
        u[t * DIMS + d] *= wt;
      }
    }
    return u;
  }

  /** Lazy Adam on the rows a batch touches; loss = −mean cosine(sum of rows, target). */
  static void train(float[] u, int[][] ids, float[][] y, Options o, int[][] idsHeld, float[][] yHeld) {
    int v = u.length / DIMS;
    float[] m = new float[u.length];
    float[] s2 = new float[u.length];
    int[] steps = new int[v];
    float[] grad = new float[u.length];
    boolean[] touched = new boolean[v];
    int[] touchedList = new int[v];
    int n = ids.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(o.seed());
    double b1 = 0.9;
    double b2 = 0.999;
    float[] sum = new float[DIMS];
    for (int ep = 0; ep < o.epochs(); ep++) {
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double total = 0;
      for (int b = 0; b < n; b += o.batch()) {
        int end = Math.min(n, b + o.batch());
        int nt = 0;
        for (int k = b; k < end; k++) {
          int si = order[k];
          int[] toks = ids[si];
          if (toks.length == 0) {
            continue;
          }
          Arrays.fill(sum, 0);
          for (int t : toks) {
            int off = t * DIMS;
            for (int d = 0; d < DIMS; d++) {
              sum[d] += u[off + d];
            }
          }
          double norm = 0;
          for (int d = 0; d < DIMS; d++) {
            norm += sum[d] * sum[d];
          }
          norm = Math.sqrt(norm) + 1e-9;
          float[] target = y[si];
          double cos = 0;
          for (int d = 0; d < DIMS; d++) {
            cos += sum[d] / norm * target[d];
          }
          total += cos;
          // d(-cos)/d(sum) = -(target - cos * unit(sum)) / |sum|, averaged over the batch
          double scale = 1.0 / (norm * (end - b));
          for (int t : toks) {
            if (!touched[t]) {
              touched[t] = true;
              touchedList[nt++] = t;
            }
            int off = t * DIMS;
            for (int d = 0; d < DIMS; d++) {
              grad[off + d] += (float) (-(target[d] - cos * sum[d] / norm) * scale);
            }
          }
        }
        for (int q = 0; q < nt; q++) {
          int t = touchedList[q];
          touched[t] = false;
          int step = ++steps[t];
          double c1 = 1 - Math.pow(b1, step);
          double c2 = 1 - Math.pow(b2, step);
          int off = t * DIMS;
          for (int d = 0; d < DIMS; d++) {
            float g = grad[off + d];
            grad[off + d] = 0;
            m[off + d] = (float) (b1 * m[off + d] + (1 - b1) * g);
            s2[off + d] = (float) (b2 * s2[off + d] + (1 - b2) * g * g);
            u[off + d] -= (float) (o.lr() * (m[off + d] / c1) / (Math.sqrt(s2[off + d] / c2) + 1e-8));
          }
        }
      }
      System.err.printf("epoch %d: training mean cosine %.4f, held-out %.4f%n", ep, total / n,
          meanCosine(u, idsHeld, yHeld));
    }
  }

  static double meanCosine(float[] table, int[][] ids, float[][] y) {
    double total = 0;
    float[] sum = new float[DIMS];
    for (int i = 0; i < ids.length; i++) {
      Arrays.fill(sum, 0);
      for (int t : ids[i]) {
        for (int d = 0; d < DIMS; d++) {
          sum[d] += table[t * DIMS + d];
        }
      }
      double n = 0;
      double c = 0;
      for (int d = 0; d < DIMS; d++) {
        n += sum[d] * sum[d];
        c += sum[d] * y[i][d];
      }
      total += n == 0 ? 0 : c / Math.sqrt(n);
    }
    return total / ids.length;
  }

  /** The {@code k} most frequent token ids (frequency > 0), by decreasing frequency then id, returned ascending. */
  static int[] topTokens(long[] freq, int k) {
    Integer[] idx = new Integer[freq.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> freq[a] != freq[b] ? Long.compare(freq[b], freq[a]) : Integer.compare(a, b));
    int n = 0;
    while (n < k && n < idx.length && freq[idx[n]] > 0) {
      n++;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = idx[i];
    }
    Arrays.sort(out);
    return out;
  }

  static float[] rows(float[] u, int[] ids) {
    float[] out = new float[ids.length * DIMS];
    for (int i = 0; i < ids.length; i++) {
      System.arraycopy(u, ids[i] * DIMS, out, i * DIMS, DIMS);
    }
    return out;
  }

  /** W minimising |base[top]·W − u[top]|² + λ|W|², λ = 1e-4 · trace(BᵀB)/dims; Cholesky. */
  static float[] ridge(float[] base, float[] u, int[] top, int v) {
    double[][] a = new double[DIMS][DIMS];
    double[][] rhs = new double[DIMS][DIMS];
    for (int t : top) {
      int off = t * DIMS;
      for (int i = 0; i < DIMS; i++) {
        double bi = base[off + i];
        for (int j = 0; j < DIMS; j++) {
          a[i][j] += bi * base[off + j];
          rhs[i][j] += bi * u[off + j];
        }
      }
    }
    double tr = 0;
    for (int i = 0; i < DIMS; i++) {
      tr += a[i][i];
    }
    double lambda = 1e-4 * tr / DIMS;
    for (int i = 0; i < DIMS; i++) {
      a[i][i] += lambda;
    }
    // Cholesky a = L Lᵀ
    double[][] l = new double[DIMS][DIMS];
    for (int i = 0; i < DIMS; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    float[] w = new float[DIMS * DIMS];
    double[] z = new double[DIMS];
    for (int c = 0; c < DIMS; c++) {
      for (int i = 0; i < DIMS; i++) {
        double s = rhs[i][c];
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * z[k];
        }
        z[i] = s / l[i][i];
      }
      for (int i = DIMS - 1; i >= 0; i--) {
        double s = z[i];
        for (int k = i + 1; k < DIMS; k++) {
          s -= l[k][i] * z[k];
        }
        z[i] = s / l[i][i];
      }
      for (int i = 0; i < DIMS; i++) {
        w[i * DIMS + c] = (float) z[i];
      }
    }
    return w;
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

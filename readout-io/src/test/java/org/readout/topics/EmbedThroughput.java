package org.readout.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.Sentence;
import org.readout.model.Statement;

/**
 * Throughput of the embedders and of topic coding, side by side in one JVM (a measurement tool, not a
 * unit test). Sentences: White House bulk items outside every training selection of
 * {@link EmbedCorpus} (and no meeting statement), in file order. Prints the load average before and
 * after. Usage (from readout-io, test classpath): {@code java -Dreadout.cache.dir=DIR
 * org.readout.topics.EmbedThroughput [SENTENCES] [BGE_SENTENCES]}; the first run also measures the
 * table's distillation into a fresh temporary directory.
 */
public final class EmbedThroughput {
  private EmbedThroughput() {
  }

  public static void main(String[] args) throws Exception {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int bgeMax = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    System.out.println("load before: " + uptime());
    List<String> sentences = sentences(max);
    System.out.printf(Locale.ROOT, "%d sentences (White House bulk, outside the training selection)%n", sentences.size());

    Path tmp = Files.createTempDirectory("readout-static-");
    long t0 = System.nanoTime();
    StaticEmbedder fresh = StaticEmbedder.open(tmp);
    double distil = secs(t0);
    Path file = Files.list(tmp).findFirst().orElseThrow();
    long size = Files.size(file);
    t0 = System.nanoTime();
    StaticEmbedder cached = StaticEmbedder.open(tmp);
    double load = secs(t0);
    System.out.printf(Locale.ROOT, "table: distilled and written in %.1f s; %s, %d bytes (%.1f MB); loaded from cache in %.2f s; "
            + "same table: %s; sha256 %s%n", distil, file.getFileName(), size, size / 1e6, load,
        fresh.tableSha256().equals(cached.tableSha256()), cached.tableSha256());
    Files.delete(file);
    Files.delete(tmp);

    StaticEmbedder fast = cached;
    fast.embedAll(sentences); // warm-up: JIT and the tokenizer's word cache, as in a long corpus run
    parallel(sentences, 2, fast::embedAll);
    double s1 = rate(sentences.size(), () -> fast.embedAll(sentences));
    double s2 = rate(sentences.size(), () -> parallel(sentences, 2, fast::embedAll));
    List<String> few = sentences.subList(0, Math.min(bgeMax, sentences.size()));
    BgeEmbedder bge = BgeEmbedder.instance();
    bge.embedAll(List.of("warm-up: loads the model."));
    double b1 = rate(few.size(), () -> {
      for (String s : few) {
        bge.embedAll(List.of(s));
      }
    });
    double b2 = rate(few.size(), () -> parallel(few, 2, part -> {
      List<float[]> out = new ArrayList<>();
      for (String s : part) {
        out.addAll(bge.embedAll(List.of(s)));
      }
      return out;
    }));
    double bAll = rate(few.size(), () -> bge.embedAll(few));
    System.out.printf(Locale.ROOT, "embedding, sentences/s: static 1 thread %.0f, 2 threads %.0f; bge 1 calling thread %.1f, "
        + "2 calling threads %.1f, its own batch call %.1f; static/bge (2 threads) %.0fx%n", s1, s2, b1, b2, bAll, s2 / b2);

    Codebook cb = Codebook.defaults();
    TopicCoder reference = new TopicCoder(cb, new CachingEmbedder(bge, 1_000_000, null, 0));
    reference.codeTexts(List.of("warm-up: embeds the codebook examples."));
    double cRef = rate(few.size(), () -> codeInBatches(reference, few));
    CachingEmbedder refCache = new CachingEmbedder(bge, 1_000_000, null, 0);
    HybridTopicScorer decisions = HybridTopicScorer.hybrid(cb, fast, refCache, HybridTopicScorer.MARGIN, false);
    TopicCoder hybrid = new TopicCoder(decisions);
    hybrid.codeTexts(List.of("warm-up: embeds the codebook examples."));
    long before = decisions.refined();
    double cHyb = rate(sentences.size(), () -> codeInBatches(hybrid, sentences));
    long sent = decisions.refined() - before;
    HybridTopicScorer exactScorer = HybridTopicScorer.hybrid(cb, fast, new CachingEmbedder(bge, 1_000_000, null, 0),
        HybridTopicScorer.MARGIN, true);
    TopicCoder exact = new TopicCoder(exactScorer);
    exact.codeTexts(List.of("warm-up: embeds the codebook examples."));
    List<String> mid = sentences.subList(0, Math.min(sentences.size(), 5 * bgeMax));
    long beforeX = exactScorer.refined();
    double cExact = rate(mid.size(), () -> codeInBatches(exact, mid));
    long sentX = exactScorer.refined() - beforeX;
    TopicCoder staticOnly = new TopicCoder(HybridTopicScorer.staticOnly(cb, fast, refCache, 0.005));
    staticOnly.codeTexts(List.of("warm-up"));
    double cStatic = rate(sentences.size(), () -> codeInBatches(staticOnly, sentences));
    System.out.printf(Locale.ROOT, "topic coding, sentences/s (1 calling thread): bge %.1f (%d sentences); static only %.0f; "
            + "hybrid decisions mode %.0f (%d of %d sentences to bge, %.4f); hybrid exact-evidence mode %.0f (%d of %d to bge, "
            + "%.4f)%n", cRef, few.size(), cStatic, cHyb, sent, sentences.size(), sent / (double) sentences.size(), cExact,
        sentX, mid.size(), sentX / (double) mid.size());
    System.out.println("load after: " + uptime());
  }

  static void codeInBatches(TopicCoder coder, List<String> sentences) {
    for (int i = 0; i < sentences.size(); i += 256) {
      coder.codeTexts(sentences.subList(i, Math.min(sentences.size(), i + 256)));
    }
  }

  interface Job {
    void run() throws Exception;
  }

  static double rate(int n, Job job) throws Exception {
    long t0 = System.nanoTime();
    job.run();
    return n / secs(t0);
  }

  static <T> List<T> parallel(List<String> texts, int threads, java.util.function.Function<List<String>, List<T>> f)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<T>>> parts = new ArrayList<>();
      int step = (texts.size() + threads - 1) / threads;
      for (int i = 0; i < texts.size(); i += step) {
        List<String> part = texts.subList(i, Math.min(texts.size(), i + step));
        parts.add(pool.submit(() -> f.apply(part)));
      }
      List<T> out = new ArrayList<>();
      for (Future<List<T>> p : parts) {
        out.addAll(p.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  static List<String> sentences(int max) throws IOException {
    Set<String> urls = new HashSet<>();
    EmbedCorpus meetings = EmbedCorpus.load(false, 0);
    meetings.meetings.values().forEach(a -> urls.add(a.meta().url()));
    List<String> out = new ArrayList<>();
    Ingest.stream(EmbedCorpus.SHARED.resolve("corpus/bulk/" + EmbedCorpus.WHITE_HOUSE).toString(), IngestOptions.defaults(),
        (Statement st) -> {
          int h = st.id().hashCode() & 0x7fffffff;
          if (out.size() >= max || urls.contains(st.meta().url()) || h % 40 == 0 || h % 7 == 3) {
            return;
          }
          for (Sentence s : Readout.standard().analyze(st).sentences()) {
            if (out.size() < max) {
              out.add(s.text());
            }
          }
        });
    return out;
  }

  static String uptime() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

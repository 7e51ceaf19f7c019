package org.readout.analysis.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.readout.Readout;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Pipeline;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/**
 * Measures sentences per second through ingest (gunzip, JSON parse, NFC) and analysis
 * ({@link Readout#standard()}; mode {@code text}: only sentences and tokens; mode {@code pos}: standard +
 * {@link PosStage}) on a bulk JSON Lines file, with N
 * worker threads, and prints where single-threaded time goes. Not a unit test: run by hand.
 *
 * <pre>
 * mvn -B -q -pl readout-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp readout-core/target/classes:readout-core/target/test-classes:$(cat /tmp/cp.txt) \
 *   org.readout.analysis.text.ThroughputMain ../shared/corpus/bulk/kremlin-en-2021-10_2022-06.jsonl.gz 2 5 [standard|text|pos] [limit]
 * </pre>
 */
final class ThroughputMain {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    String mode = args.length > 3 ? args[3] : "standard";
    int limit = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
    List<AnalysisStage> stages = new ArrayList<>(mode.equals("text")
        ? List.of(new SentenceStage(SentenceSplitter.bundled()), new TokenStage(Tokenizer.bundled(), Lemmatizer.bundled()))
        : Readout.builder().stages(Readout.TEXT_STAGES).build().pipeline().stages());
    if (mode.equals("pos")) {
      stages.add(new PosStage(Lemmatizer.bundled()));
    }
    Pipeline readout = new Pipeline(stages);
    System.out.printf("file=%s threads=%d stages=%s%n", file.getFileName(), threads,
        stages.stream().map(AnalysisStage::name).toList());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        List<String> lines = SharedCorpus.bulkLines(file, limit);
        long t1 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sentences = new AtomicInteger();
        AtomicInteger tokens = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        for (int w = 0; w < threads; w++) {
          futures.add(pool.submit(() -> {
            long c0 = THREADS.getCurrentThreadCpuTime();
            int i;
            while ((i = next.getAndIncrement()) < lines.size()) {
              Statement st = SharedCorpus.record(lines.get(i), file + "#" + (i + 1));
              if (st == null) {
                continue;
              }
              AnalyzedStatement a = readout.analyze(st);
              sentences.addAndGet(a.sentences().size());
              int n = 0;
              for (var s : a.sentences()) {
                n += s.tokens().size();
              }
              tokens.addAndGet(n);
            }
            cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        long t2 = System.nanoTime();
        double all = (t2 - t0) / 1e9;
        double work = (t2 - t1) / 1e9;
        double cpuSeconds = cpu.get() / 1e9;
        System.out.printf("round %d: %d records, %d sentences, %d tokens; read+gunzip %.2fs, parse+analyse %.2fs;"
                + " %.0f sentences/s end-to-end, %.0f sentences/s parse+analyse; %.0f sentences per CPU-second"
                + " (x%d threads = %.0f/s if the cores were ours)%n", r + 1, lines.size(), sentences.get(),
            tokens.get(), (t1 - t0) / 1e9, work, sentences.get() / all, sentences.get() / work,
            sentences.get() / cpuSeconds, threads, threads * sentences.get() / cpuSeconds);
      }
    } finally {
      pool.shutdown();
    }
    profile(file, limit, stages);
  }

  /** Single-threaded split of the time between parsing and each stage. */
  private static void profile(Path file, int limit, List<AnalysisStage> stages) {
    List<String> lines = SharedCorpus.bulkLines(file, limit);
    long[] nanos = new long[stages.size() + 1];
    for (int round = 0; round < 2; round++) {
      java.util.Arrays.fill(nanos, 0);
      for (int i = 0; i < lines.size(); i++) {
        long t = System.nanoTime();
        Statement st = SharedCorpus.record(lines.get(i), "x");
        if (st == null) {
          continue;
        }
        long u = System.nanoTime();
        nanos[0] += u - t;
        AnalyzedStatement a = AnalyzedStatement.of(st);
        for (int s = 0; s < stages.size(); s++) {
          t = System.nanoTime();
          a = stages.get(s).process(a);
          nanos[s + 1] += System.nanoTime() - t;
        }
      }
    }
    long total = java.util.Arrays.stream(nanos).sum();
    System.out.printf("single-thread profile (second pass): parse %.0f ms (%.0f%%)", nanos[0] / 1e6,
        100.0 * nanos[0] / total);
    for (int s = 0; s < stages.size(); s++) {
      System.out.printf(", %s %.0f ms (%.0f%%)", stages.get(s).name(), nanos[s + 1] / 1e6,
          100.0 * nanos[s + 1] / total);
    }
    System.out.println();
  }
}

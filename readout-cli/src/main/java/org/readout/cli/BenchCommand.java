package org.readout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.analysis.AnalysisStage;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.store.IngestBatch;
import org.readout.store.Workspace;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.Embedder;
import org.readout.topics.HybridEmbedder;
import org.readout.topics.HybridTopicScorer;
import org.readout.topics.StaticEmbedder;
import org.readout.topics.TopicStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout bench}: ingest + analysis throughput on the shared bulk corpus, the way {@code readout
 * ingest} runs it (streaming read on the calling thread, analysis on N threads, results in order), but
 * without writing to a workspace. Reports the median of several runs and the time per stage.
 *
 * <p>{@code --full} runs every stage of the engine's registry ({@link Readout#availableStages()} but the
 * optional {@code pos}), topics with sentence embeddings: by default the hybrid (static table, bge only
 * near a threshold: {@link HybridEmbedder}), or plain bge with {@code --embeddings bge}. Each run gets a
 * fresh in-memory embedding cache (no file), so no run is served vectors an earlier run computed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure ingest + analysis throughput (sentences/s) on the bulk corpus.",
        "Per corpus: median of --runs runs after --warmup passes, and where the CPU time goes: read",
        "(decompress, parse, normalise) on the reading thread, each analysis stage summed over the analysis",
        "threads, and with --store the SQLite writes.",
        "--full: every stage of the registry, topics with embeddings (hybrid by default)."})
final class BenchCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = OrderedAnalyzer.defaultThreads();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N records per corpus file (default: ${DEFAULT-VALUE}; 0 = all).")
  int limit = 1000;

  @Option(names = "--runs", paramLabel = "N", description = "Measured runs per corpus, median reported (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured passes per corpus before the runs, so the JIT has "
      + "compiled the hot code (default: ${DEFAULT-VALUE}; the report shows the JIT time left in the median run).")
  int warmup = 2;

  @Option(names = "--store", description = "Also write each run into a fresh temporary workspace, timed as 'store'.")
  boolean store;

  @Option(names = "--corpus", paramLabel = "FILE", description = "Corpus file(s) (default: the two files in ../shared/corpus/bulk).")
  List<Path> corpus;

  @Option(names = "--full", description = "Every stage of the registry (sentences … time), topics with sentence embeddings.")
  boolean full;

  @Option(names = "--embeddings", paramLabel = "KIND",
      description = "With --full: hybrid (static table, bge near thresholds; default) or bge (every sentence through the model).")
  String embeddings = "hybrid";

  @Option(names = "--sample", paramLabel = "N",
      description = "Analyse every N-th record only (default: ${DEFAULT-VALUE}), so a quick run still spans the file; "
          + "the skipped records are still read and normalised (counted in read).")
  int sample = 1;

  private StaticEmbedder fast;
  private Map<String, float[]> examples;

  @Override
  public Integer call() {
    if (threads < 1 || runs < 1 || limit < 0 || sample < 1 || warmup < 0) {
      throw new ReadoutException("bench: --threads, --runs and --sample must be at least 1, --limit and --warmup not negative");
    }
    if (!List.of("hybrid", "bge").contains(embeddings)) {
      throw new ReadoutException("bench: --embeddings must be hybrid or bge, not '" + embeddings + "'");
    }
    List<Path> files = corpus != null ? corpus : defaultCorpus();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ReadoutException(file + ": no such file");
      }
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "readout bench%s: %d analysis thread(s), %d core(s), limit %s records per file%s, median of %d run(s)"
            + " after %d warm-up pass(es)%n",
        full ? " --full (" + embeddings + " embeddings)" : "", threads, Runtime.getRuntime().availableProcessors(),
        limit == 0 ? "no" : String.valueOf(limit), sample > 1 ? ", every " + sample + "th record" : "", runs, warmup);
    if (full) {
      long t0 = System.nanoTime();
      fast = StaticEmbedder.open(common.cacheDir());
      examples = new HashMap<>();
      List<String> texts = common.codebook().topics().stream().flatMap(t -> t.examples().stream()).distinct().toList();
      List<float[]> vs = BgeEmbedder.instance().embedAll(texts);
      for (int i = 0; i < texts.size(); i++) {
        examples.put(texts.get(i), vs.get(i));
      }
      out.printf(Locale.ROOT, "stages: %s; static table %s opened in %.1f s%n", String.join(", ", fullStages()),
          fast.modelId(), (System.nanoTime() - t0) / 1e9);
    }
    for (Path file : files) {
      List<TimedStage> stages = new ArrayList<>();
      Engine warm = engine(stages);
      for (int i = 0; i < warmup; i++) {
        once(warm, stages, file); // warm-up: JIT, model loading
      }
      List<Run> measured = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Engine e = full ? engine(stages) : warm;
        measured.add(once(e, stages, file));
      }
      report(out, file, measured, stages);
    }
    return 0;
  }

  /** The stages of {@code --full}: the whole registry but the optional part-of-speech stage. */
  static List<String> fullStages() {
    return Readout.availableStages().stream().filter(s -> !s.equals("pos")).toList();
  }

  /** An engine whose stages are timed into {@code stages} (cleared first); with --full, a fresh embedding cache. */
  private Engine engine(List<TimedStage> stages) {
    stages.clear();
    UnaryOperator<AnalysisStage> wrap = s -> {
      TimedStage t = new TimedStage(s);
      stages.add(t);
      return t;
    };
    if (!full) {
      return new Engine(common.readout(Readout.TEXT_STAGES, false, wrap), null);
    }
    Embedder reference = new Primed(examples, new CachingEmbedder(BgeEmbedder.instance(), 20_000, null, 0));
    Embedder embedder = embeddings.equals("bge") ? reference
        : HybridEmbedder.of(reference, fast, HybridTopicScorer.MARGIN, false);
    Readout r = common.readout(fullStages(), embedder, wrap);
    HybridTopicScorer scorer = null;
    for (TimedStage t : stages) {
      if (t.stage() instanceof TopicStage topics) {
        scorer = topics.coder().hybrid().orElse(null);
      }
    }
    return new Engine(r, scorer);
  }

  private record Engine(Readout readout, HybridTopicScorer hybrid) {
  }

  /**
   * The codebook's example vectors, embedded once per bench (as the CLI's cache file serves them once
   * per machine), before a per-run cache: runs share the examples, never a sentence vector.
   */
  private record Primed(Map<String, float[]> fixed, Embedder delegate) implements Embedder {
    @Override
    public String modelId() {
      return delegate.modelId();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      List<String> missing = new ArrayList<>();
      for (String t : texts) {
        if (!fixed.containsKey(t)) {
          missing.add(t);
        }
      }
      if (missing.size() == texts.size()) {
        return delegate.embedAll(texts);
      }
      List<float[]> got = missing.isEmpty() ? List.of() : delegate.embedAll(missing);
      List<float[]> out = new ArrayList<>(texts.size());
      int k = 0;
      for (String t : texts) {
        float[] v = fixed.get(t);
        out.add(v != null ? v : got.get(k++));
      }
      return out;
    }
  }

  private static List<Path> defaultCorpus() {
    Path bulk = Path.of(System.getProperty("readout.shared", "../shared"), "corpus", "bulk");
    return List.of(bulk.resolve("kremlin-en-2021-10_2022-06.jsonl.gz"), bulk.resolve("whitehouse-briefing-room.jsonl.gz"));
  }

  /** Name prefix of the reference model's threads ({@link BgeEmbedder}'s pool). */
  private static final String MODEL_POOL = "readout-bge-";

  /** One timed pass: stream the file, analyse, count; stage timers are reset first. */
  private Run once(Engine engine, List<TimedStage> stages, Path file) {
    Readout readout = engine.readout();
    stages.forEach(TimedStage::reset);
    long[] counts = new long[2];
    long[] sinkNanos = new long[1];
    long[] storeNanos = new long[1];
    long[] outside = new long[1]; // opening and committing the workspace, off the reading path
    Path tmpDir = null;
    Workspace ws = null;
    IngestBatch batch = null;
    long t0 = System.nanoTime();
    long cpu0 = CpuClock.now();
    long process0 = CpuClock.process();
    long model0 = CpuClock.threads(MODEL_POOL);
    long jit0 = CpuClock.jit();
    long gc0 = CpuClock.gc();
    try {
      if (store) {
        tmpDir = Files.createTempDirectory("readout-bench");
        long s0 = CpuClock.now();
        ws = Workspace.open(tmpDir.resolve("bench.db"));
        batch = ws.begin("bench");
        outside[0] += CpuClock.now() - s0;
      }
      IngestBatch target = batch;
      try (OrderedAnalyzer analyzer = new OrderedAnalyzer(readout, threads, (AnalyzedStatement a) -> {
        counts[0]++;
        counts[1] += a.sentences().size();
        if (target != null) {
          long s0 = CpuClock.now();
          target.add(a);
          storeNanos[0] += CpuClock.now() - s0;
        }
      })) {
        Limited.stream(file.toString(), IngestOptions.defaults(), limit, sample, st -> {
          long s0 = CpuClock.now();
          analyzer.submit(st);
          sinkNanos[0] += CpuClock.now() - s0;
        });
        long f0 = CpuClock.now();
        analyzer.finish();
        sinkNanos[0] += CpuClock.now() - f0;
      }
      if (batch != null) {
        long s0 = CpuClock.now();
        batch.commit();
        outside[0] += CpuClock.now() - s0;
      }
    } catch (IOException e) {
      throw new ReadoutException("bench: cannot create a temporary workspace (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    } finally {
      if (ws != null) {
        ws.close();
      }
      deleteQuietly(tmpDir);
    }
    long wall = System.nanoTime() - t0;
    long readerCpu = CpuClock.now() - cpu0;
    long processCpu = process0 < 0 ? -1 : CpuClock.process() - process0;
    long[] rest = {CpuClock.threads(MODEL_POOL) - model0, jit0 < 0 ? -1 : CpuClock.jit() - jit0, CpuClock.gc() - gc0};
    long[] stageNanos = stages.stream().mapToLong(TimedStage::nanos).toArray();
    // The reading thread's own CPU time: all of it except handing over and storing results.
    long read = readerCpu - sinkNanos[0] - outside[0];
    HybridTopicScorer h = engine.hybrid();
    return new Run(wall, Math.max(0, read), counts[0], counts[1], stageNanos, storeNanos[0] + outside[0],
        processCpu, rest, h == null ? -1 : h.refined(), h == null ? -1 : h.scored());
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }

  private static void report(PrintStream out, Path file, List<Run> runs, List<TimedStage> stages) {
    Run median = runs.stream().sorted((a, b) -> Long.compare(a.wallNanos, b.wallNanos)).toList().get(runs.size() / 2);
    double seconds = median.wallNanos / 1e9;
    out.printf(Locale.ROOT, "%n%s%n", file.getFileName());
    out.printf(Locale.ROOT, "  %,d statements, %,d sentences in %.2f s (median; runs: %s)%n", median.statements,
        median.sentences, seconds, Arrays.toString(runs.stream().mapToDouble(r -> Math.round(r.wallNanos / 1e7) / 100.0).toArray()));
    out.printf(Locale.ROOT, "  %,.0f sentences/s   %,.1f statements/s%n", median.sentences / seconds, median.statements / seconds);
    long total = median.readNanos + Arrays.stream(median.stageNanos).sum() + median.storeNanos;
    out.printf(Locale.ROOT, "  CPU time by stage (ms, summed over threads; share of the total):%n");
    out.printf(Locale.ROOT, "    %-22s %,10.0f  %5.1f%%%n", "read+normalise", median.readNanos / 1e6, 100.0 * median.readNanos / total);
    for (int i = 0; i < stages.size(); i++) {
      out.printf(Locale.ROOT, "    %-22s %,10.0f  %5.1f%%%n", stages.get(i).name(), median.stageNanos[i] / 1e6,
          100.0 * median.stageNanos[i] / total);
    }
    if (median.storeNanos > 0) {
      out.printf(Locale.ROOT, "    %-22s %,10.0f  %5.1f%%%n", "store (SQLite)", median.storeNanos / 1e6,
          100.0 * median.storeNanos / total);
    }
    if (median.processCpuNanos > total) {
      // the model's own thread pool (ONNX runtime), GC and JIT run outside the timed stages
      out.printf(Locale.ROOT, "    %-22s %,10.0f  (process CPU not spent in a stage thread: model pool, GC, JIT)%n",
          "other threads", (median.processCpuNanos - total) / 1e6);
      // Of which: the reference model's pool (thread CPU), and the JIT's and the collector's elapsed time
      // (the JVM reports time, not CPU, for both; on a busy machine they can exceed their CPU share)
      out.printf(Locale.ROOT, "      %-20s %,10.0f%n", "bge model pool", median.rest[0] / 1e6);
      if (median.rest[1] >= 0) {
        out.printf(Locale.ROOT, "      %-20s %,10.0f  (compile time)%n", "JIT compilers", median.rest[1] / 1e6);
      }
      out.printf(Locale.ROOT, "      %-20s %,10.0f  (collection time)%n", "GC", median.rest[2] / 1e6);
    }
    if (median.scored > 0) {
      out.printf(Locale.ROOT, "  topics: %,d of %,d sentences (%.2f%%) scored again by bge (static score within %.2f of a threshold)%n",
          median.refined, median.scored, 100.0 * median.refined / median.scored, HybridTopicScorer.MARGIN);
    }
    // On a shared machine wall time depends on the other processes; the CPU cost does not. The
    // process figure includes GC, JIT and the other threads' overhead.
    if (median.processCpuNanos > 0) {
      int cores = Runtime.getRuntime().availableProcessors();
      double cpuSeconds = median.processCpuNanos / 1e9;
      out.printf(Locale.ROOT, "  process CPU %.2f s (%.0f µs/sentence, %.2f of %d cores busy): %,.0f sentences/s"
              + " if the process had the %d cores to itself%n", cpuSeconds, cpuSeconds * 1e6 / Math.max(1, median.sentences),
          cpuSeconds / seconds, cores, median.sentences / (cpuSeconds / cores), cores);
    }
  }

  private record Run(long wallNanos, long readNanos, long statements, long sentences, long[] stageNanos,
                     long storeNanos, long processCpuNanos, long[] rest, long refined, long scored) {
  }
}

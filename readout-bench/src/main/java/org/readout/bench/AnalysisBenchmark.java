package org.readout.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;

/**
 * Sentences per second through Readout on the shared bulk corpus (the first {@code limit} records of
 * each file), with both cores busy:
 * <ul>
 *   <li>{@link #analyze}: analysis only, two JMH threads sharing one {@link Readout} (statements
 *       already read); the {@code sentences} counter is sentences/s.</li>
 *   <li>{@link #ingestAndAnalyze}: the whole path as {@code readout ingest} runs it, minus the
 *       workspace: stream the JSON Lines file (decompress, parse, normalise) on one thread and analyse
 *       on a pool of two, in order.</li>
 * </ul>
 * Run: {@code java -jar readout-bench/target/benchmarks.jar} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class AnalysisBenchmark {
  @Param({"kremlin-en-2021-10_2022-06.jsonl.gz", "whitehouse-briefing-room.jsonl.gz"})
  public String corpus;

  /** Records read from the start of the file (0 = all). */
  @Param({"1000"})
  public int limit;

  private Path file;
  private Readout readout;
  private List<Statement> statements;
  private final AtomicInteger next = new AtomicInteger();
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    file = Path.of(System.getProperty("readout.shared", "../shared"), "corpus", "bulk", corpus);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + ": not found (run from the project root or set -Dreadout.shared=DIR)");
    }
    readout = Readout.builder().stages(Readout.TEXT_STAGES).build();
    statements = read(file, limit);
    long sentences = 0;
    for (Statement s : statements) {
      sentences += readout.analyze(s).sentences().size();
    }
    System.out.printf("%n%s: %d statements, %d sentences (%.1f per statement)%n", corpus, statements.size(),
        sentences, (double) sentences / statements.size());
    pool = Executors.newFixedThreadPool(2);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** Counts sentences so JMH reports them as a rate (sentences/s) next to ops/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long sentences;
    public long statements;
  }

  @Benchmark
  @Threads(2)
  public AnalyzedStatement analyze(Counters counters) {
    Statement s = statements.get(Math.floorMod(next.getAndIncrement(), statements.size()));
    AnalyzedStatement a = readout.analyze(s);
    counters.sentences += a.sentences().size();
    counters.statements++;
    return a;
  }

  @Benchmark
  @Threads(1)
  public long ingestAndAnalyze(Counters counters) throws Exception {
    ArrayDeque<Future<AnalyzedStatement>> inFlight = new ArrayDeque<>();
    long[] sentences = new long[1];
    long[] count = new long[1];
    try {
      Ingest.stream(file.toString(), IngestOptions.defaults(), st -> {
        if (limit > 0 && count[0] >= limit) {
          throw Stop.INSTANCE;
        }
        count[0]++;
        inFlight.add(pool.submit(() -> readout.analyze(st)));
        while (inFlight.size() >= 16) {
          sentences[0] += take(inFlight);
        }
      });
    } catch (RuntimeException e) {
      if (!Stop.is(e)) {
        throw e;
      }
    }
    while (!inFlight.isEmpty()) {
      sentences[0] += take(inFlight);
    }
    counters.sentences += sentences[0];
    counters.statements += count[0];
    return sentences[0];
  }

  private static int take(ArrayDeque<Future<AnalyzedStatement>> inFlight) {
    try {
      return inFlight.poll().get().sentences().size();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static List<Statement> read(Path file, int limit) {
    List<Statement> out = new ArrayList<>();
    try {
      Ingest.stream(file.toString(), IngestOptions.defaults(), st -> {
        if (limit > 0 && out.size() >= limit) {
          throw Stop.INSTANCE;
        }
        out.add(st);
      });
    } catch (RuntimeException e) {
      if (!Stop.is(e)) {
        throw e;
      }
    }
    return out;
  }

  /** Ends a stream early; stackless because it is control flow. */
  static final class Stop extends RuntimeException {
    static final Stop INSTANCE = new Stop();

    private Stop() {
      super("limit reached", null, false, false);
    }

    static boolean is(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t == INSTANCE) {
          return true;
        }
      }
      return false;
    }
  }
}

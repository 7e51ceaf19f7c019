package org.readout.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.readout.Readout;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.StaticEmbedder;

/**
 * Sentence embeddings side by side, two JMH threads, batches of 32 bulk sentences (Kremlin items,
 * every 4th of the first 800 records): the static table ({@link #staticTable}) and the reference model
 * it was distilled from ({@link #bge}, no cache). The {@code sentences} counter is sentences/s.
 * Run: {@code java -jar readout-bench/target/benchmarks.jar EmbeddingBenchmark} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class EmbeddingBenchmark {
  private static final int BATCH = 32;
  private List<List<String>> batches;
  private StaticEmbedder table;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void setUp() {
    Path file = Path.of(System.getProperty("readout.shared", "../shared"), "corpus", "bulk",
        "kremlin-en-2021-10_2022-06.jsonl.gz");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + ": not found (run from the project root or set -Dreadout.shared=DIR)");
    }
    table = StaticEmbedder.open(Path.of(System.getProperty("user.home"), ".readout", "cache"));
    Readout sentences = Readout.builder().stages("sentences").embedder(null).build();
    List<String> all = new ArrayList<>();
    List<Statement> statements = AnalysisBenchmark.read(file, 800);
    for (int i = 0; i < statements.size(); i += 4) {
      for (Sentence s : sentences.analyze(statements.get(i)).sentences()) {
        all.add(s.text());
      }
    }
    batches = new ArrayList<>();
    for (int i = 0; i + BATCH <= all.size(); i += BATCH) {
      batches.add(all.subList(i, i + BATCH));
    }
  }

  /** Counts sentences so JMH reports them as a rate (sentences/s) next to ops/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long sentences;
  }

  private List<String> batch() {
    return batches.get(Math.floorMod(next.getAndIncrement(), batches.size()));
  }

  @Benchmark
  @Threads(2)
  public List<float[]> staticTable(Counters counters) {
    counters.sentences += BATCH;
    return table.embedAll(batch());
  }

  @Benchmark
  @Threads(2)
  public List<float[]> bge(Counters counters) {
    counters.sentences += BATCH;
    return BgeEmbedder.instance().embedAll(batch());
  }
}

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.readout.Readout;
import org.readout.analysis.AnalysisStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.HybridEmbedder;
import org.readout.topics.HybridTopicScorer;
import org.readout.topics.StaticEmbedder;

/**
 * The hot stages of the full analysis one by one, on Kremlin bulk items (every 4th of the first
 * {@code 4 × limit} records), two JMH threads sharing one stage: each invocation runs one stage on one
 * statement that already carries every layer the stage reads. The {@code sentences} counter is
 * sentences/s through that stage alone. {@code topics} is the hybrid (static table, bge only near a
 * threshold) with a fresh in-memory bge cache per trial, so repeated statements are served from the
 * cache after the first pass: the figure is the static path plus the cost of a cache lookup for the
 * refined share (the bge cost itself is {@link EmbeddingBenchmark#bge}).
 * Run: {@code java -jar readout-bench/target/benchmarks.jar StageBenchmark} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class StageBenchmark {
  @Param({"actors", "topics", "attribution", "commitments", "time"})
  public String stage;

  @Param({"200"})
  public int limit;

  private AnalysisStage timed;
  private List<AnalyzedStatement> inputs;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void setUp() {
    Path file = Path.of(System.getProperty("readout.shared", "../shared"), "corpus", "bulk",
        "kremlin-en-2021-10_2022-06.jsonl.gz");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + ": not found (run from the project root or set -Dreadout.shared=DIR)");
    }
    Path cache = Path.of(System.getProperty("user.home"), ".readout", "cache");
    HybridEmbedder hybrid = HybridEmbedder.of(new CachingEmbedder(BgeEmbedder.instance(), 100_000, null, 0),
        StaticEmbedder.open(cache), HybridTopicScorer.MARGIN, false);
    List<String> names = Readout.availableStages().stream().filter(s -> !s.equals("pos")).toList();
    Readout readout = Readout.builder().stages(names).embedder(hybrid).build();
    int at = names.indexOf(stage);
    if (at < 0) {
      throw new IllegalStateException("no stage '" + stage + "' in " + names);
    }
    Readout before = Readout.builder().stages(names.subList(0, at)).embedder(hybrid).build();
    timed = readout.pipeline().stages().get(at);
    List<Statement> statements = AnalysisBenchmark.read(file, 4 * limit);
    inputs = new ArrayList<>();
    for (int i = 0; i < statements.size(); i += 4) {
      inputs.add(before.analyze(statements.get(i)));
    }
  }

  /** Counts sentences so JMH reports them as a rate (sentences/s) next to ops/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long sentences;
  }

  @Benchmark
  @Threads(2)
  public AnalyzedStatement process(Counters counters) {
    AnalyzedStatement in = inputs.get(Math.floorMod(next.getAndIncrement(), inputs.size()));
    counters.sentences += in.sentences().size();
    return timed.process(in);
  }
}

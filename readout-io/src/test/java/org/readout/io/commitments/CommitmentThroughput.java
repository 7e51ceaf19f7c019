package org.readout.io.commitments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.Readout;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.CommitmentKind;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.ReadoutConfig;

/**
 * Measures extraction throughput on the bulk Kremlin corpus (not a unit test: run by hand, see the
 * report). Analysis (sentences, mentions) is done first and timed separately; the extraction figure is
 * sentences per second of {@link CommitmentExtractor#extract} alone, best of three passes after a
 * warm-up pass, single thread.
 *
 * <pre>java -cp … org.readout.io.commitments.CommitmentThroughput [../shared/corpus/bulk/kremlin-….jsonl.gz]</pre>
 */
public final class CommitmentThroughput {
  private CommitmentThroughput() {
  }

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/bulk/kremlin-en-2021-10_2022-06.jsonl.gz");
    // every layer the extractor reads (topics by phrase rules, attributions), not the extraction itself
    Readout readout = Readout.builder().embedder(null).stages("sentences", "tokens", "actors", "clauses", "topics", "attribution").build();
    List<AnalyzedStatement> docs = new ArrayList<>();
    long t0 = System.nanoTime();
    Ingest.stream(file.toString(), IngestOptions.defaults().withKeepGoing(true), st -> docs.add(readout.analyze(st)));
    long t1 = System.nanoTime();
    long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    CommitmentExtractor ex = ReadoutConfig.defaults().commitmentExtractor();
    Map<CommitmentKind, Integer> kinds = new EnumMap<>(CommitmentKind.class);
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 4; pass++) {
      long a = System.nanoTime();
      long cpu = mx.getCurrentThreadCpuTime();
      int n = 0;
      for (AnalyzedStatement d : docs) {
        List<Commitment> cs = ex.extract(d);
        n += cs.size();
        if (pass == 0) {
          cs.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        }
      }
      double secs = (System.nanoTime() - a) / 1e9;
      double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
      if (pass > 0) {
        best = Math.min(best, secs);
        bestCpu = Math.min(bestCpu, cpuSecs);
      }
      if (pass == 0) {
        System.out.printf(Locale.ROOT, "statements=%d sentences=%d chars=%d commitments=%d %s%n", docs.size(), sentences,
            chars, n, kinds);
      }
    }
    System.out.printf(Locale.ROOT, "ingest+analysis: %.2f s; extraction (best of 3): wall %.3f s = %.0f sentences/s, "
        + "%.2f MB/s; thread CPU %.3f s = %.0f sentences/s%n",
        (t1 - t0) / 1e9, best, sentences / best, chars / best / 1e6, bestCpu, sentences / bestCpu);
  }
}

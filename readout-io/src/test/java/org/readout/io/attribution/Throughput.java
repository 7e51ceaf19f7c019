package org.readout.io.attribution;

import java.nio.file.Path;
import java.util.List;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.analysis.Layers;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;

/**
 * Measures attribution and temporal tagging throughput (sentences/s) on a bulk corpus file; not a
 * unit test (run by hand, see the report). Analysis (sentence splitting) is timed apart, since it
 * belongs to another stage. Usage: {@code Throughput FILE [ROUNDS]}.
 */
public final class Throughput {
  private Throughput() {
  }

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long t0 = System.nanoTime();
    List<AnalyzedStatement> docs = TestEngines.TEXT.analyzeAll(Ingest.read(file));
    long t1 = System.nanoTime();
    long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
    System.out.printf("%d statements, %d sentences; ingest+analysis %.1f s%n", docs.size(), sentences, (t1 - t0) / 1e9);
    for (int r = 0; r < rounds; r++) {
      long a0 = System.nanoTime();
      long n = 0;
      for (AnalyzedStatement d : docs) {
        n += TestEngines.ATTRIBUTION.complete(d).require(Layers.ATTRIBUTIONS).size();
      }
      long a1 = System.nanoTime();
      long m = 0;
      for (AnalyzedStatement d : docs) {
        m += ReadoutConfig.defaults().temporalTagger().tag(d).size();
      }
      long a2 = System.nanoTime();
      System.out.printf("round %d: attributions %d in %.2f s = %.0f sentences/s; temporal expressions %d in %.2f s = %.0f sentences/s%n",
          r + 1, n, (a1 - a0) / 1e9, sentences / ((a1 - a0) / 1e9), m, (a2 - a1) / 1e9, sentences / ((a2 - a1) / 1e9));
    }
  }
}

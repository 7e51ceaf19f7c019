package org.readout.io;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Measures ingest alone (gunzip, JSON, normalisation, hashing; no analysis) on a JSON Lines file:
 * {@code java -cp readout-cli/target/readout.jar:readout-io/target/test-classes
 * org.readout.io.IngestThroughput FILE [ROUNDS]}. Prints records/s by wall clock and by the reading
 * thread's CPU time (the fairer figure on a shared machine). Not a test; surefire ignores it.
 */
public final class IngestThroughput {
  private IngestThroughput() {
  }

  public static void main(String[] args) {
    String file = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 1; r <= rounds; r++) {
      long[] n = new long[2];
      long wall0 = System.nanoTime();
      long cpu0 = mx.getCurrentThreadCpuTime();
      int skipped = Ingest.stream(file, IngestOptions.defaults(), st -> {
        n[0]++;
        n[1] += st.text().length();
      });
      double wall = (System.nanoTime() - wall0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %,d records (%,d chars, %d skipped) in %.2f s wall / %.2f s cpu:"
          + " %,.0f records/s wall, %,.0f records/cpu-s, %.1f M chars/cpu-s%n", r, n[0], n[1], skipped, wall, cpu,
          n[0] / wall, n[0] / cpu, n[1] / cpu / 1e6);
    }
  }
}

package org.readout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.readout.Readout;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.IngestBatch;
import org.readout.store.Workspace;

/**
 * A worker process for {@link FaultInjectionIT}'s concurrency phase. {@code write DB PREFIX SECONDS SEED}:
 * opens the workspace, ingests 1-3 new statements ({@code PREFIX-n}) in one transaction, closes it, and
 * again until SECONDS are up; {@code read DB SECONDS}: opens, lists, checks every listed row can be read
 * back, closes, again. Prints {@code ops=N errors=E rows=R} (rows: statements this writer committed) and
 * exits 0; every failure is counted and its message printed on stderr.
 */
public final class FaultWorker {
  private FaultWorker() {
  }

  public static void main(String[] args) {
    Path db = Path.of(args[1]);
    long until = System.nanoTime() + Long.parseLong(args[args[0].equals("write") ? 3 : 2]) * 1_000_000_000L;
    int ops = 0;
    int errors = 0;
    int rows = 0;
    if (args[0].equals("write")) {
      String prefix = args[2];
      Random random = new Random(Long.parseLong(args[4]));
      Readout readout = Readout.builder().stages(Readout.TEXT_STAGES).build();
      int next = 0;
      while (System.nanoTime() < until) {
        int n = 1 + random.nextInt(3);
        try (Workspace ws = Workspace.open(db); IngestBatch batch = ws.begin("fault")) {
          for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "%s-%05d", prefix, next + i);
            StatementMeta meta = new StatementMeta(id, "Statement " + id, LocalDate.of(2030, 1, 1).plusDays(next + i), "p",
                "US", "readout", "", "", "", "");
            batch.add(readout.analyze(Statement.of(meta, "The delegation " + id + " met its counterpart. They agreed "
                + "to meet again in " + (1 + random.nextInt(12)) + " weeks.", "worker:" + id)));
          }
          batch.commit();
          next += n;
          rows += n;
        } catch (RuntimeException e) {
          errors++;
          System.err.println("write error: " + e.getMessage());
        }
        ops++;
      }
    } else {
      while (System.nanoTime() < until) {
        try (Workspace ws = Workspace.open(db)) {
          var entries = ws.entries();
          if (!entries.isEmpty()) {
            String id = entries.get(entries.size() - 1).meta().id();
            if (ws.get(id).isEmpty()) {
              throw new IllegalStateException("listed statement " + id + " cannot be read");
            }
          }
          rows = entries.size();
        } catch (RuntimeException e) {
          errors++;
          System.err.println("read error: " + e.getMessage());
        }
        ops++;
      }
    }
    System.out.println("ops=" + ops + " errors=" + errors + " rows=" + rows);
  }
}

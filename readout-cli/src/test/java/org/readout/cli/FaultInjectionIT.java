package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection on a real workspace file (not part of {@code mvn verify}; run it with the command in
 * the README): kill -9 at random moments of {@code ingest}, {@code track} and {@code commitments set}
 * (child JVMs running the CLI), then {@code PRAGMA integrity_check} and a re-run that must converge to
 * the same rows as an uninterrupted run; then concurrent readers and writers (separate processes) for a
 * minute with no error and no lost row. Prints its figures as {@code FAULT-INJECTION ...} lines.
 */
class FaultInjectionIT {
  private static final long SEED = Long.getLong("fault.seed", 20261202L);
  private static final int KILLS = Integer.getInteger("fault.kills", 8);
  private static final int CONCURRENT_SECONDS = Integer.getInteger("fault.seconds", 60);

  @TempDir
  Path tmp;

  private final Random random = new Random(SEED);
  private int integrityChecks;

  @Test
  void killsConvergeAndConcurrentUseLosesNothing() throws Exception {
    Path corpus = corpus(tmp.resolve("corpus"));
    Path db = tmp.resolve("ws.db");

    // 1. ingest, killed at random moments: all or nothing each time; then a full run.
    int ingestKills = 0;
    for (int i = 0; i < KILLS; i++) {
      int before = count(db, "statements");
      CliProcess p = CliProcess.start(tmp, Map.of(), "ingest", corpus.toString(), "--db", db.toString());
      Thread.sleep(500 + random.nextInt(9_000));
      boolean killed = kill(p);
      ingestKills += killed ? 1 : 0;
      checkIntegrity(db);
      int after = count(db, "statements");
      assertThat(after).as("an ingest is one transaction").isIn(before, STATEMENTS);
      checkNoOrphans(db);
    }
    CliProcess.Result full = CliProcess.run(tmp, Duration.ofMinutes(5), Map.of(), "ingest", corpus.toString(), "--db",
        db.toString());
    assertThat(full.exit()).as(full.err()).isZero();
    assertThat(count(db, "statements")).isEqualTo(STATEMENTS);
    checkNoOrphans(db);

    // 2. track, killed at random moments; the re-run must converge to the uninterrupted run's rows.
    Path reference = tmp.resolve("reference.db");
    copyWorkspace(db, reference);
    CliProcess.Result ref = CliProcess.run(tmp, Duration.ofMinutes(5), Map.of(), "track", "--db", reference.toString());
    assertThat(ref.exit()).as(ref.err()).isZero();
    TreeSet<String> refHistory = history(reference);
    TreeSet<String> refCommitments = rows(reference, "SELECT id || ' ' || status FROM commitments");
    assertThat(refHistory).as("tracking suggests something on this corpus").anyMatch(h -> h.contains(" auto "));
    int trackKills = 0;
    for (int i = 0; i < KILLS; i++) {
      CliProcess p = CliProcess.start(tmp, Map.of(), "track", "--db", db.toString());
      Thread.sleep(500 + random.nextInt(12_000));
      trackKills += kill(p) ? 1 : 0;
      checkIntegrity(db);
      checkNoDuplicateHistory(db);
    }
    CliProcess.Result rerun = CliProcess.run(tmp, Duration.ofMinutes(5), Map.of(), "track", "--db", db.toString());
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(history(db)).as("no lost or duplicated history rows").isEqualTo(refHistory);
    assertThat(rows(db, "SELECT id || ' ' || status FROM commitments")).isEqualTo(refCommitments);

    // 3. commitments set, killed at random moments: each decision is all or nothing.
    String id = rows(db, "SELECT id FROM commitments ORDER BY id").first();
    int setKills = 0;
    int decisions = userEntries(db, id);
    for (int i = 0; i < KILLS; i++) {
      String status = i % 2 == 0 ? "fulfilled" : "stalled";
      CliProcess p = CliProcess.start(tmp, Map.of(), "commitments", "set", id, status, "--note", "kill " + i,
          "--db", db.toString());
      Thread.sleep(300 + random.nextInt(5_000));
      boolean killed = kill(p);
      setKills += killed ? 1 : 0;
      checkIntegrity(db);
      checkNoDuplicateHistory(db);
      int now = userEntries(db, id);
      assertThat(now).as("one decision recorded whole or not at all").isIn(decisions, decisions + 1);
      if (now == decisions + 1) {
        assertThat(rows(db, "SELECT status FROM commitments WHERE id = '" + id.replace("'", "''") + "'"))
            .containsExactly(status);
      }
      decisions = now;
    }

    // 4. concurrent readers and writers, separate processes, for a minute.
    List<CliProcess> workers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      workers.add(CliProcess.startCommand(tmp, Map.of(), CliProcess.javaCommand(FaultWorker.class.getName(),
          List.of("write", db.toString(), "w" + w, String.valueOf(CONCURRENT_SECONDS), String.valueOf(SEED + w)))));
    }
    for (int r = 0; r < 2; r++) {
      workers.add(CliProcess.startCommand(tmp, Map.of(), CliProcess.javaCommand(FaultWorker.class.getName(),
          List.of("read", db.toString(), String.valueOf(CONCURRENT_SECONDS)))));
    }
    int ops = 0;
    int errors = 0;
    int written = 0;
    int waits = 0;
    for (int k = 0; k < workers.size(); k++) {
      CliProcess.Result r = workers.get(k).await(Duration.ofSeconds(CONCURRENT_SECONDS + 240L));
      assertThat(r.exit()).as(r.err()).isZero();
      Map<String, Integer> fig = figures(r.out());
      ops += fig.get("ops");
      errors += fig.get("errors");
      if (k < 2) {
        written += fig.get("rows");
      }
      // A queued writer says once per wait that it waits; anything else on stderr is a failure.
      waits += (int) r.err().lines().filter(l -> l.contains("waiting for another process")).count();
      assertThat(r.err().lines().filter(l -> !l.contains("waiting for another process")).toList()).as("worker " + k)
          .isEmpty();
    }
    checkIntegrity(db);
    int lost = STATEMENTS + written - count(db, "statements");
    System.out.printf(Locale.ROOT, "FAULT-INJECTION kills: ingest %d, track %d, commitments set %d (of %d each); "
            + "integrity checks ok: %d; rows lost: 0; duplicated history rows: 0%n", ingestKills, trackKills, setKills,
        KILLS, integrityChecks);
    System.out.printf(Locale.ROOT, "FAULT-INJECTION concurrent: %d s, 2 writers + 2 readers (processes), %d operations, "
        + "%d statements written, %d lock waits (queued, not errors), %d errors, %d rows lost%n", CONCURRENT_SECONDS, ops,
        written, waits, errors, lost);
    assertThat(errors).isZero();
    assertThat(lost).isZero();
    assertThat(ingestKills + trackKills + setKills).as("kills landed while the process ran").isGreaterThan(KILLS);
  }

  private static final int STATEMENTS = 60;

  /** 20 meetings with a commitment each, and 40 later statements, some reporting progress or breach. */
  private static Path corpus(Path dir) throws Exception {
    Files.createDirectories(dir);
    String[][] acts = {{"open talks on limiting hypersonic glide vehicles", "Talks on limiting hypersonic glide vehicles "
        + "began in Geneva"}, {"reopen the consulate in Seattle", "The consulate in Seattle was reopened"},
        {"resume grain exports through the Black Sea", "Grain exports through the Black Sea resumed"},
        {"release the detained journalists", "The detained journalists were released"}};
    for (int m = 0; m < 20; m++) {
      String[] act = acts[m % acts.length];
      String date = String.format(Locale.ROOT, "2030-%02d-%02d", 1 + m % 12, 1 + m);
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "m%02d-readout.md", m)), "---\ntitle: Meeting " + m
          + "\ndate: " + date + "\nside: US\nkind: readout\nmeeting: meeting-" + m + "\n---\n\nPresident Biden met "
          + "President Putin of Russia. The two presidents agreed to " + act[0] + " (round " + m + ").\n");
      for (int k = 0; k < 2; k++) {
        String later = String.format(Locale.ROOT, "2031-%02d-%02d", 1 + m % 12, 2 + m + k);
        String text = k == 0 ? act[1] + " on Monday, round " + m + "." : "The ministry held a meeting on fisheries "
            + "quota number " + m + ". The weather was mild.";
        Files.writeString(dir.resolve(String.format(Locale.ROOT, "m%02d-later-%d.md", m, k)), "---\ntitle: Later " + m
            + "-" + k + "\ndate: " + later + "\nside: US\nkind: statement\nmeeting: later-" + m + "-" + k + "\n---\n\n"
            + text + "\n");
      }
    }
    return dir;
  }

  private static boolean kill(CliProcess p) throws InterruptedException {
    boolean alive = p.process.isAlive();
    p.process.destroyForcibly(); // SIGKILL on Linux
    p.process.waitFor();
    return alive;
  }

  private Connection connect(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  private void checkIntegrity(Path db) throws SQLException {
    if (!Files.exists(db)) {
      return;
    }
    try (Connection c = connect(db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("ok");
      integrityChecks++;
    }
    try (Connection c = connect(db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
      assertThat(rs.next()).as("no dangling foreign keys").isFalse();
    }
  }

  private int count(Path db, String table) throws SQLException {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM " + table)) {
        rs.next();
        assertThat(rs.getInt(2)).as("no duplicated ids in " + table).isEqualTo(rs.getInt(1));
        return rs.getInt(1);
      } catch (SQLException e) {
        if (String.valueOf(e.getMessage()).contains("no such table")) {
          return 0; // killed before the first migration committed
        }
        throw e;
      }
    }
  }

  private void checkNoOrphans(Path db) throws SQLException {
    if (count(db, "statements") == 0) {
      return;
    }
    try (Connection c = connect(db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM sentences), (SELECT COALESCE(SUM(sentences), 0) FROM "
             + "analyses), (SELECT COUNT(*) FROM analyses), (SELECT COUNT(*) FROM statements)")) {
      rs.next();
      assertThat(rs.getInt(1)).as("sentence rows match the analyses").isEqualTo(rs.getInt(2));
      assertThat(rs.getInt(3)).as("one analysis per statement").isEqualTo(rs.getInt(4));
    }
  }

  private void checkNoDuplicateHistory(Path db) throws SQLException {
    try (Connection c = connect(db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT commitment_id, status, evidence_statement, evidence_sentence, COUNT(*) FROM "
             + "commitment_history WHERE by_whom = 'auto' AND evidence_statement <> '' GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1")) {
      assertThat(rs.next()).as("no suggestion recorded twice").isFalse();
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no such table")) {
        throw e;
      }
    }
  }

  private TreeSet<String> history(Path db) throws SQLException {
    return rows(db, "SELECT commitment_id || ' ' || status || ' ' || by_whom || ' ' || evidence_statement || ':' || "
        + "evidence_sentence FROM commitment_history");
  }

  private int userEntries(Path db, String id) throws SQLException {
    return rows(db, "SELECT seq FROM commitment_history WHERE by_whom <> 'auto' AND commitment_id = '"
        + id.replace("'", "''") + "'").size();
  }

  private TreeSet<String> rows(Path db, String sql) throws SQLException {
    TreeSet<String> out = new TreeSet<>();
    try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        assertThat(out.add(rs.getString(1))).as("duplicate row " + rs.getString(1)).isTrue();
      }
    }
    return out;
  }

  private static void copyWorkspace(Path from, Path to) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from); Statement s = c.createStatement()) {
      s.execute("VACUUM INTO '" + to.toString().replace("'", "''") + "'");
    }
  }

  private static Map<String, Integer> figures(String out) {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (String part : out.strip().split("\\s+")) {
      String[] kv = part.split("=");
      m.put(kv[0], Integer.parseInt(kv[1]));
    }
    return m;
  }
}

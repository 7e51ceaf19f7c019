package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 1: one writer must not block everybody. A real SQLite workspace file is write-locked
 * by another connection (as a long ingest holds it); the CLI runs in child JVMs.
 */
class WorkspaceLockTest {
  @TempDir
  Path tmp;
  Path db;

  @BeforeEach
  void workspace() throws Exception {
    db = tmp.resolve("ws.db");
    Files.writeString(tmp.resolve("first.md"), "---\ntitle: First\ndate: 2024-01-02\nside: US\nkind: readout\n---\n\n"
        + "The two ministers met in Vienna. They agreed to meet again in March.\n");
    Files.writeString(tmp.resolve("second.md"), "---\ntitle: Second\ndate: 2024-01-03\nside: RU\nkind: readout\n---\n\n"
        + "The delegations discussed trade. They will meet again.\n");
    CliRun run = CliRun.of("ingest", tmp.resolve("first.md").toString(), "--db", db.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  /** Holds the workspace's write lock the way a running ingest does: an open IMMEDIATE transaction. */
  private Connection lockForWriting() throws Exception {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      s.execute("BEGIN IMMEDIATE");
      s.execute("UPDATE statements SET title = title");
    }
    return c;
  }

  private static void release(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    }
    c.close();
  }

  @Test
  void listAnswersAtOnceWhileAWriterHoldsTheLock() throws Exception {
    Connection writer = lockForWriting();
    try {
      CliProcess.Result list = CliProcess.run(tmp, Duration.ofSeconds(25), Map.of(), "list", "--db", db.toString());
      assertThat(list.exit()).as(list.err()).isZero();
      assertThat(list.out()).contains("First");
      // JVM start-up included; waiting for the writer would take the whole lock timeout
      assertThat(list.elapsed()).isLessThan(Duration.ofSeconds(15));
    } finally {
      release(writer);
    }
  }

  @Test
  void aSecondWriterWaitsWithAMessageThenFailsClearlyAfterItsTimeout() throws Exception {
    Connection writer = lockForWriting();
    try {
      CliProcess.Result ingest = CliProcess.run(tmp, Duration.ofSeconds(40), Map.of("READOUT_LOCK_TIMEOUT", "3"),
          "ingest", tmp.resolve("second.md").toString(), "--db", db.toString());
      assertThat(ingest.exit()).as(ingest.err()).isEqualTo(3);
      assertThat(ingest.err()).contains("waiting").contains("another process");
      assertThat(ingest.err().lines().filter(l -> l.startsWith("readout: ") && l.contains("busy")).count())
          .as(ingest.err()).isEqualTo(1);
      assertThat(ingest.elapsed()).isLessThan(Duration.ofSeconds(25));
    } finally {
      release(writer);
    }
    CliRun list = CliRun.of("list", "--db", db.toString());
    assertThat(list.out()).contains("First").doesNotContain("Second");
  }

  @Test
  void aSecondWriterProceedsWhenTheFirstFinishesWithinTheTimeout() throws Exception {
    Connection writer = lockForWriting();
    CliProcess ingest;
    try {
      ingest = CliProcess.start(tmp, Map.of(), "ingest", tmp.resolve("second.md").toString(), "--db", db.toString(),
          "--lock-timeout", "60");
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!ingest.errSoFar().contains("waiting") && System.nanoTime() < until && ingest.process.isAlive()) {
        Thread.sleep(100);
      }
      assertThat(ingest.errSoFar()).contains("waiting");
    } finally {
      release(writer);
    }
    CliProcess.Result r = ingest.await(Duration.ofSeconds(60));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(CliRun.of("list", "--db", db.toString()).out()).contains("First", "Second");
  }
}

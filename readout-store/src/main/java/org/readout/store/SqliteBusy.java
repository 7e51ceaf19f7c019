package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.BusyHandler;

/**
 * SQLite busy handler for one connection: retries while another connection holds the lock, tells
 * {@link LockWait#notice()} once per wait that it is waiting, and gives up after
 * {@link LockWait#timeout()} (SQLite then reports SQLITE_BUSY). Runs on the thread that issued the
 * statement.
 */
final class SqliteBusy extends BusyHandler {
  private final LockWait wait;
  private final String label;
  private long start;

  private SqliteBusy(LockWait wait, String label) {
    this.wait = wait;
    this.label = label;
  }

  static void install(Connection c, LockWait wait, String label) throws SQLException {
    BusyHandler.setHandler(c, new SqliteBusy(wait, label));
  }

  @Override
  protected int callback(int previous) {
    long now = System.nanoTime();
    if (previous == 0) {
      start = now;
      if (!wait.timeout().isZero()) {
        wait.notice().accept(label + ": waiting for another process that is writing to this workspace (up to "
            + wait.seconds() + "; --lock-timeout or READOUT_LOCK_TIMEOUT to change)");
      }
    }
    if (now - start >= wait.timeout().toNanos()) {
      return 0;
    }
    try {
      Thread.sleep(Math.min(100, 5L + previous * 5L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    return 1;
  }
}

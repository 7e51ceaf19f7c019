package org.readout.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.readout.store.Workspace;

/**
 * A few open {@link Workspace}s shared by the request threads: a workspace holds one JDBC connection and
 * is used by one thread at a time, so each request borrows one and gives it back. SQLite in WAL mode lets
 * the readers run beside a writer; writers queue behind its busy handler as in the CLI.
 */
final class WorkspacePool implements AutoCloseable {
  private final BlockingQueue<Workspace> idle;
  private final List<Workspace> all = new ArrayList<>();
  private final Workspace watcher;

  private final Path db;
  private final int size;
  private int opened;

  /** Opens the watcher and one workspace (so a bad file fails at start); the others when requests need them. */
  WorkspacePool(Path db, int size) {
    this.db = db;
    this.size = size;
    watcher = Workspace.open(db);
    all.add(watcher);
    idle = new ArrayBlockingQueue<>(size);
    Workspace first = Workspace.open(db);
    all.add(first);
    opened = 1;
    idle.add(first);
  }

  <T> T with(Function<Workspace, T> work) {
    Workspace ws = idle.poll();
    if (ws == null) {
      ws = openMore();
    }
    try {
      if (ws == null) {
        ws = idle.take();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the workspace", e);
    }
    try {
      return work.apply(ws);
    } finally {
      idle.add(ws);
    }
  }

  /**
   * SQLite's {@code PRAGMA data_version} on a connection used for nothing else: it changes whenever another
   * connection (of this pool or another process) commits a write.
   */
  synchronized long dataVersion() {
    try (java.sql.Statement st = watcher.connection().createStatement();
         java.sql.ResultSet rs = st.executeQuery("PRAGMA data_version")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      throw Workspace.sqlFailure("workspace", "cannot read the data version", e, org.readout.store.LockWait.standard());
    }
  }

  /** One more open workspace while fewer than {@code size} are open, else null (wait for one). */
  private Workspace openMore() {
    synchronized (all) {
      if (opened >= size) {
        return null;
      }
      opened++;
    }
    Workspace ws;
    try {
      ws = Workspace.open(db);
    } catch (RuntimeException e) {
      synchronized (all) {
        opened--;
      }
      throw e;
    }
    synchronized (all) {
      all.add(ws);
    }
    return ws;
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(Workspace::close);
    }
  }
}

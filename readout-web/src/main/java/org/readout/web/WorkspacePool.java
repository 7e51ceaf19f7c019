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

  WorkspacePool(Path db, int size) {
    watcher = Workspace.open(db);
    all.add(watcher);
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Workspace ws = Workspace.open(db);
      all.add(ws);
      idle.add(ws);
    }
  }

  <T> T with(Function<Workspace, T> work) {
    Workspace ws;
    try {
      ws = idle.take();
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

  @Override
  public void close() {
    all.forEach(Workspace::close);
  }
}

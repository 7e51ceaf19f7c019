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

  WorkspacePool(Path db, int size) {
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

  @Override
  public void close() {
    all.forEach(Workspace::close);
  }
}

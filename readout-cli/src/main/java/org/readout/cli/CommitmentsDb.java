package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.readout.ReadoutException;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.store.commitments.CommitmentStore;
import org.readout.store.commitments.CommitmentTracking;

/**
 * The commitments commands' access to the workspace: opens it (migrating the schema), and gives the
 * tracking workflow and the workspace's analysed statements. One per command run; not thread-safe.
 */
final class CommitmentsDb implements AutoCloseable {
  private final Connection conn;
  private final CommitmentTracking tracking;

  private CommitmentsDb(Connection conn) {
    this.conn = conn;
    this.tracking = new CommitmentTracking(new CommitmentStore(conn), CommitmentExtractor.standard(), Tracker.standard());
  }

  static CommitmentsDb open(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      String url = "jdbc:sqlite:" + abs;
      Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
      return new CommitmentsDb(DriverManager.getConnection(url));
    } catch (java.io.IOException | SQLException | FlywayException e) {
      throw new ReadoutException(file + ": cannot open the workspace (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
  }

  CommitmentTracking tracking() {
    return tracking;
  }

  /** The workspace's statements, analysed (none until the workspace store provides them). */
  List<AnalyzedStatement> statements() {
    return List.of();
  }

  /** Brings the commitments table in step with the workspace's statements. */
  List<AnalyzedStatement> sync() {
    List<AnalyzedStatement> docs = statements();
    tracking.sync(docs);
    return docs;
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new ReadoutException("workspace: cannot close (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }
}

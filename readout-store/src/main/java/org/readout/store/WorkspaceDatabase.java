package org.readout.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.readout.ReadoutException;
import org.sqlite.SQLiteConfig;

/**
 * Opening a {@link Workspace}'s database: the connection settings (SQLite in WAL mode, immediate
 * transactions, or read-only), a {@link DataSource} whose connections wait for another writer as a
 * {@link LockWait} says, the schema version check and the Flyway migration.
 */
final class WorkspaceDatabase {
  private WorkspaceDatabase() {
  }

  /** Connections to {@code jdbcUrl} with the workspace's settings; SQLite ones wait for a writer as {@code wait} says. */
  static DataSource dataSource(String jdbcUrl, String label, LockWait wait, boolean readOnly) {
    boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
    return new UrlDataSource(jdbcUrl, connectionProperties(jdbcUrl, readOnly), sqlite ? wait : null, label);
  }

  /** The highest successfully applied migration, 0 for a new (empty) database. */
  static int schemaVersion(Connection c) {
    try (java.sql.Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0; // no schema history table: a new workspace
    }
  }

  static void migrate(DataSource ds, String label, LockWait wait) {
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:" + Migrations.LOCATION)
          .load()
          .migrate();
    } catch (FlywayException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && Workspace.sqliteCode(sql) == Workspace.SQLITE_BUSY) {
          throw Workspace.sqlFailure(label, "cannot upgrade the workspace", sql, wait);
        }
      }
      throw new ReadoutException(label + ": cannot open the workspace (" + Workspace.firstLine(e.getMessage()) + ")",
          ReadoutException.IO_FAILURE, e);
    }
  }

  private static Properties connectionProperties(String jdbcUrl, boolean readOnly) {
    if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
      return new Properties();
    }
    SQLiteConfig config = new SQLiteConfig();
    if (readOnly) {
      config.setReadOnly(true);
      config.enforceForeignKeys(true);
      return config.toProperties();
    }
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL is durable across application crashes in WAL mode; only a power loss may lose the
    // last commit, never corrupt the file.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    // A 64 MB page cache (default 2 MB) keeps the B-tree pages of a large ingest in memory.
    config.setCacheSize(-64_000);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // IMMEDIATE takes the write lock at BEGIN, so two writers queue (SqliteBusy) instead of one
    // failing with SQLITE_BUSY when it upgrades a read lock. Reads run outside transactions.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config.toProperties();
  }

  /** A minimal DataSource over {@link DriverManager}: one new connection per call, same properties. */
  private static final class UrlDataSource implements DataSource {
    private final String url;
    private final Properties properties;
    private final LockWait wait;
    private final String label;
    private PrintWriter logWriter;
    private int loginTimeout;

    UrlDataSource(String url, Properties properties, LockWait wait, String label) {
      this.url = url;
      this.properties = properties;
      this.wait = wait;
      this.label = label;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return withBusyHandler(DriverManager.getConnection(url, properties));
    }

    private Connection withBusyHandler(Connection c) throws SQLException {
      if (wait != null) {
        SqliteBusy.install(c, wait, label);
      }
      return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      Properties p = new Properties();
      p.putAll(properties);
      if (user != null) {
        p.setProperty("user", user);
      }
      if (password != null) {
        p.setProperty("password", password);
      }
      return withBusyHandler(DriverManager.getConnection(url, p));
    }

    @Override
    public PrintWriter getLogWriter() {
      return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
      this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
      return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      if (iface.isInstance(this)) {
        return iface.cast(this);
      }
      throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return iface.isInstance(this);
    }
  }
}

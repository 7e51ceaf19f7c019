package org.readout.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.readout.ReadoutException;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * A Readout workspace: statements, their analyses and hashes in one SQL database, by default a SQLite
 * file ({@code ~/.readout/workspace.db}). Opening migrates the schema with Flyway (scripts in
 * {@code db/migration}: {@code V1__workspace.sql} here, later versions from other stores); connection
 * settings, the data source and the migration are in {@link WorkspaceDatabase}.
 *
 * <p>Writes are transactional: one {@link #ingest(List)} call, or one {@link IngestBatch} from
 * {@link #begin(String)} to {@link IngestBatch#commit()}, is one transaction, so a failed or
 * interrupted ingest leaves the workspace as it was. Re-ingesting a statement with the same id, text
 * hash and metadata writes nothing.
 *
 * <p>Identity: a statement that belongs to a meeting is stored as {@code <meeting>/<id>} (see
 * {@link #idFor(StatementMeta)}), because file-stem ids such as {@code us-readout} repeat across
 * meetings; statements without a meeting (JSON Lines records) keep their id.
 *
 * <p>Concurrency: SQLite runs in WAL mode, so readers in other processes never wait for a writer. Opening
 * checks the schema version with one read (no transaction); Flyway migrates, under the write lock,
 * only when a migration is pending. A second writer waits for the first with a one-line notice and a
 * bounded timeout ({@link LockWait}), then fails with a clear "busy" error.
 *
 * <p>Thread-safety: a workspace holds one JDBC connection and is <em>not</em> thread-safe; use it from
 * one thread (other threads may analyse, one thread writes). {@link #dataSource()} hands out fresh
 * connections for other stores or threads.
 */
public final class Workspace implements AutoCloseable {

  private static final String COLUMNS =
      "id, title, date, publisher, side, kind, meeting, url, licence, note, source, sha256";

  private final String url;
  private final DataSource dataSource;
  private final Connection connection;
  private final LockWait wait;
  private final boolean readOnly;
  private final String label;
  private boolean batchOpen;

  private Workspace(String url, DataSource dataSource, Connection connection, LockWait wait, boolean readOnly,
                    String label) {
    this.url = url;
    this.dataSource = dataSource;
    this.connection = connection;
    this.wait = wait;
    this.readOnly = readOnly;
    this.label = label;
  }

  /** True when the workspace was opened read-only (no write permission on its file or folder). */
  public boolean readOnly() {
    return readOnly;
  }

  /** The default workspace file: {@code ~/.readout/workspace.db}. */
  public static Path defaultPath() {
    return Path.of(System.getProperty("user.home"), ".readout", "workspace.db");
  }

  /**
   * Opens (creating if needed, with parent folders) the SQLite workspace at {@code file} and brings
   * its schema up to date. A "file" that starts with {@code jdbc:} is taken as a JDBC URL
   * ({@link #openUrl}).
   *
   * @throws ReadoutException (I/O exit code) naming the file if it cannot be created or opened
   */
  public static Workspace open(Path file) {
    return open(file, LockWait.standard());
  }

  /** As {@link #open(Path)}, waiting for another writer as {@code wait} says. */
  public static Workspace open(Path file, LockWait wait) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(wait, "wait");
    if (file.toString().startsWith("jdbc:")) {
      return openUrl(file.toString(), file.toString(), wait, false); // --db jdbc:…: another database, same schema
    }
    Path abs = file.toAbsolutePath().normalize();
    try {
      Path parent = abs.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot create the workspace folder (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
    if (Files.isDirectory(abs)) {
      throw new ReadoutException(file + ": is a directory, not a workspace file", ReadoutException.IO_FAILURE, null);
    }
    Path parent = abs.getParent();
    if (Files.exists(abs) && (!Files.isWritable(abs) || (parent != null && !Files.isWritable(parent)))) {
      // No write permission on the file (or on its folder, where SQLite keeps the -wal and -shm files):
      // open read-only, so listing and reading work; writes are refused with a clear error. Without a
      // writable folder or an existing -shm file SQLite can read a WAL database only as immutable.
      boolean shm = (parent != null && Files.isWritable(parent)) || Files.exists(Path.of(abs + "-shm"));
      return openUrl("jdbc:sqlite:" + abs.toUri() + "?mode=ro" + (shm ? "" : "&immutable=1"), file.toString(), wait,
          true);
    }
    return openUrl("jdbc:sqlite:" + abs, file.toString(), wait, false);
  }

  /**
   * Opens a workspace by JDBC URL ({@code jdbc:sqlite:FILE}; other databases need their driver on the
   * class path and portable SQL in their migrations).
   */
  public static Workspace openUrl(String jdbcUrl) {
    return openUrl(jdbcUrl, jdbcUrl, LockWait.standard(), false);
  }

  private static Workspace openUrl(String jdbcUrl, String label, LockWait wait, boolean readOnly) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    DataSource ds = WorkspaceDatabase.dataSource(jdbcUrl, label, wait, readOnly);
    Connection c;
    try {
      c = ds.getConnection();
    } catch (SQLException e) {
      throw sqlFailure(label, "cannot open the workspace", e, wait);
    }
    try {
      // One read, outside any transaction: a reader opening a current workspace never takes (or waits
      // for) the write lock. Only a pending migration does.
      if (WorkspaceDatabase.schemaVersion(c) < Migrations.latest()) {
        if (readOnly) {
          throw new ReadoutException(label + ": the workspace is read-only and needs a schema upgrade (open it once "
              + "with write permission)", ReadoutException.IO_FAILURE, null);
        }
        WorkspaceDatabase.migrate(ds, label, wait);
      }
      return new Workspace(jdbcUrl, ds, c, wait, readOnly, label);
    } catch (RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing
      }
      throw e;
    }
  }


  /**
   * The id a statement is stored under: {@code <meeting>/<id>} when it names a meeting (and its id is
   * not already so qualified), else its own id. Other stores use this to refer to stored statements.
   */
  public static String idFor(StatementMeta meta) {
    String meeting = meta.meeting();
    if (meeting.isEmpty() || meta.id().startsWith(meeting + "/")) {
      return meta.id();
    }
    return meeting + "/" + meta.id();
  }

  /** The JDBC URL of this workspace. */
  public String url() {
    return url;
  }

  /**
   * Fresh connections to this workspace with the same settings (for other stores, e.g. commitments).
   * Callers close what they open.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /** This workspace's own connection (do not close it; use it on the workspace's thread only). */
  public Connection connection() {
    return connection;
  }

  /** Stores all statements in one transaction: either all are stored or none. */
  public IngestReport ingest(List<AnalyzedStatement> statements) {
    return ingest(statements, "");
  }

  /** As {@link #ingest(List)}, recording {@code analyser} (the pipeline's stage names). */
  public IngestReport ingest(List<AnalyzedStatement> statements, String analyser) {
    try (IngestBatch batch = begin(analyser)) {
      for (AnalyzedStatement a : statements) {
        batch.add(a);
      }
      return batch.commit();
    }
  }

  /**
   * Starts a streaming ingest: add statements one by one, then {@link IngestBatch#commit()}; closing
   * without commit rolls everything back. Only one batch may be open at a time.
   *
   * @param analyser the pipeline's stage names, recorded with each analysis
   */
  public IngestBatch begin(String analyser) {
    if (batchOpen) {
      throw new IllegalStateException("an ingest batch is already open on this workspace");
    }
    if (readOnly) {
      throw new ReadoutException(label() + ": the workspace is read-only (no write permission on the file or its "
          + "folder); nothing was written", ReadoutException.IO_FAILURE, null);
    }
    try {
      connection.setAutoCommit(false);
      batchOpen = true;
      return new IngestBatch(this, connection, analyser);
    } catch (SQLException e) {
      throw failure("cannot start a transaction", e);
    }
  }

  void batchClosed() {
    batchOpen = false;
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure("cannot end the transaction", e);
    }
  }

  /** Metadata of every statement, ordered by date (undated last), then id. */
  public List<StatementMeta> list() {
    return entries().stream().map(WorkspaceEntry::meta).toList();
  }

  /** Every statement's listing row, ordered by date (undated last), then id. */
  public List<WorkspaceEntry> entries() {
    String sql = "SELECT " + COLUMNS + ", ingested_at, (SELECT a.sentences FROM analyses a WHERE a.statement_id = s.id)"
        + " FROM statements s ORDER BY CASE WHEN date IS NULL THEN 1 ELSE 0 END, date, id";
    List<WorkspaceEntry> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new WorkspaceEntry(meta(rs), rs.getString(12), rs.getString(11),
            Instant.parse(rs.getString(13)), rs.getInt(14)));
      }
    } catch (SQLException e) {
      throw failure("cannot list statements", e);
    }
    return out;
  }

  /** Statements matching {@code filter}, with text, ordered by date (undated last), then id. */
  public List<Statement> statements(StatementFilter filter) {
    List<Statement> out = new ArrayList<>();
    forEachStatement(filter, out::add);
    return out;
  }

  /**
   * Streams the statements matching {@code filter} (with text, without analysis) to {@code sink} in the
   * order of {@link #statements(StatementFilter)}, holding one at a time, so a caller can scan a large
   * workspace in bounded memory. The sink may read from this workspace but must not write to it.
   */
  public void forEachStatement(StatementFilter filter, Consumer<Statement> sink) {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(", text FROM statements WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (filter.meeting() != null) {
      sql.append(" AND meeting = ?");
      args.add(filter.meeting());
    }
    if (filter.side() != null) {
      sql.append(" AND side = ?");
      args.add(filter.side());
    }
    if (filter.kind() != null) {
      sql.append(" AND kind = ?");
      args.add(filter.kind());
    }
    if (filter.after() != null) {
      sql.append(" AND date >= ?");
      args.add(filter.after().toString());
    }
    sql.append(" ORDER BY CASE WHEN date IS NULL THEN 1 ELSE 0 END, date, id");
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(new Statement(meta(rs), rs.getString(13), rs.getString(12), rs.getString(11)));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read statements", e);
    }
  }

  /** The statement {@code id} with its stored analysis (empty lists if it was stored unanalysed). */
  public Optional<AnalyzedStatement> get(String id) {
    Objects.requireNonNull(id, "id");
    try {
      Statement st;
      try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + ", text FROM statements WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          st = new Statement(meta(rs), rs.getString(13), rs.getString(12), rs.getString(11));
        }
      }
      String text = st.text();
      List<Sentence> sentences = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT idx, start_offset, end_offset, tokens FROM sentences WHERE statement_id = ? ORDER BY idx")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int start = rs.getInt(2);
            int end = rs.getInt(3);
            sentences.add(new Sentence(rs.getInt(1), start, end, text.substring(start, end),
                TokenCodec.decode(rs.getString(4), text)));
          }
        }
      }
      List<Mention> mentions = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT sentence, start_offset, end_offset, surface, actor_id, actor_name, actor_type, entity_id, rule"
              + " FROM mentions WHERE statement_id = ? ORDER BY idx")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            mentions.add(new Mention(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
          }
        }
      }
      return Optional.of(new AnalyzedStatement(st, sentences, mentions));
    } catch (SQLException e) {
      throw failure("cannot read statement " + id, e);
    }
  }

  /** The number of statements in the workspace. */
  public int size() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM statements");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failure("cannot count statements", e);
    }
  }

  static StatementMeta meta(ResultSet rs) throws SQLException {
    String date = rs.getString(3);
    return new StatementMeta(rs.getString(1), rs.getString(2), date == null ? null : LocalDate.parse(date),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getString(10));
  }

  ReadoutException failure(String what, SQLException e) {
    return sqlFailure(label(), what, e, wait);
  }

  static final int SQLITE_BUSY = 5;
  static final int SQLITE_READONLY = 8;
  static final int SQLITE_FULL = 13;

  /** SQLite's primary result code of {@code e} (0 when it is not a SQLite error). */
  static int sqliteCode(SQLException e) {
    if (e instanceof org.sqlite.SQLiteException se) {
      return se.getResultCode().code & 0xFF;
    }
    return e.getErrorCode() & 0xFF;
  }

  /**
   * The one-line error for a failed SQL operation on workspace {@code label}: "busy" (another writer
   * kept the lock past the wait), or the operation and the driver's first line.
   */
  public static ReadoutException sqlFailure(String label, String what, SQLException e, LockWait wait) {
    if (sqliteCode(e) == SQLITE_BUSY) {
      return new ReadoutException(label + ": the workspace is busy: another process has been writing to it for more than "
          + wait.seconds() + "; nothing was written (try again, or wait longer with --lock-timeout)",
          ReadoutException.IO_FAILURE, e);
    }
    if (sqliteCode(e) == SQLITE_FULL) {
      return new ReadoutException(label + ": disk full: " + what + " failed; nothing was written (free some space and "
          + "run again)", ReadoutException.IO_FAILURE, e);
    }
    if (sqliteCode(e) == SQLITE_READONLY) {
      return new ReadoutException(label + ": the workspace is read-only (no write permission on the file or its "
          + "folder): " + what + " failed", ReadoutException.IO_FAILURE, e);
    }
    return new ReadoutException(label + ": " + what + " (" + firstLine(e.getMessage()) + ")",
        ReadoutException.IO_FAILURE, e);
  }

  private String label() {
    return label;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  @Override
  public void close() {
    try {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      } catch (SQLException e) {
        // SQLite may already have rolled the transaction back (disk full, I/O error): nothing to undo
      }
      connection.close();
    } catch (SQLException e) {
      throw failure("cannot close the workspace", e);
    }
  }
}

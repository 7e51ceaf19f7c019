package org.readout.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.readout.ReadoutException;
import org.readout.analysis.Layers;
import org.readout.commitments.Commitment;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.IngestReport.Outcome;
import org.readout.store.commitments.CommitmentStore;
import org.readout.store.commitments.CommitmentTracking;

/**
 * One ingest run as one transaction. {@link #add} statements in any number, then {@link #commit()};
 * {@link #close()} without a commit rolls back, so an exception (bad input, interrupted run) leaves
 * the workspace as it was. Use with try-with-resources.
 *
 * <p>Identity: statements are stored under {@link Workspace#idFor} (meeting-qualified). A statement whose id is stored with the same text hash and metadata is
 * {@link Outcome#UNCHANGED} and nothing is written (not even a timestamp); the same id with another
 * hash or metadata is {@link Outcome#UPDATED} (its row and analysis are replaced). Within one batch,
 * the same id twice with different content is an error: it would make re-ingest non-idempotent.
 *
 * <p>Collisions: ids derived from a file or URL name (not JSON Lines records, whose ids are explicit)
 * can collide: {@code a/note.md} and {@code b/note.md}, or two URLs ending in {@code readout.html}.
 * A statement whose id is stored from another source (file path resolved to an absolute path, or URL)
 * with other content is an error naming both sources, unless {@link #replaceOnCollision(boolean)};
 * the same source with new content is an update. Sources are stored absolute for this reason.
 *
 * <p>Not thread-safe: call from the thread that opened it.
 */
public final class IngestBatch implements AutoCloseable {
  private static final int FLUSH_EVERY = 500;

  private final Workspace workspace;
  private final Connection connection;
  private final String analyser;
  private final Map<String, String[]> seen = new HashMap<>();
  private final PreparedStatement find;
  private final PreparedStatement insert;
  private final PreparedStatement deleteStatement;
  private final PreparedStatement insertAnalysis;
  private final PreparedStatement insertSentence;
  private final PreparedStatement insertMention;
  private IngestReport report = IngestReport.EMPTY;
  private int pendingRows;
  private boolean done;
  private boolean closed;
  private boolean replace;
  private boolean failed;
  /** With {@link #withCommitments}: where each statement's commitments go, in this batch's transaction. */
  private CommitmentStore commitments;
  private String version;
  private final java.util.Set<String> commitmentsSeen = new java.util.HashSet<>();
  private int extractedStatements;
  private int extractedCommitments;

  IngestBatch(Workspace workspace, Connection connection, String analyser) throws SQLException {
    this.workspace = workspace;
    this.connection = connection;
    this.analyser = Objects.requireNonNull(analyser, "analyser");
    this.find = connection.prepareStatement(
        "SELECT sha256, title, date, publisher, side, kind, meeting, url, licence, note, source FROM statements WHERE id = ?");
    this.insert = connection.prepareStatement(
        "INSERT INTO statements (id, title, date, publisher, side, kind, meeting, url, licence, note, source, sha256,"
            + " text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // Cascades to analyses, sentences and mentions (foreign keys are on); later stores' tables
    // referencing statements decide their own ON DELETE policy.
    this.deleteStatement = connection.prepareStatement("DELETE FROM statements WHERE id = ?");
    this.insertAnalysis = connection.prepareStatement(
        "INSERT INTO analyses (statement_id, analyser, sentences, tokens, mentions, analysed_at) VALUES (?, ?, ?, ?, ?, ?)");
    this.insertSentence = connection.prepareStatement(
        "INSERT INTO sentences (statement_id, idx, start_offset, end_offset, tokens) VALUES (?, ?, ?, ?, ?)");
    this.insertMention = connection.prepareStatement(
        "INSERT INTO mentions (statement_id, idx, sentence, start_offset, end_offset, surface, actor_id, actor_name,"
            + " actor_type, entity_id, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /**
   * Whether {@code statement} is already stored exactly (same id, hash and metadata), so the caller
   * may skip analysing it: {@link #add} would report it {@link Outcome#UNCHANGED} whatever the analysis.
   */
  public boolean isCurrent(Statement given) {
    Statement statement = stored(given);
    String[] known = seen.get(statement.id());
    if (known != null) {
      return Arrays.equals(known, fingerprint(statement));
    }
    try {
      String[] stored = stored(statement.id());
      String[] fp = fingerprint(statement);
      return stored != null && Arrays.equals(Arrays.copyOf(stored, fp.length), fp);
    } catch (SQLException e) {
      throw workspace.failure("cannot read statement " + statement.id(), e);
    }
  }

  /**
   * Whether a statement from another source may replace a stored statement with the same id
   * ({@code --replace}); by default that is an error. Returns this batch.
   */
  public IngestBatch replaceOnCollision(boolean replace) {
    this.replace = replace;
    return this;
  }

  /**
   * Also stores the commitments of every statement {@link #add}ed with a commitments layer (the full
   * analysis, {@code readout ingest --full}), in this batch's transaction: the same rows, ids, history
   * and status handling as the extraction step of {@code readout track}
   * ({@link CommitmentStore#replaceForStatement}), recorded as extracted by analysis {@code version}
   * ({@link org.readout.AnalysisVersion}) so that a later track does not extract them again. Statements
   * must then be analysed under their workspace id ({@link #withWorkspaceId}). Returns this batch.
   */
  public IngestBatch withCommitments(String version) {
    this.version = Objects.requireNonNull(version, "version");
    this.commitments = CommitmentStore.joining(connection);
    return this;
  }

  /**
   * Whether {@code statement} must be analysed: it is not stored exactly ({@link #isCurrent}), or, with
   * {@link #withCommitments}, its stored commitments are missing or were extracted by another version.
   */
  public boolean needsAnalysis(Statement given) {
    if (!isCurrent(given)) {
      return true;
    }
    Statement st = stored(given);
    return commitments != null && !commitmentsSeen.contains(st.id())
        && !commitments.extracted(st.id(), st.sha256(), version);
  }

  /** How many statements' commitments this batch has stored (with {@link #withCommitments}). */
  public int extractedStatements() {
    return extractedStatements;
  }

  /** How many commitments this batch has stored (with {@link #withCommitments}). */
  public int extractedCommitments() {
    return extractedCommitments;
  }

  /** Stores one analysed statement (inside this batch's transaction) and says what it did. */
  public Outcome add(AnalyzedStatement given) {
    ensureOpen();
    AnalyzedStatement analyzed = given;
    Statement st = stored(given.statement());
    java.util.Optional<List<Commitment>> extracted =
        commitments == null ? java.util.Optional.empty() : given.layer(Layers.COMMITMENTS);
    if (st != given.statement()) {
      if (extracted.isPresent()) {
        throw new IllegalArgumentException("statement " + given.statement().id() + " was analysed under another id than "
            + "its workspace id " + st.id() + ": its commitments would not match; analyse IngestBatch.withWorkspaceId(statement)");
      }
      analyzed = new AnalyzedStatement(st, given.sentences(), given.mentions());
    }
    String[] fp = fingerprint(st);
    String[] earlier = seen.get(st.id());
    if (earlier != null) {
      if (Arrays.equals(earlier, fp)) {
        report = report.plus(Outcome.UNCHANGED, 0);
        return Outcome.UNCHANGED;
      }
      throw new ReadoutException(st.source() + ": statement id '" + st.id()
          + "' occurs twice in this ingest with different content; give each statement its own id");
    }
    try {
      String[] stored = stored(st.id());
      Outcome outcome;
      if (stored == null) {
        outcome = Outcome.ADDED;
      } else if (Arrays.equals(Arrays.copyOf(stored, fp.length), fp)) {
        outcome = Outcome.UNCHANGED;
      } else {
        String before = stored[fp.length];
        if (!replace && collides(before, st.source())) {
          throw new ReadoutException(st.source() + ": statement id '" + st.id() + "' is already in the workspace from "
              + before + ", another source with other content; pass --replace to replace it, or rename one of them");
        }
        deleteStatement.setString(1, st.id());
        deleteStatement.executeUpdate();
        outcome = Outcome.UPDATED;
      }
      seen.put(st.id(), fp);
      if (outcome != Outcome.UNCHANGED) {
        write(analyzed);
      }
      if (extracted.isPresent() && commitmentsSeen.add(st.id())
          && (outcome != Outcome.UNCHANGED || !commitments.extracted(st.id(), st.sha256(), version))) {
        StatementMeta m = st.meta();
        commitments.replaceForStatement(st.id(), st.sha256(), CommitmentTracking.EXTRACTOR, version, m.meeting(), m.date(),
            extracted.get());
        extractedStatements++;
        extractedCommitments += extracted.get().size();
      }
      report = report.plus(outcome, outcome == Outcome.UNCHANGED ? 0 : analyzed.sentences().size());
      return outcome;
    } catch (SQLException e) {
      failed = true;
      throw workspace.failure("cannot store statement " + st.id(), e);
    }
  }

  /** What this batch has done so far (not yet committed unless {@link #commit()} returned). */
  public IngestReport report() {
    return report;
  }

  /** Commits the transaction and returns the report. The batch is closed afterwards. */
  public IngestReport commit() {
    ensureOpen();
    try {
      flush();
      connection.commit();
      done = true;
      return report;
    } catch (SQLException e) {
      failed = true;
      throw workspace.failure("cannot commit the ingest", e);
    } finally {
      close();
    }
  }

  /**
   * Rolls back unless committed; releases the statements. Idempotent. Never masks the error that
   * brought it here: after a failure SQLite may already have rolled back (a full disk does), and
   * ending the transaction again then fails with "no transaction is active", which is ignored.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!done) {
        connection.rollback();
        done = true;
      }
    } catch (SQLException e) {
      if (!failed) {
        throw workspace.failure("cannot roll back the ingest", e);
      }
    } finally {
      closeQuietly();
      try {
        workspace.batchClosed();
      } catch (ReadoutException e) {
        if (!failed) {
          throw e;
        }
      }
    }
  }

  private void write(AnalyzedStatement a) throws SQLException {
    Statement st = a.statement();
    StatementMeta m = st.meta();
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    insert.setString(1, m.id());
    insert.setString(2, m.title());
    insert.setString(3, m.date() == null ? null : m.date().toString());
    insert.setString(4, m.publisher());
    insert.setString(5, m.side());
    insert.setString(6, m.kind());
    insert.setString(7, m.meeting());
    insert.setString(8, m.url());
    insert.setString(9, m.licence());
    insert.setString(10, m.note());
    insert.setString(11, origin(st.source()));
    insert.setString(12, st.sha256());
    insert.setString(13, st.text());
    insert.setString(14, now);
    // The parent row goes in at once (not batched) so the children's foreign keys find it.
    insert.executeUpdate();
    int tokens = 0;
    for (Sentence s : a.sentences()) {
      tokens += s.tokens().size();
      insertSentence.setString(1, m.id());
      insertSentence.setInt(2, s.index());
      insertSentence.setInt(3, s.start());
      insertSentence.setInt(4, s.end());
      insertSentence.setString(5, TokenCodec.encode(s.tokens()));
      insertSentence.addBatch();
      pendingRows++;
    }
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention x = mentions.get(i);
      insertMention.setString(1, m.id());
      insertMention.setInt(2, i);
      insertMention.setInt(3, x.sentence());
      insertMention.setInt(4, x.start());
      insertMention.setInt(5, x.end());
      insertMention.setString(6, nz(x.surface()));
      insertMention.setString(7, nz(x.actorId()));
      insertMention.setString(8, nz(x.actorName()));
      insertMention.setString(9, nz(x.actorType()));
      insertMention.setString(10, nz(x.entityId()));
      insertMention.setString(11, nz(x.rule()));
      insertMention.addBatch();
      pendingRows++;
    }
    insertAnalysis.setString(1, m.id());
    insertAnalysis.setString(2, analyser);
    insertAnalysis.setInt(3, a.sentences().size());
    insertAnalysis.setInt(4, tokens);
    insertAnalysis.setInt(5, mentions.size());
    insertAnalysis.setString(6, now);
    insertAnalysis.addBatch();
    pendingRows++;
    if (pendingRows >= FLUSH_EVERY) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pendingRows == 0) {
      return;
    }
    insertSentence.executeBatch();
    insertMention.executeBatch();
    insertAnalysis.executeBatch();
    pendingRows = 0;
  }

  private String[] stored(String id) throws SQLException {
    find.setString(1, id);
    try (ResultSet rs = find.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      String[] out = new String[11];
      for (int i = 0; i < out.length; i++) {
        String v = rs.getString(i + 1);
        out[i] = v == null ? "" : v;
      }
      return out;
    }
  }

  /**
   * Where a statement comes from, as stored: a URL as is, a file as an absolute normalised path (so
   * the same file named two ways is one source), a JSON Lines record ({@code path#line}) as is.
   */
  static String origin(String source) {
    if (source == null || source.isEmpty() || isRecord(source) || source.contains("://")) {
      return source;
    }
    try {
      return java.nio.file.Path.of(source).toAbsolutePath().normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return source;
    }
  }

  /** A JSON Lines record's source: {@code path#line}. Its id is the record's own, not derived from a name. */
  private static boolean isRecord(String source) {
    int hash = source.lastIndexOf('#');
    return hash > 0 && hash < source.length() - 1 && source.substring(hash + 1).chars().allMatch(Character::isDigit);
  }

  /**
   * True when {@code stored} and {@code incoming} are two different sources of a derived id. Records
   * (explicit ids) never collide, nor does a source stored relative by an older version (unknowable).
   */
  static boolean collides(String stored, String incoming) {
    if (stored == null || stored.isEmpty() || incoming == null || isRecord(stored) || isRecord(incoming)) {
      return false;
    }
    boolean storedUrl = stored.contains("://");
    if (!storedUrl && !java.nio.file.Path.of(stored).isAbsolute()) {
      return false;
    }
    return !stored.equals(origin(incoming));
  }

  /**
   * The statement under its workspace id ({@link Workspace#idFor}: meeting-qualified); the same object if
   * that is its id already. Analyse this one when its commitments are to be stored ({@link #withCommitments}).
   */
  public static Statement withWorkspaceId(Statement st) {
    return stored(st);
  }

  private static Statement stored(Statement st) {
    String id = Workspace.idFor(st.meta());
    return id.equals(st.id()) ? st : new Statement(st.meta().withId(id), st.text(), st.sha256(), st.source());
  }

  /** What identifies a stored statement's content: its hash and metadata (not its source path). */
  private static String[] fingerprint(Statement st) {
    StatementMeta m = st.meta();
    return new String[] {st.sha256(), m.title(), m.date() == null ? "" : m.date().toString(), m.publisher(),
        m.side(), m.kind(), m.meeting(), m.url(), m.licence(), m.note()};
  }

  private void ensureOpen() {
    if (done) {
      throw new IllegalStateException("this ingest batch is already committed or rolled back");
    }
  }

  private void closeQuietly() {
    for (PreparedStatement ps : List.of(find, insert, deleteStatement, insertAnalysis, insertSentence, insertMention)) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // closing after commit/rollback: nothing left to lose
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

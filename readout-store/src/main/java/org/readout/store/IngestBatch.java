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
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.IngestReport.Outcome;

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

  IngestBatch(Workspace workspace, Connection connection, String analyser) throws SQLException {
    this.workspace = workspace;
    this.connection = connection;
    this.analyser = Objects.requireNonNull(analyser, "analyser");
    this.find = connection.prepareStatement(
        "SELECT sha256, title, date, publisher, side, kind, meeting, url, licence, note FROM statements WHERE id = ?");
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
      return stored != null && Arrays.equals(stored, fingerprint(statement));
    } catch (SQLException e) {
      throw workspace.failure("cannot read statement " + statement.id(), e);
    }
  }

  /** Stores one analysed statement (inside this batch's transaction) and says what it did. */
  public Outcome add(AnalyzedStatement given) {
    ensureOpen();
    AnalyzedStatement analyzed = given;
    Statement st = stored(given.statement());
    if (st != given.statement()) {
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
      } else if (Arrays.equals(stored, fp)) {
        outcome = Outcome.UNCHANGED;
      } else {
        deleteStatement.setString(1, st.id());
        deleteStatement.executeUpdate();
        outcome = Outcome.UPDATED;
      }
      seen.put(st.id(), fp);
      if (outcome != Outcome.UNCHANGED) {
        write(analyzed);
      }
      report = report.plus(outcome, outcome == Outcome.UNCHANGED ? 0 : analyzed.sentences().size());
      return outcome;
    } catch (SQLException e) {
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
      throw workspace.failure("cannot commit the ingest", e);
    } finally {
      close();
    }
  }

  /** Rolls back unless committed; releases the statements. Idempotent. */
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
      throw workspace.failure("cannot roll back the ingest", e);
    } finally {
      closeQuietly();
      workspace.batchClosed();
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
    insert.setString(11, st.source());
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
      String[] out = new String[10];
      for (int i = 0; i < out.length; i++) {
        String v = rs.getString(i + 1);
        out[i] = v == null ? "" : v;
      }
      return out;
    }
  }

  /** The statement under its workspace id ({@link Workspace#idFor}); the same object if unchanged. */
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

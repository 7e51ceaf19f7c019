package org.readout.store.commitments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.AnalysisVersion;
import org.readout.ReadoutException;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.SpeakerLink;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;

/**
 * Commitments, their status and history in the workspace database (tables of
 * {@code db/migration/V2__commitments.sql}, speaker chains from {@code V3__commitment_speakers.sql}), over a JDBC connection the caller owns (the workspace's).
 * Every write is one transaction. Not thread-safe: use one store per connection per thread.
 */
public final class CommitmentStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
  };
  private static final TypeReference<List<SpeakerLink>> CHAIN = new TypeReference<>() {
  };
  private static final String COLUMNS = "id, statement_id, sentence, start_offset, end_offset, text, kind, negated, "
      + "refrain, actors, addressees, speakers, speaker_chain, action, condition_text, topics, reported_by, rule, confidence, meeting, "
      + "date, status";

  private final Connection conn;
  /** True: writes join the transaction the caller has open on {@link #conn} (see {@link #joining}). */
  private final boolean joined;

  public CommitmentStore(Connection conn) {
    this(conn, false);
  }

  private CommitmentStore(Connection conn, boolean joined) {
    this.conn = Objects.requireNonNull(conn, "conn");
    this.joined = joined;
  }

  /**
   * A store whose writes join the transaction the caller holds open on {@code conn} (e.g. an ingest
   * batch's): they are committed or rolled back with it, never on their own.
   */
  public static CommitmentStore joining(Connection conn) {
    return new CommitmentStore(conn, true);
  }

  /** Filter for {@link #list(Filter)}; null fields match everything. */
  public record Filter(String meeting, Status status, String statement) {
    public static Filter all() {
      return new Filter(null, null, null);
    }
  }

  /** True if {@code statementId} was extracted with this exact text hash by the current analysis. */
  public boolean extracted(String statementId, String sha256) {
    return extracted(statementId, sha256, AnalysisVersion.current());
  }

  /**
   * True if {@code statementId} was extracted with this exact text hash by the analysis {@code version}
   * ({@link AnalysisVersion}): its stored commitments are current.
   */
  public boolean extracted(String statementId, String sha256, String version) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT 1 FROM commitment_extractions WHERE statement_id = ? AND sha256 = ? AND analysis_version = ?")) {
      ps.setString(1, statementId);
      ps.setString(2, sha256);
      ps.setString(3, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read extractions", e);
    }
  }

  /** {@link #pending(String)} for the analysis this process runs ({@link AnalysisVersion#current()}). */
  public List<String> pending() {
    return pending(AnalysisVersion.current());
  }

  /**
   * Ids of the workspace statements whose current text has not been through the extractor of analysis
   * {@code version} (never extracted, changed since, or extracted by another version of the analysis),
   * ordered by date (undated last), then id. One SQL query: cheap when the workspace is in step.
   */
  public List<String> pending(String version) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT s.id FROM statements s LEFT JOIN commitment_extractions e "
        + "ON e.statement_id = s.id WHERE e.sha256 IS NULL OR e.sha256 <> s.sha256 OR e.analysis_version <> ? "
        + "ORDER BY CASE WHEN s.date IS NULL THEN 1 ELSE 0 END, s.date, s.id")) {
      ps.setString(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw failure("read pending extractions", e);
    }
    return out;
  }

  /**
   * Stores the commitments extracted from one statement version. Commitments already in the workspace
   * keep their status and history (their extraction fields are refreshed); new ones start {@code open}
   * with an automatic history entry; ones no longer extracted from the statement are removed unless a
   * user has recorded something about them.
   */
  public void replaceForStatement(String statementId, String sha256, String extractor, String meeting, LocalDate date,
                                  List<Commitment> commitments) {
    replaceForStatement(statementId, sha256, extractor, AnalysisVersion.current(), meeting, date, commitments);
  }

  /**
   * As {@link #replaceForStatement(String, String, String, String, LocalDate, List)}, recording that
   * analysis {@code version} ({@link AnalysisVersion}) extracted them.
   */
  public void replaceForStatement(String statementId, String sha256, String extractor, String version, String meeting,
                                  LocalDate date, List<Commitment> commitments) {
    inTransaction(() -> {
      List<String> keep = new ArrayList<>();
      for (Commitment c : commitments) {
        keep.add(c.id());
        if (get(c.id()).isPresent()) {
          update(c, meeting, date);
        } else {
          insert(TrackedCommitment.fresh(c, meeting, date));
        }
      }
      try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM commitments WHERE statement_id = ? AND NOT EXISTS "
          + "(SELECT 1 FROM commitment_history h WHERE h.commitment_id = commitments.id AND h.by_whom <> 'auto')")) {
        ps.setString(1, statementId);
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (!keep.contains(rs.getString(1))) {
              stale.add(rs.getString(1));
            }
          }
        }
        for (String id : stale) {
          delete(id);
        }
      }
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO commitment_extractions (statement_id, sha256, "
          + "extractor, analysis_version, extracted_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (statement_id) DO UPDATE SET "
          + "sha256 = excluded.sha256, extractor = excluded.extractor, analysis_version = excluded.analysis_version, "
          + "extracted_at = excluded.extracted_at")) {
        ps.setString(1, statementId);
        ps.setString(2, sha256);
        ps.setString(3, extractor);
        ps.setString(4, version);
        ps.setString(5, Instant.now().toString());
        ps.executeUpdate();
      }
    });
  }

  /** Inserts a tracked commitment with its history (used for fresh commitments and imports). */
  public void add(TrackedCommitment t) {
    inTransaction(() -> insert(t));
  }

  public Optional<TrackedCommitment> get(String id) {
    List<TrackedCommitment> l = query("SELECT " + COLUMNS + " FROM commitments WHERE id = ?", List.of(id));
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Commitments matching {@code f}, ordered by date, statement, sentence, offset. */
  public List<TrackedCommitment> list(Filter f) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM commitments WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.meeting() != null) {
      sql.append(" AND meeting = ?");
      args.add(f.meeting());
    }
    if (f.status() != null) {
      sql.append(" AND status = ?");
      args.add(f.status().id());
    }
    if (f.statement() != null) {
      sql.append(" AND statement_id = ?");
      args.add(f.statement());
    }
    sql.append(" ORDER BY date, statement_id, sentence, start_offset, id");
    return query(sql.toString(), args);
  }

  /**
   * Appends a history entry and, unless {@code applyStatus} is false, sets the commitment's status to
   * the entry's (a user's decision: it always applies). Throws a {@link ReadoutException} for an
   * unknown id.
   */
  public TrackedCommitment record(String id, HistoryEntry entry, boolean applyStatus) {
    return record(id, entry, applyStatus, null);
  }

  /**
   * As {@link #record(String, HistoryEntry, boolean)}, compare-and-set: the status is changed only if
   * it is still {@code expected} (the status the caller read; null: whatever it is) and, for an
   * automatic entry, no user has recorded a decision meanwhile. Read and write are one IMMEDIATE
   * transaction, so a decision made by another process between the caller's read and this write
   * wins; the entry is still recorded, its note saying it was not applied.
   */
  public TrackedCommitment record(String id, HistoryEntry entry, boolean applyStatus, Status expected) {
    inTransaction(() -> {
      TrackedCommitment t = get(id).orElseThrow(() -> new ReadoutException("commitment " + id + ": no such commitment "
          + "in the workspace (see 'readout commitments list')"));
      HistoryEntry e = entry;
      boolean apply = applyStatus;
      if (apply && HistoryEntry.AUTO.equals(entry.by())) {
        boolean userSet = t.history().stream().anyMatch(h -> !HistoryEntry.AUTO.equals(h.by()));
        boolean moved = expected != null && t.status() != expected;
        if (userSet || moved) {
          apply = false;
          e = new HistoryEntry(entry.date(), entry.status(), entry.evidenceStatement(), entry.evidenceSentence(),
              entry.by(), entry.note() + " (not applied: status set to " + t.status().id()
              + (userSet ? " by a user" : " meanwhile") + ")", entry.confidence());
        }
      }
      insertHistory(id, t.history().size(), e);
      if (apply) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE commitments SET status = ? WHERE id = ?")) {
          ps.setString(1, e.status().id());
          ps.setString(2, id);
          ps.executeUpdate();
        }
      }
    });
    return get(id).orElseThrow();
  }

  /** How many commitments are open, in progress or stalled (the ones tracking follows). */
  public int countTrackable() {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT COUNT(*) FROM commitments WHERE status IN ('open', 'in-progress', 'stalled')");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failure("count commitments", e);
    }
  }

  public int count() {
    try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM commitments");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failure("count commitments", e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void insert(TrackedCommitment t) throws SQLException {
    Commitment c = t.commitment();
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO commitments (" + COLUMNS + ", created_at) VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = bind(ps, c, t.meeting(), t.date());
      ps.setString(i++, t.status().id());
      ps.setString(i, Instant.now().toString());
      ps.executeUpdate();
    }
    for (int k = 0; k < t.history().size(); k++) {
      insertHistory(c.id(), k, t.history().get(k));
    }
  }

  private void update(Commitment c, String meeting, LocalDate date) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPDATE commitments SET id = ?, statement_id = ?, sentence = ?, "
        + "start_offset = ?, end_offset = ?, text = ?, kind = ?, negated = ?, refrain = ?, actors = ?, addressees = ?, "
        + "speakers = ?, speaker_chain = ?, action = ?, condition_text = ?, topics = ?, reported_by = ?, rule = ?, confidence = ?, "
        + "meeting = ?, date = ? WHERE id = ?")) {
      int i = bind(ps, c, meeting, date);
      ps.setString(i, c.id());
      ps.executeUpdate();
    }
  }

  private void delete(String id) throws SQLException {
    try (PreparedStatement h = conn.prepareStatement("DELETE FROM commitment_history WHERE commitment_id = ?");
         PreparedStatement c = conn.prepareStatement("DELETE FROM commitments WHERE id = ?")) {
      h.setString(1, id);
      h.executeUpdate();
      c.setString(1, id);
      c.executeUpdate();
    }
  }

  private static int bind(PreparedStatement ps, Commitment c, String meeting, LocalDate date) throws SQLException {
    int i = 1;
    ps.setString(i++, c.id());
    ps.setString(i++, c.statement());
    ps.setInt(i++, c.sentence());
    ps.setInt(i++, c.start());
    ps.setInt(i++, c.end());
    ps.setString(i++, c.text());
    ps.setString(i++, c.kind().id());
    ps.setInt(i++, c.negated() ? 1 : 0);
    ps.setInt(i++, c.refrain() ? 1 : 0);
    ps.setString(i++, json(c.actors()));
    ps.setString(i++, json(c.addressees()));
    ps.setString(i++, json(c.speakers()));
    ps.setString(i++, chainJson(c.speakerChain()));
    ps.setString(i++, c.action());
    ps.setString(i++, c.condition());
    ps.setString(i++, json(c.topics()));
    ps.setString(i++, c.reportedBy());
    ps.setString(i++, c.rule());
    ps.setDouble(i++, c.confidence());
    ps.setString(i++, meeting == null ? "" : meeting);
    ps.setString(i++, date == null ? null : date.toString());
    return i;
  }

  private void insertHistory(String id, int seq, HistoryEntry h) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO commitment_history (commitment_id, seq, date, status, "
        + "evidence_statement, evidence_sentence, by_whom, note, confidence, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setInt(2, seq);
      ps.setString(3, h.date() == null ? null : h.date().toString());
      ps.setString(4, h.status().id());
      ps.setString(5, h.evidenceStatement());
      ps.setInt(6, h.evidenceSentence());
      ps.setString(7, h.by());
      ps.setString(8, h.note());
      ps.setDouble(9, h.confidence());
      ps.setString(10, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  private List<TrackedCommitment> query(String sql, List<Object> args) {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      Map<String, Object[]> rows = new LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String date = rs.getString("date");
          Commitment c = new Commitment(rs.getString("id"), rs.getString("statement_id"), rs.getInt("sentence"),
              rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"),
              CommitmentKind.parse(rs.getString("kind")).orElseThrow(() -> new ReadoutException("workspace: commitment "
                  + safe(rs, "id") + ": unknown kind " + safe(rs, "kind"))),
              rs.getInt("negated") != 0, rs.getInt("refrain") != 0, strings(rs.getString("actors")),
              strings(rs.getString("addressees")), strings(rs.getString("speakers")), chain(rs.getString("speaker_chain")), rs.getString("action"),
              rs.getString("condition_text"), strings(rs.getString("topics")), rs.getString("reported_by"),
              rs.getString("rule"), rs.getDouble("confidence"));
          rows.put(c.id(), new Object[] {c, rs.getString("meeting"), date == null ? null : LocalDate.parse(date),
              status(rs.getString("status"), c.id())});
        }
      }
      List<TrackedCommitment> out = new ArrayList<>();
      for (Object[] r : rows.values()) {
        Commitment c = (Commitment) r[0];
        out.add(new TrackedCommitment(c, (String) r[1], (LocalDate) r[2], (Status) r[3], history(c.id())));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read commitments", e);
    }
  }

  private List<HistoryEntry> history(String id) throws SQLException {
    List<HistoryEntry> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT date, status, evidence_statement, evidence_sentence, by_whom, "
        + "note, confidence FROM commitment_history WHERE commitment_id = ? ORDER BY seq")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String date = rs.getString(1);
          out.add(new HistoryEntry(date == null ? null : LocalDate.parse(date), status(rs.getString(2), id),
              rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getDouble(7)));
        }
      }
    }
    return out;
  }

  private static Status status(String s, String id) {
    return Status.parse(s).orElseThrow(() -> new ReadoutException("workspace: commitment " + id + ": unknown status " + s));
  }

  private static String safe(ResultSet rs, String col) {
    try {
      return rs.getString(col);
    } catch (SQLException e) {
      return "?";
    }
  }

  private static String chainJson(List<SpeakerLink> chain) {
    try {
      return JSON.writeValueAsString(chain);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a speaker chain", e);
    }
  }

  private static List<SpeakerLink> chain(String json) {
    try {
      return json == null || json.isEmpty() ? List.of() : JSON.readValue(json, CHAIN);
    } catch (JsonProcessingException e) {
      throw new ReadoutException("workspace: bad speaker chain in commitments table: " + json);
    }
  }

  private static String json(List<String> xs) {
    try {
      return JSON.writeValueAsString(xs);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String json) {
    try {
      return json == null || json.isEmpty() ? List.of() : JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new ReadoutException("workspace: bad JSON list in commitments table: " + json);
    }
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} as one transaction: the writes it makes through this store are committed together
   * (or not at all), instead of one transaction each.
   */
  public void batch(Runnable work) {
    inTransaction(work::run);
  }

  private int depth;

  private void inTransaction(SqlWork work) {
    if (depth > 0 || joined) {
      // inside batch() or the caller's transaction (joining): the outer transaction commits
      try {
        work.run();
      } catch (SQLException e) {
        throw failure("write commitments", e);
      }
      return;
    }
    try {
      boolean auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
      depth++;
      try {
        work.run();
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        depth--;
        conn.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failure("write commitments", e);
    }
  }

  private static ReadoutException failure(String what, SQLException e) {
    return org.readout.store.Workspace.sqlFailure("workspace", "cannot " + what, e, org.readout.store.LockWait.standard());
  }
}

package org.readout.store.meetings;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.meetings.Meeting;
import org.readout.meetings.MeetingEdit;
import org.readout.meetings.MeetingGrouper;
import org.readout.meetings.MeetingInput;
import org.readout.meetings.Membership;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Mention;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;

/**
 * Meetings kept in a workspace: builds the grouper's inputs from stored statements (lead text and the
 * stored mentions inside it; titles are analysed on the fly), caches the grouping, and stores the
 * user's edits. Each write is one transaction. Not thread-safe: one store per workspace thread.
 */
public final class MeetingStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
  };
  private static final TypeReference<List<Meeting.Participant>> PARTICIPANTS = new TypeReference<>() {
  };
  private static final String FINGERPRINT = "meetings.fingerprint";

  private final Workspace workspace;
  private final Connection conn;

  public MeetingStore(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.conn = workspace.connection();
  }

  /**
   * The grouping of the workspace's statements with the user's edits replayed: from the cache when
   * nothing changed since it was made, else computed and cached.
   *
   * @param readout analyses titles (its actor dictionary should be the grouper's)
   * @param config  a label of the configuration (dictionary, cues) that is part of the cache key
   */
  public List<Meeting> meetings(Readout readout, MeetingGrouper grouper, String config) {
    String fp = fingerprint(config + "|" + grouper.cues().hash());
    if (fp.equals(meta(FINGERPRINT))) {
      return cached();
    }
    List<Meeting> meetings = grouper.group(inputs(readout, grouper.cues().leadChars()), edits());
    store(meetings, fp);
    return meetings;
  }

  /** The inputs the grouper reads, for every dated statement of the workspace. */
  public List<MeetingInput> inputs(Readout readout, int leadChars) {
    Map<String, List<Mention>> mentions = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT statement_id, sentence, start_offset, end_offset, surface,"
        + " actor_id, actor_name, actor_type, entity_id, rule FROM mentions WHERE end_offset <= ? ORDER BY statement_id, idx")) {
      ps.setInt(1, leadChars);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Mention(rs.getInt(2), rs.getInt(3),
              rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getString(10)));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read mentions", e);
    }
    List<MeetingInput> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT id, title, date, publisher, side, kind, meeting, url, licence,"
        + " note, sha256, substr(text, 1, ?) FROM statements WHERE date IS NOT NULL ORDER BY date, id")) {
      ps.setInt(1, leadChars);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StatementMeta meta = new StatementMeta(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getString(10));
          out.add(new MeetingInput(meta, rs.getString(11), rs.getString(12),
              mentions.getOrDefault(meta.id(), List.of()), titleMentions(readout, meta)));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read statements", e);
    }
    return out;
  }

  /**
   * Mentions in a statement's title, analysed as a text of its own. The meeting slug is blanked so
   * group references never borrow participants from it.
   */
  public static List<Mention> titleMentions(Readout readout, StatementMeta meta) {
    if (meta.title().isBlank()) {
      return List.of();
    }
    StatementMeta m = new StatementMeta(meta.id(), meta.title(), meta.date(), meta.publisher(), meta.side(),
        meta.kind(), "", meta.url(), meta.licence(), meta.note());
    AnalyzedStatement a = readout.analyze(Statement.of(m, meta.title(), ""));
    return a.mentions();
  }

  /** The user's edits, oldest first. */
  public List<MeetingEdit> edits() {
    List<MeetingEdit> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT op, statements, note FROM meeting_edits ORDER BY seq");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new MeetingEdit(MeetingEdit.Op.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
            JSON.readValue(rs.getString(2), STRINGS), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw failure("cannot read meeting edits", e);
    } catch (JsonProcessingException e) {
      throw new ReadoutException(workspace.url() + ": meeting_edits holds bad JSON (" + e.getOriginalMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
    return out;
  }

  /** Records an edit (one transaction); the next {@link #meetings} call replays it. */
  public void addEdit(MeetingEdit edit) {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO meeting_edits (seq, op, statements, note, created_at)"
        + " VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM meeting_edits), ?, ?, ?, ?)")) {
      ps.setString(1, edit.op().name().toLowerCase(java.util.Locale.ROOT));
      ps.setString(2, JSON.writeValueAsString(edit.statements()));
      ps.setString(3, edit.note());
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot store the meeting edit", e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached grouping (empty if none was made yet). */
  public List<Meeting> cached() {
    Map<String, List<Membership>> members = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT meeting_id, statement_id, role, is_primary, reason, sentence,"
        + " start_offset, end_offset, rule FROM meeting_members m JOIN statements s ON s.id = m.statement_id"
        + " ORDER BY s.date, m.statement_id");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Membership(rs.getString(2),
            rs.getString(3), rs.getInt(4) == 1, rs.getString(5),
            new Evidence(rs.getString(2), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9))));
      }
    } catch (SQLException e) {
      throw failure("cannot read meetings", e);
    }
    List<Meeting> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT id, date, mode, title, parties, participants, sides FROM meetings ORDER BY date, id");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Meeting(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
            JSON.readValue(rs.getString(5), STRINGS), JSON.readValue(rs.getString(6), PARTICIPANTS),
            JSON.readValue(rs.getString(7), STRINGS), members.getOrDefault(rs.getString(1), List.of())));
      }
    } catch (SQLException e) {
      throw failure("cannot read meetings", e);
    } catch (JsonProcessingException e) {
      throw new ReadoutException(workspace.url() + ": meetings table holds bad JSON (" + e.getOriginalMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
    return out;
  }

  /** Meeting ids by statement id (primary memberships), from the cache. */
  public Map<String, String> meetingOfStatement() {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT statement_id, meeting_id FROM meeting_members WHERE is_primary = 1");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw failure("cannot read meetings", e);
    }
    return out;
  }

  private void store(List<Meeting> meetings, String fingerprint) {
    boolean auto;
    try {
      auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
    } catch (SQLException e) {
      throw failure("cannot start a transaction", e);
    }
    try (PreparedStatement delM = conn.prepareStatement("DELETE FROM meeting_members");
         PreparedStatement del = conn.prepareStatement("DELETE FROM meetings");
         PreparedStatement insM = conn.prepareStatement("INSERT INTO meetings (id, date, mode, title, parties, participants,"
             + " sides) VALUES (?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement insMem = conn.prepareStatement("INSERT INTO meeting_members (meeting_id, statement_id, role,"
             + " is_primary, reason, sentence, start_offset, end_offset, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement fp = conn.prepareStatement("INSERT INTO meta (name, value) VALUES (?, ?)"
             + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      delM.executeUpdate();
      del.executeUpdate();
      for (Meeting m : meetings) {
        insM.setString(1, m.id());
        insM.setString(2, m.date().toString());
        insM.setString(3, m.mode());
        insM.setString(4, m.title());
        insM.setString(5, JSON.writeValueAsString(m.parties()));
        insM.setString(6, JSON.writeValueAsString(m.participants()));
        insM.setString(7, JSON.writeValueAsString(m.sides()));
        insM.addBatch();
        for (Membership x : m.members()) {
          insMem.setString(1, m.id());
          insMem.setString(2, x.statement());
          insMem.setString(3, x.role());
          insMem.setInt(4, x.primary() ? 1 : 0);
          insMem.setString(5, x.reason());
          insMem.setInt(6, x.evidence().sentence());
          insMem.setInt(7, x.evidence().start());
          insMem.setInt(8, x.evidence().end());
          insMem.setString(9, x.evidence().rule());
          insMem.addBatch();
        }
      }
      insM.executeBatch();
      insMem.executeBatch();
      fp.setString(1, FINGERPRINT);
      fp.setString(2, fingerprint);
      fp.executeUpdate();
      conn.commit();
    } catch (SQLException e) {
      rollback();
      throw failure("cannot store meetings", e);
    } catch (JsonProcessingException e) {
      rollback();
      throw new IllegalStateException(e);
    } finally {
      try {
        conn.setAutoCommit(auto);
      } catch (SQLException ignored) {
        // the connection is unusable anyway; the next call reports it
      }
    }
  }

  private void rollback() {
    try {
      conn.rollback();
    } catch (SQLException ignored) {
      // reporting the original failure matters more
    }
  }

  private String fingerprint(String config) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*), COALESCE(MAX(ingested_at), ''),"
        + " (SELECT COALESCE(MAX(seq), 0) FROM meeting_edits) FROM statements");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return MeetingGrouper.VERSION + "|" + config + "|" + rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getInt(3);
    } catch (SQLException e) {
      throw failure("cannot read the workspace", e);
    }
  }

  private String meta(String name) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    } catch (SQLException e) {
      throw failure("cannot read the workspace", e);
    }
  }

  private ReadoutException failure(String what, SQLException e) {
    return new ReadoutException(workspace.url() + ": " + what + " (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
  }
}

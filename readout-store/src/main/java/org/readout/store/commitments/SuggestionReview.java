package org.readout.store.commitments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.readout.ReadoutException;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;

/**
 * A user's review of tracking suggestions (automatic history entries with evidence): which are still open
 * for a decision, rejecting one, and undoing a rejection. A rejection is written as a user history entry
 * (so the history shows it, and tracking never re-applies the suggestion: its evidence is already in the
 * history) plus a row of {@code commitment_rejections} ({@code V40__suggestion_rejections.sql}) that keeps
 * the suggestion off the board. Rejecting a suggestion that tracking had applied puts back the status it
 * replaced. Each write is one transaction. Not thread-safe (one per connection per thread).
 */
public final class SuggestionReview {
  /** A suggestion of tracking as the board shows it: its history position, entry, and whether it is decided. */
  public record Suggestion(int seq, HistoryEntry entry, boolean applied) {
  }

  private final CommitmentStore store;
  private final Connection conn;

  public SuggestionReview(Connection conn) {
    this.conn = Objects.requireNonNull(conn, "conn");
    this.store = new CommitmentStore(conn);
  }

  /** True if a history entry is a tracking suggestion (automatic, with evidence, not the extraction itself). */
  public static boolean isSuggestion(HistoryEntry h) {
    return HistoryEntry.AUTO.equals(h.by()) && !h.evidenceStatement().isEmpty() && !"extracted".equals(h.note());
  }

  /** True if an automatic entry changed the status when it was recorded (tracking notes when it did not). */
  public static boolean applied(HistoryEntry h) {
    return !h.note().contains("(not applied");
  }

  /**
   * The suggestions of {@code t} still waiting for a user: neither rejected nor accepted (a later user entry
   * with the suggestion's status and evidence). {@code applied}: tracking set its status and it is the current
   * one (rejecting puts the old status back); otherwise it can be accepted or rejected.
   */
  public static List<Suggestion> open(TrackedCommitment t, Set<Integer> rejected) {
    List<Suggestion> out = new ArrayList<>();
    List<HistoryEntry> history = t.history();
    for (int seq = 0; seq < history.size(); seq++) {
      HistoryEntry h = history.get(seq);
      if (!isSuggestion(h) || rejected.contains(seq)) {
        continue;
      }
      boolean accepted = history.subList(seq + 1, history.size()).stream().anyMatch(x -> !HistoryEntry.AUTO.equals(x.by())
          && x.status() == h.status() && x.evidenceStatement().equals(h.evidenceStatement())
          && x.evidenceSentence() == h.evidenceSentence());
      if (!accepted) {
        out.add(new Suggestion(seq, h, applied(h) && h.status() == t.status()));
      }
    }
    return out;
  }

  /** The rejected suggestions' history positions, by commitment id (one query, for a whole board). */
  public Map<String, Set<Integer>> rejected() {
    Map<String, Set<Integer>> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT commitment_id, suggestion_seq FROM commitment_rejections");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getInt(2));
      }
    } catch (SQLException e) {
      throw failure("read rejected suggestions", e);
    }
    return out;
  }

  /** The rejected suggestions of one commitment. */
  public Set<Integer> rejected(String id) {
    Set<Integer> out = new TreeSet<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT suggestion_seq FROM commitment_rejections WHERE commitment_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
    } catch (SQLException e) {
      throw failure("read rejected suggestions", e);
    }
    return out;
  }

  /**
   * Rejects the suggestion at history position {@code seq}: records a user entry (evidence: the
   * suggestion's; status: the one before the suggestion if tracking applied it and nobody decided since,
   * else the current one) and marks the suggestion rejected, in one transaction.
   */
  public TrackedCommitment reject(String id, int seq, String note, String user, LocalDate date) {
    if (note == null || note.isBlank()) {
      throw new ReadoutException("a note is required: say why the suggestion is rejected");
    }
    store.batch(() -> {
      TrackedCommitment t = require(id);
      if (seq < 0 || seq >= t.history().size() || !isSuggestion(t.history().get(seq))) {
        throw new ReadoutException("commitment " + id + ": history entry " + seq + " is not a tracking suggestion");
      }
      if (rejected(id).contains(seq)) {
        throw new ReadoutException("commitment " + id + ": suggestion " + seq + " is already rejected");
      }
      HistoryEntry s = t.history().get(seq);
      boolean applied = applied(s) && s.status() == t.status() && open(t, Set.of()).stream().anyMatch(x -> x.seq() == seq);
      Status status = applied ? statusBefore(t.history(), seq) : t.status();
      int historySeq = t.history().size();
      store.record(id, new HistoryEntry(date, status, s.evidenceStatement(), s.evidenceSentence(),
          user(user), "rejected suggestion " + s.status().id() + " (" + s.evidenceStatement() + ":" + s.evidenceSentence()
          + "): " + note.strip(), 1.0), true);
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO commitment_rejections (commitment_id, suggestion_seq, "
          + "history_seq, by_whom, note, rejected_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setInt(2, seq);
        ps.setInt(3, historySeq);
        ps.setString(4, user(user));
        ps.setString(5, note.strip());
        ps.setString(6, Instant.now().toString());
        ps.executeUpdate();
      } catch (SQLException e) {
        throw failure("record the rejection", e);
      }
    });
    return require(id);
  }

  /**
   * The suggestion whose rejection is the history entry at {@code historySeq}, if it is one (undoing
   * that entry brings the suggestion back: {@link #unreject}).
   */
  public Optional<Integer> rejectionAt(String id, int historySeq) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT suggestion_seq FROM commitment_rejections WHERE commitment_id = ? AND history_seq = ?")) {
      ps.setString(1, id);
      ps.setInt(2, historySeq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read rejected suggestions", e);
    }
  }

  /**
   * Undoes a rejection recorded as the last history entry: the status before it is set again (a user
   * entry saying so, the history keeps both) and the suggestion is open again; one transaction.
   */
  public TrackedCommitment unreject(String id, String user, LocalDate date) {
    store.batch(() -> {
      TrackedCommitment t = require(id);
      int last = t.history().size() - 1;
      int suggestion = rejectionAt(id, last).orElseThrow(() -> new ReadoutException("commitment " + id
          + ": the last change is not a rejected suggestion"));
      HistoryEntry r = t.history().get(last);
      // no evidence of its own: the suggestion's evidence on a user entry would read as accepting it
      store.record(id, new HistoryEntry(date, statusBefore(t.history(), last), "", -1, user(user),
          "undo of the rejection of suggestion " + suggestion + " (" + r.evidenceStatement() + ":" + r.evidenceSentence()
          + ")", 1.0), true);
      try (PreparedStatement ps = conn.prepareStatement(
          "DELETE FROM commitment_rejections WHERE commitment_id = ? AND suggestion_seq = ?")) {
        ps.setString(1, id);
        ps.setInt(2, suggestion);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw failure("undo the rejection", e);
      }
    });
    return require(id);
  }

  /** The status in force before history entry {@code seq}: the last earlier entry that applied, else open. */
  static Status statusBefore(List<HistoryEntry> history, int seq) {
    for (int i = seq - 1; i >= 0; i--) {
      HistoryEntry h = history.get(i);
      if (!HistoryEntry.AUTO.equals(h.by()) || applied(h)) {
        return h.status();
      }
    }
    return Status.OPEN;
  }

  private TrackedCommitment require(String id) {
    return store.get(id).orElseThrow(() -> new ReadoutException("commitment " + id + ": no such commitment in the "
        + "workspace (see 'readout commitments list')"));
  }

  private static String user(String user) {
    return user == null || user.isBlank() ? "user" : user;
  }

  private static ReadoutException failure(String what, SQLException e) {
    return org.readout.store.Workspace.sqlFailure("workspace", "cannot " + what, e, org.readout.store.LockWait.standard());
  }
}

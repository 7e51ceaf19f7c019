package org.readout.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.readout.actors.ActorDictionary;

/**
 * Groups statements into meetings. Rules, in order (each membership records which one fired):
 * <ol>
 *   <li><b>copies</b>: statements with the same text (or URL) are one statement for grouping;</li>
 *   <li><b>anchors</b>: a statement whose title names a meeting with foreign parties ("Readout of
 *       President Biden's Call with President Putin", "Telephone conversation with US President Joseph
 *       Biden", "Russian-Indian talks") or that announces one for a named day ("will meet with President
 *       Xi … on November 15") is an anchor; anchors with the same set of parties whose meeting days are
 *       within {@value #WINDOW_DAYS} days (1 for an announcement's named day) form one meeting — but two
 *       readouts by one side of different days never do;</li>
 *   <li><b>references</b>: any other statement published within {@value #WINDOW_DAYS} days of a meeting
 *       (or naming its day) joins it when its title or lead refers to a meeting with one of the
 *       meeting's foreign parties ("your meeting with President Xi last night", "I spoke with President
 *       Putin"); a statement datelined at a meeting's place that names a foreign party joins too;</li>
 *   <li><b>debriefs</b>: an anchor of another meeting whose lead refers to this meeting's foreign party
 *       (a call with allies "following his call with President Putin") is a secondary member;</li>
 *   <li><b>user edits</b> ({@link MeetingEdit}) are replayed last.</li>
 * </ol>
 * The meeting's day is its readouts' day (or the day they name); its id comes from that day and its
 * participants, so it does not depend on row order. Immutable and thread-safe.
 *
 * <p>The rules live beside this class: {@link AnchorClusters} (anchors), {@link ReferenceJoins}
 * (references and debriefs), {@link EditReplay} (user edits), {@link MeetingAssembly} (day, id, roles)
 * with {@link MeetingParticipants}; their working data is {@link Unit}, {@link Cluster} and {@link Join}.
 */
public final class MeetingGrouper {
  /** Version of these rules; part of cached groupings' keys. */
  public static final String VERSION = "meetings-3";
  static final int WINDOW_DAYS = 2;
  /** A debrief names the meeting it reports on within its first sentences. */
  static final int DEBRIEF_SENTENCES = 1;
  /** Kinds whose statements are a meeting's primary record (they lead its anchors). */
  static final Set<String> PRIMARY_KINDS = Set.of("readout", "joint-statement", "remarks-before");

  private final MeetingCues cues;
  private final ReferenceJoins joins;
  private final MeetingAssembly assembly;

  public MeetingGrouper(ActorDictionary dictionary, MeetingCues cues) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.cues = Objects.requireNonNull(cues, "cues");
    MeetingParticipants participants = new MeetingParticipants(dictionary);
    this.joins = new ReferenceJoins(participants);
    this.assembly = new MeetingAssembly(cues, participants);
  }

  public MeetingCues cues() {
    return cues;
  }

  public List<Meeting> group(List<MeetingInput> inputs) {
    return group(inputs, List.of());
  }

  /** Groups {@code inputs} (undated statements are left out) and replays {@code edits}. */
  public List<Meeting> group(List<MeetingInput> inputs, List<MeetingEdit> edits) {
    List<Unit> units = units(inputs);
    Map<String, Unit> byStatement = new HashMap<>();
    for (Unit u : units) {
      for (Signals s : u.copies) {
        byStatement.put(s.id(), u);
      }
    }
    List<Cluster> clusters = AnchorClusters.cluster(units);
    joins.attach(units, clusters);
    joins.debriefs(units, clusters);
    for (MeetingEdit e : edits) {
      clusters = EditReplay.apply(e, clusters, byStatement);
    }
    return assembly.finish(clusters);
  }

  // ---- 1. copies -------------------------------------------------------------------------------

  /** Statements sharing text or URL become one {@link Unit}, the first by id standing for all. */
  private List<Unit> units(List<MeetingInput> inputs) {
    List<MeetingInput> sorted = new ArrayList<>(inputs);
    sorted.removeIf(i -> i.meta().date() == null);
    sorted.sort(Comparator.comparing(MeetingInput::id));
    Map<String, Unit> byKey = new HashMap<>();
    List<Unit> out = new ArrayList<>();
    for (MeetingInput in : sorted) {
      String sha = in.sha256().isEmpty() ? null : "sha:" + in.sha256();
      String url = in.meta().url().isEmpty() ? null : "url:" + in.meta().url();
      Unit u = sha != null ? byKey.get(sha) : null;
      if (u == null && url != null) {
        u = byKey.get(url);
      }
      if (u == null) {
        u = new Unit();
        out.add(u);
      }
      Signals s = Signals.of(in, cues);
      u.copies.add(s);
      if (u.main == null) {
        u.main = s;
      }
      if (sha != null) {
        byKey.putIfAbsent(sha, u);
      }
      if (url != null) {
        byKey.putIfAbsent(url, u);
      }
    }
    return out;
  }
}

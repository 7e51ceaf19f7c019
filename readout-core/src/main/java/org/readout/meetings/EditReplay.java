package org.readout.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 5 of {@link MeetingGrouper}, <b>user edits</b>: replays a {@link MeetingEdit} (merge or split)
 * on the clusters the rules formed.
 */
final class EditReplay {
  private EditReplay() {
  }

  static List<Cluster> apply(MeetingEdit e, List<Cluster> clusters, Map<String, Unit> byStatement) {
    List<Unit> named = new ArrayList<>();
    for (String id : e.statements()) {
      Unit u = byStatement.get(id);
      if (u != null && !named.contains(u)) {
        named.add(u);
      }
    }
    if (named.isEmpty()) {
      return clusters; // the statements are gone from the workspace: nothing to replay
    }
    List<Cluster> out = new ArrayList<>(clusters);
    Join user = new Join(e.op() == MeetingEdit.Op.MERGE ? "merged by the user" + note(e) : "split off by the user" + note(e),
        -1, 0, 0, "meetings:user");
    if (e.op() == MeetingEdit.Op.MERGE) {
      Cluster target = new Cluster();
      target.userMade = true;
      for (Unit u : named) {
        Cluster c = u.cluster;
        if (c == null) {
          target.units.add(u);
          u.cluster = target;
          u.join = user;
        } else if (c != target && out.contains(c)) {
          out.remove(c);
          for (Unit m : c.units) {
            target.units.add(m);
            m.cluster = target;
          }
          target.debriefs.putAll(c.debriefs);
          if (target.date == null || c.date.isBefore(target.date)) {
            target.date = c.date;
          }
        }
      }
      if (target.date == null) {
        target.date = named.get(0).date();
      }
      out.add(target);
    } else {
      Cluster target = new Cluster();
      target.userMade = true;
      for (Unit u : named) {
        if (u.cluster != null) {
          u.cluster.units.remove(u);
          if (u.cluster.units.isEmpty()) {
            out.remove(u.cluster);
          }
        }
        for (Cluster c : out) {
          c.debriefs.remove(u);
        }
        target.units.add(u);
        u.cluster = target;
        u.join = user;
      }
      target.date = named.get(0).date();
      out.add(target);
    }
    return out;
  }

  private static String note(MeetingEdit e) {
    return e.note().isEmpty() ? "" : " (" + e.note() + ")";
  }
}

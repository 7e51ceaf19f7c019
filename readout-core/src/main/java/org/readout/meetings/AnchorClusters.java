package org.readout.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule 2 of {@link MeetingGrouper}, <b>anchors</b>: statements whose title names a meeting with foreign
 * parties, or that announce one for a named day, form clusters by their set of parties and meeting day.
 */
final class AnchorClusters {
  private AnchorClusters() {
  }

  static int priority(Signals s) {
    if (MeetingGrouper.PRIMARY_KINDS.contains(s.kind()) && !(s.future() && s.effective().isAfter(s.date()))) {
      return 0;
    }
    return s.kind().equals("press-conference") ? 1 : 2;
  }

  static List<Cluster> cluster(List<Unit> units) {
    List<Unit> anchors = new ArrayList<>();
    for (Unit u : units) {
      if (u.main.anchor()) {
        anchors.add(u);
      }
    }
    anchors.sort(Comparator.comparingInt((Unit u) -> priority(u.main)).thenComparing(u -> u.main.effective())
        .thenComparing(u -> u.main.id()));
    Map<Set<String>, List<Cluster>> byParties = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    for (Unit a : anchors) {
      Set<String> parties = a.main.anchorParties();
      if (parties.size() < 2) {
        continue; // a meeting needs two parties; a statement of unknown side naming one is no anchor
      }
      long tolerance = a.main.datedAnnouncement() ? 1 : MeetingGrouper.WINDOW_DAYS;
      Cluster best = null;
      long bestDiff = Long.MAX_VALUE;
      for (Cluster c : byParties.getOrDefault(parties, List.of())) {
        long diff = Math.abs(c.date.toEpochDay() - a.main.effective().toEpochDay());
        if (diff <= tolerance && diff < bestDiff && !conflicts(a, c)) {
          best = c;
          bestDiff = diff;
        }
      }
      if (best == null) {
        best = new Cluster();
        best.parties = parties;
        best.date = a.main.effective();
        clusters.add(best);
        byParties.computeIfAbsent(parties, k -> new ArrayList<>()).add(best);
      }
      best.units.add(a);
      a.cluster = best;
      a.join = titleJoin(a.main);
    }
    return clusters;
  }

  /** Two readouts by one side of different days report two meetings. */
  private static boolean conflicts(Unit a, Cluster c) {
    if (!a.main.kind().equals("readout") || a.main.future()) {
      return false;
    }
    for (Unit u : c.units) {
      if (u.main.kind().equals("readout") && !u.main.future() && u.main.side().equals(a.main.side())
          && !u.main.effective().equals(a.main.effective())) {
        return true;
      }
    }
    return false;
  }

  private static Join titleJoin(Signals s) {
    if (s.titleMeeting() && !s.titleParties().isEmpty()) {
      Signals.Ref r = s.refs().get(0);
      String names = String.join(", ", refNames(s, true));
      if (s.dayRef() != null && s.dayRefInTitle()) {
        return new Join("title names a meeting with " + names + " on " + s.effective(), -1, r.start(), r.end(),
            "meetings:title");
      }
      return new Join("title names a meeting with " + names, -1, r.start(), r.end(), "meetings:title");
    }
    Signals.Ref r = s.refs().get(0);
    DateCues.DayRef d = s.dayRef();
    return new Join("announces a meeting with " + r.name() + " for " + s.effective() + " ('" + d.text() + "')",
        r.sentence(), Math.min(r.start(), d.start()), Math.max(r.end(), d.end()), "meetings:date");
  }

  private static List<String> refNames(Signals s, boolean titleOnly) {
    Set<String> names = new LinkedHashSet<>();
    for (Signals.Ref r : s.refs()) {
      if (!titleOnly || r.inTitle()) {
        names.add(r.name());
      }
    }
    return new ArrayList<>(names);
  }
}

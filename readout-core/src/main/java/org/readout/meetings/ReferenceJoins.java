package org.readout.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.readout.model.Mention;

/**
 * Rules 3 and 4 of {@link MeetingGrouper}: <b>references</b> (a statement published near a meeting
 * whose title or lead refers to a meeting with one of its foreign parties, or datelined at its place,
 * joins it) and <b>debriefs</b> (an anchor of another meeting whose lead refers to this one is a
 * secondary member).
 */
final class ReferenceJoins {
  private static final int WINDOW_DAYS = MeetingGrouper.WINDOW_DAYS;
  private static final double DAY_PENALTY = 0.3;

  private final MeetingParticipants participants;

  ReferenceJoins(MeetingParticipants participants) {
    this.participants = participants;
  }

  void attach(List<Unit> units, List<Cluster> clusters) {
    List<Cluster> byDate = new ArrayList<>(clusters);
    byDate.sort(Comparator.comparing((Cluster c) -> c.date));
    // Twice: a statement datelined at a place may join through a member that joined in the first pass.
    attachPass(units, byDate);
    attachPass(units, byDate);
  }

  private void attachPass(List<Unit> units, List<Cluster> byDate) {
    for (Unit u : units) {
      if (u.cluster != null) {
        continue;
      }
      Signals s = u.main;
      Cluster best = null;
      double bestScore = 0;
      long bestDiff = Long.MAX_VALUE;
      Join bestJoin = null;
      for (Cluster c : near(byDate, s)) {
        long diff = Math.abs(c.date.toEpochDay() - s.date().toEpochDay());
        boolean namedDay = s.dayRef() != null && Math.abs(s.effective().toEpochDay() - c.date.toEpochDay()) <= 1;
        if (diff > WINDOW_DAYS && !(namedDay && s.future())) {
          continue;
        }
        boolean namesFarDay = s.future() && s.dayRef() != null
            && Math.abs(s.effective().toEpochDay() - s.date().toEpochDay()) > WINDOW_DAYS;
        if (namesFarDay && !namedDay) {
          continue; // "will meet in Geneva on June 16" is about that meeting, not one this week
        }
        double score = 0;
        Join join = null;
        for (Signals.Ref r : s.refs()) {
          if (!c.hasForeign(r.party(), s.own()) && !(s.own().isEmpty() && c.parties.contains(r.party()))) {
            continue;
          }
          if (isPerson(r.actor()) && !participantIds(c).contains(r.actor())) {
            continue; // "meeting with President Putin" is not about Sullivan's meeting with Patrushev
          }
          // the nearer day wins between two meetings a briefing names ("I met with … Korea", "I just met with Xi")
          double sc = (r.inTitle() ? 3 : 2 - Math.min(r.sentence(), 50) * 0.01) - DAY_PENALTY * diff;
          if (sc > score) {
            score = sc;
            String where = r.inTitle() ? "title" : "lead (sentence " + r.sentence() + ")";
            join = new Join(where + " refers to a meeting with " + r.name() + ": '" + clip(r.surface()) + "'",
                r.sentence(), r.start(), r.end(), "meetings:reference");
          }
        }
        String place = samePlace(s, c);
        if (place != null && diff <= 1) {
          if (join == null && mentionsForeign(s, c)) {
            score = 1.5;
            join = new Join("datelined at the meeting's place (" + place + ") and names a party to it", -1, 0,
                s.title().length(), "meetings:place");
          } else if (join != null) {
            score += 1;
          }
        }
        if (join != null && namedDay) {
          score += 0.5;
        }
        if (join != null && (score > bestScore || (score == bestScore && diff < bestDiff))) {
          best = c;
          bestScore = score;
          bestDiff = diff;
          bestJoin = join;
        }
      }
      if (best != null) {
        best.units.add(u);
        u.cluster = best;
        u.join = bestJoin;
      }
    }
  }

  /** Clusters dated within the window of {@code s} or of the day it names. */
  private static List<Cluster> near(List<Cluster> byDate, Signals s) {
    List<Cluster> out = new ArrayList<>();
    long lo = Math.min(s.date().toEpochDay(), s.effective().toEpochDay()) - WINDOW_DAYS;
    long hi = Math.max(s.date().toEpochDay(), s.effective().toEpochDay()) + WINDOW_DAYS;
    int i = lowerBound(byDate, lo);
    for (; i < byDate.size() && byDate.get(i).date.toEpochDay() <= hi; i++) {
      out.add(byDate.get(i));
    }
    return out;
  }

  private static int lowerBound(List<Cluster> byDate, long day) {
    int lo = 0;
    int hi = byDate.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byDate.get(mid).date.toEpochDay() < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A place {@code s} is datelined at that a statement of the meeting names, or null. */
  private static String samePlace(Signals s, Cluster c) {
    if (s.places().isEmpty()) {
      return null;
    }
    for (Unit u : c.units) {
      for (String p : u.main.places()) {
        if (s.places().contains(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean mentionsForeign(Signals s, Cluster c) {
    for (Mention m : Signals.usable(s.input().leadMentions())) {
      if (c.hasForeign(m.entityId(), s.own())) {
        return true;
      }
    }
    return false;
  }

  // ---- debriefs ------------------------------------------------------------------------------

  void debriefs(List<Unit> units, List<Cluster> clusters) {
    List<Cluster> byDate = new ArrayList<>(clusters);
    byDate.sort(Comparator.comparing((Cluster c) -> c.date));
    for (Unit u : units) {
      Signals s = u.main;
      // A debrief is a readout of a call that was about this meeting, which its opening says.
      if (u.cluster == null || !s.anchor() || s.own().isEmpty()
          || !(s.kind().equals("readout") || s.kind().equals("statement"))) {
        continue;
      }
      for (Signals.Ref r : s.refs()) {
        if (r.inTitle() || r.sentence() > MeetingGrouper.DEBRIEF_SENTENCES || u.cluster.parties.contains(r.party())) {
          continue;
        }
        for (Cluster c : near(byDate, s)) {
          if (c != u.cluster && c.parties.contains(s.own()) && c.hasForeign(r.party(), s.own())
              && (!isPerson(r.actor()) || persons(c).contains(r.actor()))
              && Math.abs(c.date.toEpochDay() - s.date().toEpochDay()) <= WINDOW_DAYS && !c.debriefs.containsKey(u)) {
            c.debriefs.put(u, new Join("reports on this meeting: lead (sentence " + r.sentence()
                + ") refers to a meeting with " + r.name() + ": '" + clip(r.surface()) + "'", r.sentence(), r.start(),
                r.end(), "meetings:reference"));
          }
        }
      }
    }
  }

  /** The actor ids of a meeting's participants as its anchors name them (computed once per cluster). */
  private Set<String> participantIds(Cluster c) {
    if (c.participantIds == null) {
      Cluster k = c;
      List<Unit> anchors = new ArrayList<>();
      for (Unit u : k.units) {
        if (u.main.anchor()) {
          anchors.add(u);
        }
      }
      Set<String> out = new TreeSet<>();
      for (Meeting.Participant p : participants.of(k.parties, anchors, k.date)) {
        out.add(p.actor());
      }
      c.participantIds = out;
    }
    return c.participantIds;
  }

  private boolean isPerson(String actor) {
    return participants.isPerson(actor);
  }

  /** People named by the anchors of a meeting (titles and references), and its parties' leaders. */
  private Set<String> persons(Cluster c) {
    Set<String> out = new TreeSet<>();
    for (Unit u : c.units) {
      if (u.main.anchor()) {
        u.main.persons().forEach(p -> out.add(p.actorId()));
        u.main.refs().forEach(r -> out.add(r.actor()));
      }
    }
    return out;
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 120 ? t.substring(0, 117) + "…" : t;
  }
}

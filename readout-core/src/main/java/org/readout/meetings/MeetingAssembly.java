package org.readout.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.readout.model.Evidence;

/**
 * The last step of {@link MeetingGrouper}: turns clusters into {@link Meeting}s — the meeting's day
 * (its first anchor's day), parties, participants, mode and title, each member's role, and the id
 * derived from the day and participants (numbered when two meetings would share one).
 */
final class MeetingAssembly {
  private final MeetingCues cues;
  private final MeetingParticipants participants;

  MeetingAssembly(MeetingCues cues, MeetingParticipants participants) {
    this.cues = cues;
    this.participants = participants;
  }

  List<Meeting> finish(List<Cluster> clusters) {
    List<Meeting> draft = new ArrayList<>();
    for (Cluster c : clusters) {
      if (!c.units.isEmpty()) {
        draft.add(meeting(c));
      }
    }
    draft.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::id)
        .thenComparing(m -> m.members().get(0).statement()));
    Map<String, Integer> used = new HashMap<>();
    List<Meeting> out = new ArrayList<>(draft.size());
    for (Meeting m : draft) {
      int n = used.merge(m.id(), 1, Integer::sum);
      out.add(n == 1 ? m : new Meeting(m.id() + "-" + n, m.date(), m.mode(), m.title(), m.parties(), m.participants(),
          m.sides(), m.members()));
    }
    return out;
  }

  private Meeting meeting(Cluster c) {
    List<Unit> anchors = new ArrayList<>();
    for (Unit u : c.units) {
      if (u.main.anchor()) {
        anchors.add(u);
      }
    }
    anchors.sort(Comparator.comparingInt((Unit u) -> AnchorClusters.priority(u.main))
        .thenComparing(u -> u.main.effective()).thenComparing(u -> u.main.id()));
    LocalDate date = anchors.isEmpty() ? c.date : anchors.get(0).main.effective();
    if (c.userMade && !anchors.isEmpty()) {
      date = anchors.get(0).main.effective();
    }
    Set<String> parties = new TreeSet<>();
    if (!c.userMade && c.parties != null) {
      parties.addAll(c.parties);
    }
    for (Unit u : anchors) {
      if (c.userMade) {
        parties.addAll(u.main.anchorParties());
      }
    }
    if (parties.isEmpty()) {
      for (Unit u : c.units) {
        if (!u.main.own().isEmpty()) {
          parties.add(u.main.own());
        }
        for (Signals.Ref r : u.main.refs()) {
          parties.add(r.party());
        }
      }
    }
    List<Meeting.Participant> participants = this.participants.of(parties, anchors, date);
    String mode = "meeting";
    String title = c.units.get(0).main.title();
    Unit lead = anchors.isEmpty() ? c.units.get(0) : anchors.get(0);
    title = lead.main.title();
    Optional<String> m = cues.modeOf(lead.main.title());
    if (m.isEmpty()) {
      m = cues.modeOf(lead.main.input().lead().substring(0, Math.min(400, lead.main.input().lead().length())));
    }
    if (m.isPresent()) {
      mode = m.get();
    } else {
      for (Unit u : anchors) {
        Optional<String> x = cues.modeOf(u.main.title());
        if (x.isPresent()) {
          mode = x.get();
          break;
        }
      }
    }
    Set<String> sides = new TreeSet<>();
    List<Membership> members = new ArrayList<>();
    for (Unit u : c.units) {
      String role = role(u.main, date);
      Join j = u.join == null ? new Join("member", -1, 0, 0, "meetings:user") : u.join;
      for (Signals s : u.copies) {
        if (!s.side().isEmpty()) {
          sides.add(s.side());
        }
        if (s == u.main) {
          members.add(new Membership(s.id(), role, true, j.reason(), new Evidence(s.id(), j.sentence(), j.start(), j.end(), j.rule())));
        } else {
          members.add(new Membership(s.id(), role, true, "same text as " + u.main.id() + "; " + j.reason(),
              new Evidence(s.id(), j.sentence(), j.start(), j.end(), "meetings:copy")));
        }
      }
    }
    for (Map.Entry<Unit, Join> e : c.debriefs.entrySet()) {
      if (e.getKey().cluster == c) {
        continue;
      }
      Join j = e.getValue();
      for (Signals s : e.getKey().copies) {
        members.add(new Membership(s.id(), "debrief", false, j.reason(), new Evidence(s.id(), j.sentence(), j.start(), j.end(), j.rule())));
      }
    }
    Map<String, LocalDate> dates = new HashMap<>();
    for (Unit u : c.units) {
      for (Signals s : u.copies) {
        dates.put(s.id(), s.date());
      }
    }
    for (Unit u : c.debriefs.keySet()) {
      for (Signals s : u.copies) {
        dates.put(s.id(), s.date());
      }
    }
    members.sort(Comparator.comparing((Membership x) -> dates.get(x.statement())).thenComparing(Membership::statement));
    String id = id(date, participants);
    return new Meeting(id, date, mode, title, new ArrayList<>(parties), participants, new ArrayList<>(sides), members);
  }

  private static String role(Signals s, LocalDate meetingDay) {
    boolean before = s.date().isBefore(meetingDay);
    boolean after = s.date().isAfter(meetingDay);
    // A statement that joined by a reference is about the meeting, whatever its title's kind says of it
    // ("Remarks … Before Meeting with the Caucus" is no remarks before this meeting).
    String k = s.anchor() ? s.kind() : switch (s.kind()) {
      case "briefing", "press-conference", "statement", "remarks" -> s.kind();
      default -> "other";
    };
    if (before && (s.future() || k.equals("statement") || k.equals("other"))) {
      return k.equals("briefing") ? "preview" : "announcement";
    }
    if (MeetingGrouper.PRIMARY_KINDS.contains(k) || k.equals("press-conference")) {
      return k;
    }
    if (before) {
      return "preview";
    }
    if (after && s.date().toEpochDay() - meetingDay.toEpochDay() > 0) {
      return "follow-up";
    }
    return k.equals("other") ? "statement" : k;
  }

  static String id(LocalDate date, List<Meeting.Participant> participants) {
    List<String> names = new ArrayList<>();
    for (Meeting.Participant p : participants) {
      names.add(p.actor().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
    }
    names.sort(null);
    String id = date + "-" + String.join("-", names);
    return id.length() > 80 ? id.substring(0, 80).replaceAll("-$", "") : id;
  }
}

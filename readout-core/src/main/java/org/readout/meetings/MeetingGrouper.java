package org.readout.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.model.Evidence;
import org.readout.model.Mention;

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
 */
public final class MeetingGrouper {
  /** Version of these rules; part of cached groupings' keys. */
  public static final String VERSION = "meetings-3";
  static final int WINDOW_DAYS = 2;
  /** A debrief names the meeting it reports on within its first sentences. */
  static final int DEBRIEF_SENTENCES = 1;
  private static final double DAY_PENALTY = 0.3;
  private static final Set<String> PRIMARY_KINDS = Set.of("readout", "joint-statement", "remarks-before");
  private static final Set<String> LEADER_ROLES = Set.of("head-of-state", "head-of-government", "leader", "vice-president");

  private final ActorDictionary dictionary;
  private final MeetingCues cues;

  public MeetingGrouper(ActorDictionary dictionary, MeetingCues cues) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.cues = Objects.requireNonNull(cues, "cues");
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
    List<Cluster> clusters = clusterAnchors(units);
    attach(units, clusters);
    debriefs(units, clusters);
    for (MeetingEdit e : edits) {
      clusters = apply(e, clusters, byStatement);
    }
    return finish(clusters);
  }

  // ---- 1. copies -------------------------------------------------------------------------------

  /** Statements sharing text or URL, the first by id standing for all. */
  static final class Unit {
    final List<Signals> copies = new ArrayList<>();
    Signals main;
    Cluster cluster;
    Join join;

    LocalDate date() {
      return main.date();
    }
  }

  /** How a unit joined its cluster: the reason and its evidence. */
  record Join(String reason, int sentence, int start, int end, String rule) {
  }

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

  // ---- 2. anchors ------------------------------------------------------------------------------

  static final class Cluster {
    final List<Unit> units = new ArrayList<>();
    final Map<Unit, Join> debriefs = new LinkedHashMap<>();
    Set<String> parties;
    LocalDate date;
    boolean userMade;
    Set<String> participantIds;

    boolean hasForeign(String party, String own) {
      return parties.contains(party) && !party.equals(own);
    }
  }

  private static int priority(Signals s) {
    if (PRIMARY_KINDS.contains(s.kind()) && !(s.future() && s.effective().isAfter(s.date()))) {
      return 0;
    }
    return s.kind().equals("press-conference") ? 1 : 2;
  }

  private List<Cluster> clusterAnchors(List<Unit> units) {
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
      long tolerance = a.main.datedAnnouncement() ? 1 : WINDOW_DAYS;
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

  private Join titleJoin(Signals s) {
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

  // ---- 3. references ---------------------------------------------------------------------------

  private void attach(List<Unit> units, List<Cluster> clusters) {
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

  // ---- 4. debriefs -----------------------------------------------------------------------------

  private void debriefs(List<Unit> units, List<Cluster> clusters) {
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
        if (r.inTitle() || r.sentence() > DEBRIEF_SENTENCES || u.cluster.parties.contains(r.party())) {
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
      for (Meeting.Participant p : participants(k.parties, k, anchors, k.date)) {
        out.add(p.actor());
      }
      c.participantIds = out;
    }
    return c.participantIds;
  }

  private boolean isPerson(String actor) {
    return dictionary.find(actor).map(Actor::isPerson).orElse(false);
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

  // ---- 5. user edits ---------------------------------------------------------------------------

  private static List<Cluster> apply(MeetingEdit e, List<Cluster> clusters, Map<String, Unit> byStatement) {
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

  // ---- 6. the meetings -------------------------------------------------------------------------

  private List<Meeting> finish(List<Cluster> clusters) {
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
    anchors.sort(Comparator.comparingInt((Unit u) -> priority(u.main)).thenComparing(u -> u.main.effective())
        .thenComparing(u -> u.main.id()));
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
    List<Meeting.Participant> participants = participants(parties, c, anchors, date);
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
    if (PRIMARY_KINDS.contains(k) || k.equals("press-conference")) {
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

  private List<Meeting.Participant> participants(Set<String> parties, Cluster c, List<Unit> anchors, LocalDate date) {
    List<Meeting.Participant> out = new ArrayList<>();
    for (String party : parties) {
      Map<String, Integer> score = new LinkedHashMap<>();
      Map<String, String> names = new HashMap<>();
      for (Unit u : anchors) {
        for (Mention p : u.main.persons()) {
          if (p.entityId().equals(party)) {
            int leader = leaderish(p.actorId(), date) ? 10 : 1;
            score.merge(p.actorId(), leader, Integer::sum);
            names.put(p.actorId(), p.actorName());
          }
        }
      }
      for (Unit u : score.isEmpty() ? anchors : List.<Unit>of()) { // the titles name them, else the leads
        for (Signals.Ref r : u.main.refs()) {
          if (r.party().equals(party) && !r.actor().equals(party) && isPerson(r.actor())) {
            score.merge(r.actor(), leaderish(r.actor(), date) ? 5 : 1, Integer::sum);
            names.put(r.actor(), r.name());
          }
        }
      }
      Optional<String> best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
      if (best.isPresent()) {
        out.add(new Meeting.Participant(best.get(), names.get(best.get()), party));
      } else {
        out.add(null); // filled below
      }
    }
    // A party nobody is named for is represented by its leader when the others are leaders (the Kremlin's
    // "Telephone conversation with President of Turkey" is Putin's), else by itself.
    boolean leaders = out.stream().anyMatch(p -> p != null && leaderish(p.actor(), date));
    List<String> ps = new ArrayList<>(parties);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) != null) {
        continue;
      }
      String party = ps.get(i);
      Optional<Actor> holder = leaders ? dictionary.holderOf(party, "leader", date) : Optional.empty();
      out.set(i, holder.map(h -> new Meeting.Participant(h.id(), h.name(), party))
          .orElseGet(() -> new Meeting.Participant(party, dictionary.find(party).map(Actor::name).orElse(party), party)));
    }
    return out;
  }

  private boolean leaderish(String actorId, LocalDate date) {
    return dictionary.find(actorId).flatMap(a -> a.roleOn(date)).map(r -> LEADER_ROLES.contains(r.role())).orElse(false);
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

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 120 ? t.substring(0, 117) + "…" : t;
  }
}

package org.readout.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.model.Mention;

/**
 * Who met, for {@link MeetingGrouper}: one participant per party, read from the people its anchors
 * name (leaders first), else the party's leader when the others are leaders, else the party itself.
 */
final class MeetingParticipants {
  private static final Set<String> LEADER_ROLES = Set.of("head-of-state", "head-of-government", "leader", "vice-president");

  private final ActorDictionary dictionary;

  MeetingParticipants(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  boolean isPerson(String actor) {
    return dictionary.find(actor).map(Actor::isPerson).orElse(false);
  }

  List<Meeting.Participant> of(Set<String> parties, List<Unit> anchors, LocalDate date) {
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
}

package org.readout.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.actors.RoleTerm;
import org.readout.model.Mention;

/**
 * Speakers from the actor dictionary, the single source of canonical people, states and
 * organisations: turns the actor stage's {@link Mention}s into speaker references, and resolves
 * heads of state and transcript labels. Immutable and thread-safe.
 */
final class DictionarySpeakers {
  /**
   * Actor-stage rules whose mentions do not name a speaker by themselves: adjectives ("Russian-American
   * summit"); pronouns, which resolve the lexicon's pronoun references instead; and groups, which
   * become one joint reference.
   */
  private static final Set<String> NOT_SPEAKERS = Set.of("adjective", "group", "pronoun");
  private static final Set<String> OWN = Set.of("own-head-of-state", "own-role");
  /** Actor-stage rules that name a person by an office ("the Secretary of State"), not by name. */
  private static final Set<String> ROLE_RULES = Set.of("role", "own-head-of-state", "own-role");

  private final ActorDictionary dictionary;

  DictionarySpeakers(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Lexicon references (pronouns, generic labels) merged with the actor stage's mentions, in text
   * order; the lexicon wins where both cover the same text. A group phrase ("the two leaders") the
   * actor stage expands into one mention per participant becomes one joint reference.
   */
  List<SpeakerMention> merge(List<SpeakerMention> lexicon, List<Mention> actors, LocalDate date) {
    // he / she: the person the actor stage resolved the pronoun to
    Map<Integer, Mention> pronouns = new HashMap<>();
    for (Mention m : actors) {
      if (m.rule().equals("pronoun") && "person".equals(m.actorType())) {
        pronouns.putIfAbsent(m.start(), m);
      }
    }
    List<SpeakerMention> out = new ArrayList<>(lexicon.size());
    for (SpeakerMention l : lexicon) {
      Mention p = l.kind() == SpeakerMention.Kind.PRONOUN_SINGULAR ? pronouns.get(l.start()) : null;
      Optional<Actor> a = p == null ? Optional.empty() : dictionary.find(p.actorId());
      out.add(a.isPresent() ? l.withSpeaker(speaker(a.get(), date)) : l);
    }
    int lastGroupStart = -1;
    for (Mention m : actors) {
      if (m.start() < 0 || m.end() <= m.start() || overlaps(lexicon, m.start(), m.end())) {
        continue;
      }
      if (m.rule().equals("group")) {
        if (m.start() != lastGroupStart) {
          out.add(new SpeakerMention(m.start(), m.end(), m.surface(), SpeakerMention.Kind.GROUP, null));
          lastGroupStart = m.start();
        }
        continue;
      }
      if (NOT_SPEAKERS.contains(m.rule())) {
        continue;
      }
      Optional<Actor> a = dictionary.find(m.actorId());
      if (a.isEmpty()) {
        continue;
      }
      String type = m.actorType() == null ? "" : m.actorType();
      if (type.equals("person") && ROLE_RULES.contains(m.rule()) && !heldBy(a.get(), date)) {
        // "the secretary of state" in a text from before the dictionary's holders: the role as written,
        // never a holder from a later year
        String role = m.surface().replaceFirst("^(?i)the ", "").strip();
        out.add(new SpeakerMention(m.start(), m.end(), m.surface(), SpeakerMention.Kind.NAMED,
            new Speaker(role, "", "", role, "person")));
      } else if (type.equals("person")) {
        SpeakerMention.Kind kind = OWN.contains(m.rule()) ? SpeakerMention.Kind.OWN_HEAD : SpeakerMention.Kind.NAMED;
        Speaker sp = speaker(a.get(), date);
        String written = writtenRole(m.surface(), a.get());
        out.add(new SpeakerMention(m.start(), m.end(), m.surface(), kind, written.isEmpty() ? sp : sp.withRole(written)));
      } else if (type.equals("state") || type.equals("organisation")) {
        out.add(new SpeakerMention(m.start(), m.end(), m.surface(), SpeakerMention.Kind.STATE, speaker(a.get(), date)));
      }
    }
    out.sort(Comparator.comparingInt(SpeakerMention::start));
    return out;
  }

  /** Whether {@code a} held a role on {@code date} or had taken one up by then (no date: yes). */
  private static boolean heldBy(Actor a, LocalDate date) {
    if (date == null || a.roles().isEmpty()) {
      return true;
    }
    return a.roles().stream().anyMatch(r -> r.startedBy(date));
  }

  /** The speaker for a dictionary actor: its canonical name and id, its entity and role on {@code date}. */
  Speaker speaker(Actor a, LocalDate date) {
    if (!a.isPerson()) {
      return new Speaker(a.name(), a.id(), a.entityId(), "", "state");
    }
    String role = a.roleOn(date).map(RoleTerm::title).orElse("");
    return new Speaker(a.name(), a.id(), a.entityOn(date), role == null ? "" : role, "person");
  }

  /** The head of state of {@code state} on {@code date}. */
  Optional<Speaker> headOf(String state, LocalDate date) {
    return dictionary.holderOf(state, "head-of-state", date).map(a -> speaker(a, date));
  }

  /** Whether {@code s} is the head of its state on {@code date}. */
  boolean isHead(Speaker s, LocalDate date) {
    return s.isPerson() && !s.actor().isEmpty()
        && dictionary.holderOf(s.actor(), "head-of-state", date).map(h -> h.id().equals(s.id())).orElse(false);
  }

  /** Whether {@code s} is the head of state or of government of its state on {@code date}. */
  boolean isLeader(Speaker s, LocalDate date) {
    return isHead(s, date) || s.isPerson() && !s.actor().isEmpty()
        && dictionary.holderOf(s.actor(), "head-of-government", date).map(h -> h.id().equals(s.id())).orElse(false);
  }

  /**
   * The government {@code official} speaks for ("we" in an official's turn): the state or organisation
   * of the dictionary's entry, else the official.
   */
  Speaker government(Speaker official, LocalDate date) {
    if (official == null || official.actor().isEmpty() || !official.isPerson()) {
      return official;
    }
    return dictionary.find(official.actor()).filter(a -> !a.isPerson()).map(a -> speaker(a, date)).orElse(official);
  }

  /**
   * A person named by a transcript label ({@code MR. SULLIVAN}, {@code THE PRESIDENT}), resolved by
   * the dictionary with the statement's own side; empty when the label names no person.
   */
  Optional<Speaker> person(String label, LocalDate date, String ownState) {
    return dictionary.resolve(label, date, ownState == null ? "" : ownState)
        .filter(Actor::isPerson).map(a -> speaker(a, date));
  }

  /**
   * The role as written before the name in a mention ("presidential aide Yuri Ushakov" → {@code
   * presidential aide}), so the output keeps the text's wording; {@code ""} when the mention is the
   * name alone or an honorific ("Mr.") precedes it.
   */
  static String writtenRole(String surface, Actor a) {
    String lower = surface.toLowerCase(Locale.ROOT);
    int best = -1;
    for (String alias : a.aliases()) {
      String al = alias.toLowerCase(Locale.ROOT);
      if (al.equals(lower)) {
        return "";
      }
      if (al.length() > best && al.length() < lower.length() && lower.endsWith(al)
          && lower.charAt(lower.length() - al.length() - 1) == ' ') {
        best = al.length();
      }
    }
    if (best < 0) {
      return "";
    }
    String prefix = surface.substring(0, surface.length() - best).strip();
    if (prefix.regionMatches(true, 0, "the ", 0, 4)) {
      prefix = prefix.substring(4).strip();
    }
    String lowerPrefix = prefix.toLowerCase(Locale.ROOT) + " ";
    for (String alias : a.aliases()) {
      // a first name before a short alias ("Joseph Biden" against "Biden") is part of the name
      if (alias.toLowerCase(Locale.ROOT).startsWith(lowerPrefix)) {
        return "";
      }
    }
    return prefix.endsWith(".") || prefix.length() < 3 ? "" : prefix;
  }

  private static boolean overlaps(List<SpeakerMention> list, int start, int end) {
    for (SpeakerMention s : list) {
      if (start < s.end() && s.start() < end) {
        return true;
      }
    }
    return false;
  }
}

package org.readout.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.readout.ReadoutException;

/**
 * The curated actor dictionary: states, organisations, regions, persons with dated roles, agreements
 * and formats, plus the phrase index the {@link ActorStage} matches against. The data lives in
 * {@code org/readout/actors/actors.yaml} (format documented in its header and in the package
 * README); users add or override entries with their own file of the same format
 * ({@link #load(Path)}, CLI {@code --actors FILE}).
 *
 * <p>Instances are immutable and thread-safe. {@link #bundled()} builds the bundled dictionary once
 * and caches it; engines receive their dictionary from {@code ReadoutConfig}, they never look it up.
 */
public final class ActorDictionary {
  private final Map<String, Actor> actors;
  /** "entity|role" → terms of that office with their holders, in data order. */
  private final Map<String, List<Holder>> offices;
  /** state id → role id naming its leader (head-of-state, or head-of-government for GBR, DEU, …). */
  private final Map<String, String> leaderRole;
  /** "state|normalised title" → role id, for own-side phrases such as "the President". */
  private final Map<String, String> ownTitles;
  private final PhraseTrie<Target> trie;
  private final PhraseScanner scanner;
  /** title key → the one office it names, for titles a single state or organisation uses. */
  private final Map<String, Target.RoleRef> uniqueTitles;

  private record Holder(Actor person, RoleTerm term) {
  }

  private static final class Bundled {
    // Initialization-on-demand holder: built once, on first use, safely published.
    static final ActorDictionary INSTANCE = new ActorDictionary(DictionaryData.bundled());
  }

  ActorDictionary(DictionaryData data) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    Map<String, String> leaders = new HashMap<>();
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      List<String> aliases = new ArrayList<>(e.aliases());
      for (String m : e.metonyms()) {
        if (!aliases.contains(m)) {
          aliases.add(m);
        }
      }
      byId.put(e.id(), new Actor(e.id(), e.type(), e.name(), e.entity(), aliases, e.adjectives(), e.roles(),
          e.gender(), e.contested(), e.note()));
      if (e.type() == ActorType.STATE) {
        leaders.put(e.id(), e.leader());
      }
    }
    Map<String, List<Holder>> off = new HashMap<>();
    for (Actor a : byId.values()) {
      for (RoleTerm r : a.roles()) {
        off.computeIfAbsent(r.of() + "|" + r.role(), k -> new ArrayList<>()).add(new Holder(a, r));
      }
    }
    this.actors = Map.copyOf(byId);
    this.offices = Map.copyOf(off);
    this.leaderRole = Map.copyOf(leaders);
    Map<String, String> own = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    this.trie = new PhraseIndexBuilder(data, byId, titles, own).build();
    this.ownTitles = Map.copyOf(own);
    this.scanner = new PhraseScanner(trie, actors, Map.copyOf(titles));
    // Titles only one state or organisation uses ("Secretary of State", "NATO Secretary General") name
    // that office even without a qualifier.
    Map<String, Target.RoleRef> unique = new HashMap<>();
    Set<String> shared = new java.util.HashSet<>();
    titles.forEach((k, role) -> {
      int bar = k.indexOf('|');
      String key = k.substring(bar + 1);
      if (!shared.contains(key) && unique.putIfAbsent(key, new Target.RoleRef(k.substring(0, bar), role)) != null) {
        unique.remove(key);
        shared.add(key);
      }
    });
    this.uniqueTitles = Map.copyOf(unique);
  }

  /**
   * The bundled dictionary, loaded once (thread-safe, cached). Called when an engine is assembled
   * ({@code ReadoutConfig.defaults()}); stages receive their dictionary.
   */
  public static ActorDictionary bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The bundled dictionary with a user file merged over it: entries with a new id are added, entries
   * with an existing id replace the bundled one, phrase lists are extended.
   *
   * @throws ReadoutException naming the file and the problem when it is missing or malformed
   */
  public static ActorDictionary load(Path userFile) {
    Objects.requireNonNull(userFile, "userFile");
    DictionaryData d = DictionaryData.bundled();
    d.mergeFile(userFile);
    return new ActorDictionary(d);
  }

  /** A dictionary from YAML text alone (no bundled data); {@code source} names it in errors. */
  public static ActorDictionary fromYaml(String yaml, String source) {
    DictionaryData d = new DictionaryData();
    d.merge(Objects.requireNonNull(yaml, "yaml"), Objects.requireNonNull(source, "source"));
    return new ActorDictionary(d);
  }

  /** The actor with this canonical id ({@code RUS}, {@code NATO}, {@code putin}, {@code donbas}). */
  public Optional<Actor> find(String id) {
    return Optional.ofNullable(actors.get(Objects.requireNonNull(id, "id")));
  }

  /** Every actor, sorted by id. */
  public List<Actor> actors() {
    return actors.values().stream().sorted(Comparator.comparing(Actor::id)).toList();
  }

  /** Number of phrases in the match index (names, titles, templates expanded). */
  public int phraseCount() {
    return trie.size();
  }

  /**
   * Who held {@code role} of {@code entityId} on {@code date}. Role ids: {@code head-of-state},
   * {@code head-of-government}, {@code leader} (the state's head of state or of government, whichever
   * leads it), {@code vice-president}, {@code foreign-minister}, {@code defence-minister},
   * {@code national-security-adviser}, {@code spokesperson}, {@code aide}, … When nobody in the
   * dictionary held it that day (a gap, or a date outside the data) the most recent holder who had
   * started by then is returned, else the latest holder; a {@code null} date means the latest holder.
   * Where two held it at once (co-spokespeople) the one who started last wins.
   */
  public Optional<Actor> holderOf(String entityId, String role, LocalDate date) {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(role, "role");
    String r = role.equals("leader") ? leaderRole.getOrDefault(entityId, "head-of-state") : role;
    List<Holder> hs = offices.get(entityId + "|" + r);
    if (hs == null || hs.isEmpty()) {
      return Optional.empty();
    }
    Holder best = null;
    if (date != null) {
      for (Holder h : hs) {
        if (h.term.activeOn(date) && (best == null || later(h.term.from(), best.term.from()))) {
          best = h;
        }
      }
      if (best == null) {
        for (Holder h : hs) {
          if (h.term.startedBy(date) && (best == null || later(h.term.from(), best.term.from()))) {
            best = h;
          }
        }
      }
    }
    if (best == null) {
      for (Holder h : hs) {
        if (best == null || later(h.term.from(), best.term.from())) {
          best = h;
        }
      }
    }
    return Optional.of(best.person);
  }

  private static boolean later(LocalDate a, LocalDate b) {
    if (a == null) {
      return false;
    }
    return b == null || a.isAfter(b);
  }

  /** The role id a state calls its leader ({@code head-of-state} unless the data says otherwise). */
  public String leaderRoleOf(String stateId) {
    return leaderRole.getOrDefault(stateId, "head-of-state");
  }

  /**
   * Resolves a surface form to one actor as of {@code date}: a name ({@code Jake Sullivan},
   * {@code MR. SULLIVAN}, {@code Aide to the President Yury Ushakov}), a role phrase ({@code the
   * Russian President}), a state, organisation, region, metonym or adjective. The whole surface
   * (trailing punctuation such as a transcript colon aside) should be one dictionary phrase; when it
   * is not, the last actor phrase inside it wins (in speaker labels the name comes last). Group
   * references and pronouns resolve to nothing here.
   */
  public Optional<Actor> resolve(String surface, LocalDate date) {
    return resolve(surface, date, "");
  }

  /** As {@link #resolve(String, LocalDate)}, with the own side's state for phrases like "the President". */
  public Optional<Actor> resolve(String surface, LocalDate date, String ownEntity) {
    Objects.requireNonNull(surface, "surface");
    MatchTokens t = MatchTokens.of(surface);
    int n = t.size();
    while (n > 0 && !Character.isLetterOrDigit(t.key(n - 1).charAt(0))) {
      n--;
    }
    Optional<Actor> last = Optional.empty();
    for (PhraseScanner.Span s : scanner.scan(t, surface)) {
      List<Actor> got = resolveTarget(s.targets(), date, ownEntity == null ? "" : ownEntity);
      if (!got.isEmpty()) {
        if (s.from() == 0 && s.to() >= n) {
          return Optional.of(got.get(0));
        }
        last = Optional.of(got.get(0));
      }
    }
    return last;
  }

  PhraseTrie<Target> trie() {
    return trie;
  }

  PhraseScanner scanner() {
    return scanner;
  }

  /** Actor, role and own-role targets to actors as of {@code date}; other targets to nothing. */
  List<Actor> resolveTarget(List<Target> values, LocalDate date, String ownEntity) {
    Target first = values.get(0);
    if (first instanceof Target.ActorRef) {
      Set<String> ids = new LinkedHashSet<>();
      for (Target v : values) {
        if (v instanceof Target.ActorRef a) {
          ids.addAll(a.ids());
        }
      }
      Actor a = choose(ids, date);
      return a == null ? List.of() : List.of(a);
    }
    if (first instanceof Target.RoleRef r) {
      Optional<Actor> h = holderOf(r.entity(), r.role(), date);
      if (h.isPresent()) {
        return List.of(h.get());
      }
      Actor e = actors.get(r.entity());
      return e == null ? List.of() : List.of(e);
    }
    if (first instanceof Target.OwnRoleRef o) {
      String role = o.own() ? ownTitles.get(ownEntity + "|" + o.titleKey()) : null;
      if (role != null) {
        return holderOf(ownEntity, role, date).map(List::of).orElse(List.of());
      }
      Target.RoleRef office = uniqueTitles.get(o.titleKey());
      return office == null ? List.of() : holderOf(office.entity(), office.role(), date).map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /** The role id an own-side title names for {@code state} ({@code President} → head-of-state). */
  Optional<String> ownRole(String state, String titleKey) {
    return Optional.ofNullable(ownTitles.get(state + "|" + titleKey));
  }

  /**
   * Among actors sharing a name, the one active on {@code date}; else the one whose roles reach
   * latest; non-persons win ties in data order.
   */
  Actor choose(Collection<String> ids, LocalDate date) {
    Actor best = null;
    for (String id : ids) {
      Actor a = actors.get(id);
      if (a == null) {
        continue;
      }
      if (best == null) {
        best = a;
        continue;
      }
      boolean aActive = a.isPerson() && a.activeOn(date);
      boolean bActive = best.isPerson() && best.activeOn(date);
      if (aActive != bActive) {
        best = aActive ? a : best;
      } else if (!aActive && a.isPerson() && best.isPerson() && a.latestActivity().isAfter(best.latestActivity())) {
        best = a;
      }
    }
    return best;
  }
}

package org.readout.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the phrase trie and the title tables from the dictionary data: names and aliases, surnames
 * (usable only after a title), adjectives, metonyms, state phrases from templates ({@code the {adj}
 * side}), self-qualifying role phrases ({@code Kremlin spokesman}), titles and honorifics, group
 * references, pronouns and ignore phrases. Titles are not multiplied out with every state and name:
 * {@link PhraseScanner} composes "adjective + title + name" at match time, which keeps the index to a
 * few thousand phrases. Single-use, single-threaded.
 *
 * <p>Names, adjectives and metonyms are registered as proper names: a word capitalised in the data
 * must be capitalised in the text ("biden" in a web address is not a mention). Titles, group phrases
 * and pronouns match in any case.
 *
 * <p>Registration order sets priority when two entries share the exact same phrase: ignore phrases,
 * then person names, other names, adjectives and metonyms, role phrases, titles, surnames.
 */
final class PhraseIndexBuilder {
  private final DictionaryData data;
  private final Map<String, Actor> actors;
  /** "entity|title key" → role id, for every state and organisation office. */
  private final Map<String, String> roleTitles;
  /** "state|title key" → role id, for the own-side roles ("the President"). */
  private final Map<String, String> ownTitles;
  private final PhraseTrie<Target> trie = new PhraseTrie<>();
  private final Set<String> titles = new LinkedHashSet<>();
  /** Entity id → the role terms held in it, in actor then role order (built once: offices read it per entity). */
  private Map<String, List<RoleTerm>> termsOf;

  PhraseIndexBuilder(DictionaryData data, Map<String, Actor> actors, Map<String, String> roleTitles,
                     Map<String, String> ownTitles) {
    this.data = data;
    this.actors = actors;
    this.roleTitles = roleTitles;
    this.ownTitles = ownTitles;
  }

  PhraseTrie<Target> build() {
    Target ignore = new Target.Ignore();
    for (String p : data.ignore) {
      trie.add(p, ignore);
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() == ActorType.PERSON) {
        Target t = new Target.ActorRef(List.of(e.id()), "dictionary");
        e.aliases().forEach(a -> trie.add(a, t, true));
        trie.add(e.name(), t, true);
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() != ActorType.PERSON) {
        Target t = new Target.ActorRef(List.of(e.id()), "dictionary");
        trie.add(e.name(), t, true);
        e.aliases().forEach(a -> trie.add(a, t, true));
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      Target adj = new Target.ActorRef(List.of(e.id()), "adjective");
      if (e.type() == ActorType.STATE || e.type() == ActorType.REGION) {
        e.adjectives().forEach(a -> trie.add(a, adj, true));
      }
      Target met = new Target.ActorRef(List.of(e.id()), "metonym");
      e.metonyms().forEach(m -> trie.add(m, met, true));
      if (e.type() == ActorType.STATE) {
        for (String tpl : data.templates.getOrDefault("state", List.of())) {
          for (String p : expand(tpl, e.adjectives(), e.aliases())) {
            trie.add(p, met, true);
          }
        }
        Target plural = new Target.ActorRef(List.of(e.id()), "metonym-plural");
        for (String tpl : data.templates.getOrDefault("state-plural", List.of())) {
          for (String p : expand(tpl, e.adjectives(), e.aliases())) {
            trie.add(p, plural, true);
          }
        }
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() == ActorType.STATE || e.type() == ActorType.ORGANISATION) {
        offices(e);
      }
    }
    for (DictionaryData.EntrySpec p : data.entries.values()) {
      if (p.type() == ActorType.PERSON) {
        titles.addAll(p.titles().getOrDefault("", List.of()));
        p.titles().values().forEach(titles::addAll);
        for (RoleTerm r : p.roles()) {
          if (!r.title().isEmpty()) {
            titles.add(r.title());
          }
        }
      }
    }
    data.roleTitles.values().forEach(titles::addAll);
    for (String title : titles) {
      trie.add(title, new Target.TitleRef(key(title), false));
    }
    data.honorifics.values().forEach(list -> list.forEach(h -> trie.add(h, new Target.TitleRef(key(h), true))));
    for (DictionaryData.EntrySpec p : data.entries.values()) {
      if (p.type() == ActorType.PERSON) {
        Target s = new Target.ActorRef(List.of(p.id()), "surname");
        p.surnames().forEach(n -> trie.add(n, s, true));
      }
    }
    for (DictionaryData.GroupSpec g : data.groups) {
      Target t = new Target.GroupRef(g.refers(), g.count());
      g.phrases().forEach(p -> trie.add(p, t));
    }
    data.pronouns.forEach((kind, list) -> {
      Target t = new Target.PronounRef(kind);
      list.forEach(p -> trie.add(p, t));
    });
    return trie;
  }

  /** The offices of one state or organisation: title tables and self-qualifying role phrases. */
  private void offices(DictionaryData.EntrySpec e) {
    if (termsOf == null) {
      termsOf = new HashMap<>();
      for (Actor a : actors.values()) {
        for (RoleTerm r : a.roles()) {
          termsOf.computeIfAbsent(r.of(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    List<RoleTerm> held = termsOf.getOrDefault(e.id(), List.of());
    Set<String> roles = new LinkedHashSet<>();
    if (e.type() == ActorType.STATE) {
      roles.addAll(data.roleTitles.keySet());
    }
    roles.addAll(e.titles().keySet());
    roles.addAll(e.replaceTitles().keySet());
    roles.addAll(e.rolePhrases().keySet());
    for (RoleTerm r : held) {
      roles.add(r.role());
    }
    for (String role : roles) {
      List<String> ts = titlesOf(e, role);
      titles.addAll(ts);
      for (String title : ts) {
        String k = e.id() + "|" + key(title);
        roleTitles.putIfAbsent(k, role);
        if (e.type() == ActorType.STATE && data.ownRoles.contains(role)) {
          ownTitles.putIfAbsent(k, role);
        }
      }
      // Role titles carried by a holder ("Secretary of the Security Council") name the office too.
      for (RoleTerm r : held) {
        if (r.role().equals(role) && !r.title().isEmpty()) {
          roleTitles.putIfAbsent(e.id() + "|" + key(r.title()), role);
        }
      }
      Target t = new Target.RoleRef(e.id(), role);
      for (String p : e.rolePhrases().getOrDefault(role, List.of())) {
        trie.add(p, t);
        trie.add("the " + p, t);
      }
    }
  }

  private List<String> titlesOf(DictionaryData.EntrySpec e, String role) {
    List<String> ts = new ArrayList<>(e.replaceTitles().containsKey(role)
        ? e.replaceTitles().get(role) : data.roleTitles.getOrDefault(role, List.of()));
    ts.addAll(e.titles().getOrDefault(role, List.of()));
    return new ArrayList<>(new LinkedHashSet<>(ts));
  }

  /** The normalised key of a phrase, as the matcher sees it ("Press Secretary" → "press secretary"). */
  static String key(String phrase) {
    MatchTokens t = MatchTokens.of(phrase);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(t.key(i));
    }
    return sb.toString();
  }

  /** All phrases a state template yields: {adj} takes every adjective, {name} every name. */
  static List<String> expand(String template, List<String> adj, List<String> name) {
    List<String> out = new ArrayList<>();
    out.add(template);
    out = fill(out, "{adj}", adj);
    out = fill(out, "{name}", name);
    return out;
  }

  private static List<String> fill(List<String> in, String placeholder, List<String> values) {
    if (in.isEmpty() || !in.get(0).contains(placeholder)) {
      return in;
    }
    List<String> out = new ArrayList<>(in.size() * Math.max(1, values.size()));
    for (String s : in) {
      for (String v : values) {
        out.add(s.replace(placeholder, v));
      }
    }
    return out;
  }
}

package org.readout.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the dictionary into the phrase trie: names and aliases, adjectives, metonyms, role
 * phrases built from templates ({@code the {adj} {title}}, {@code {title} of {name}}), person names
 * with titles and honorifics ({@code {adj} {title} {alias}}, {@code {honorific} {alias}}), own-side
 * titles, group references, pronouns and ignore phrases. Single-use, single-threaded.
 *
 * <p>Registration order sets priority when two entries share the exact same phrase: ignore phrases,
 * then names, then adjectives and metonyms, then generated phrases.
 */
final class PhraseIndexBuilder {
  private final DictionaryData data;
  private final Map<String, Actor> actors;
  private final Map<String, String> ownTitles;
  private final PhraseTrie<Target> trie = new PhraseTrie<>();

  PhraseIndexBuilder(DictionaryData data, Map<String, Actor> actors, Map<String, String> ownTitles) {
    this.data = data;
    this.actors = actors;
    this.ownTitles = ownTitles;
  }

  PhraseTrie<Target> build() {
    Target ignore = new Target.Ignore();
    for (String p : data.ignore) {
      trie.add(p, ignore);
    }
    // Names first: persons, then everything else.
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() == ActorType.PERSON) {
        Target t = new Target.ActorRef(List.of(e.id()), "dictionary");
        e.aliases().forEach(a -> trie.add(a, t));
        trie.add(e.name(), t);
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() != ActorType.PERSON) {
        Target t = new Target.ActorRef(List.of(e.id()), "dictionary");
        trie.add(e.name(), t);
        e.aliases().forEach(a -> trie.add(a, t));
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      Target adj = new Target.ActorRef(List.of(e.id()), "adjective");
      if (e.type() == ActorType.STATE || e.type() == ActorType.REGION) {
        e.adjectives().forEach(a -> trie.add(a, adj));
      }
      Target met = new Target.ActorRef(List.of(e.id()), "metonym");
      e.metonyms().forEach(m -> trie.add(m, met));
      if (e.type() == ActorType.STATE) {
        for (String tpl : data.templates.getOrDefault("state", List.of())) {
          for (String p : expand(tpl, e.adjectives(), e.aliases(), List.of(), List.of(), List.of())) {
            trie.add(p, met);
          }
        }
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() == ActorType.STATE || e.type() == ActorType.ORGANISATION) {
        rolePhrases(e);
      }
    }
    for (DictionaryData.EntrySpec e : data.entries.values()) {
      if (e.type() == ActorType.PERSON) {
        personPhrases(e);
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

  /** Role phrases of one state or organisation, and its own-side titles. */
  private void rolePhrases(DictionaryData.EntrySpec e) {
    Set<String> roles = new LinkedHashSet<>();
    if (e.type() == ActorType.STATE) {
      roles.addAll(data.roleTitles.keySet());
    }
    roles.addAll(e.titles().keySet());
    roles.addAll(e.replaceTitles().keySet());
    roles.addAll(e.rolePhrases().keySet());
    for (Actor a : actors.values()) {
      for (RoleTerm r : a.roles()) {
        if (r.of().equals(e.id())) {
          roles.add(r.role());
        }
      }
    }
    List<String> adjectives = adjectivesOf(e);
    for (String role : roles) {
      List<String> titles = titlesOf(e, role);
      Target t = new Target.RoleRef(e.id(), role);
      for (String tpl : data.templates.getOrDefault("role", List.of())) {
        for (String p : expand(tpl, adjectives, e.aliases(), titles, List.of(), List.of())) {
          trie.add(p, t);
        }
      }
      for (String p : e.rolePhrases().getOrDefault(role, List.of())) {
        trie.add(p, t);
        trie.add("the " + p, t);
      }
      if (e.type() == ActorType.STATE && data.ownRoles.contains(role)) {
        for (String title : titles) {
          String key = key(title);
          ownTitles.putIfAbsent(e.id() + "|" + key, role);
          for (String tpl : data.templates.getOrDefault("own-role", List.of())) {
            for (String p : expand(tpl, List.of(), List.of(), List.of(title), List.of(), List.of())) {
              trie.add(p, new Target.OwnRoleRef(key));
            }
          }
        }
      }
    }
  }

  /** Names with titles and honorifics: "President Vladimir Putin of Russia", "Mr. Sullivan". */
  private void personPhrases(DictionaryData.EntrySpec p) {
    Target t = new Target.ActorRef(List.of(p.id()), "dictionary");
    List<String> names = new ArrayList<>(p.aliases());
    names.add(p.name());
    names.addAll(p.surnames());
    List<String> honorifics = new ArrayList<>(data.honorifics.getOrDefault(p.gender(), List.of()));
    honorifics.addAll(data.honorifics.getOrDefault("any", List.of()));
    for (String tpl : data.templates.getOrDefault("person", List.of())) {
      if (tpl.contains("{honorific}")) {
        for (String s : expand(tpl, List.of(), List.of(), List.of(), names, honorifics)) {
          trie.add(s, t);
        }
      }
    }
    Set<String> done = new LinkedHashSet<>();
    List<String> ownTitlesOfPerson = p.titles().getOrDefault("", List.of());
    for (RoleTerm r : p.roles()) {
      if (!done.add(r.of() + "|" + r.role())) {
        continue;
      }
      DictionaryData.EntrySpec of = data.entries.get(r.of());
      List<String> titles = new ArrayList<>(of == null ? data.roleTitles.getOrDefault(r.role(), List.of()) : titlesOf(of, r.role()));
      for (RoleTerm same : p.roles()) {
        if (same.of().equals(r.of()) && same.role().equals(r.role()) && !same.title().isEmpty()) {
          titles.add(same.title());
        }
      }
      titles.addAll(p.titles().getOrDefault(r.role(), List.of()));
      titles.addAll(ownTitlesOfPerson);
      if (of != null) {
        titles.addAll(of.rolePhrases().getOrDefault(r.role(), List.of()));
      }
      List<String> adjectives = of == null ? List.of() : adjectivesOf(of);
      List<String> entityNames = of == null ? List.of() : of.aliases();
      for (String tpl : data.templates.getOrDefault("person", List.of())) {
        if (!tpl.contains("{honorific}")) {
          for (String s : expand(tpl, adjectives, entityNames, dedupe(titles), names, List.of())) {
            trie.add(s, t);
          }
        }
      }
    }
    if (p.roles().isEmpty() && !ownTitlesOfPerson.isEmpty()) {
      for (String title : ownTitlesOfPerson) {
        for (String n : names) {
          trie.add(title + " " + n, t);
        }
      }
    }
  }

  private List<String> titlesOf(DictionaryData.EntrySpec e, String role) {
    List<String> titles = new ArrayList<>(e.replaceTitles().containsKey(role)
        ? e.replaceTitles().get(role) : data.roleTitles.getOrDefault(role, List.of()));
    titles.addAll(e.titles().getOrDefault(role, List.of()));
    return dedupe(titles);
  }

  /** A state's adjectives; an organisation's declared adjectives, else its acronym aliases (NATO). */
  private static List<String> adjectivesOf(DictionaryData.EntrySpec e) {
    if (!e.adjectives().isEmpty() || e.type() != ActorType.ORGANISATION) {
      return e.adjectives();
    }
    List<String> out = new ArrayList<>();
    for (String a : e.aliases()) {
      if (PhraseTrie.isAcronym(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<String> dedupe(List<String> in) {
    return new ArrayList<>(new LinkedHashSet<>(in));
  }

  /** The normalised key of a title, as the matcher sees it ("Press Secretary" → "press secretary"). */
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

  /**
   * All phrases a template yields: each placeholder ({adj}, {name}, {title}, {alias}, {honorific})
   * takes every value of its list; a template whose placeholder has no values yields nothing.
   */
  static List<String> expand(String template, List<String> adj, List<String> name, List<String> title,
                             List<String> alias, List<String> honorific) {
    List<String> out = new ArrayList<>();
    out.add(template);
    out = fill(out, "{adj}", adj);
    out = fill(out, "{name}", name);
    out = fill(out, "{title}", title);
    out = fill(out, "{alias}", alias);
    out = fill(out, "{honorific}", honorific);
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

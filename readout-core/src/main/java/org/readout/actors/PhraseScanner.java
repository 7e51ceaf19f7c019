package org.readout.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actor phrases in a token stream: a greedy left-to-right longest-match walk over the phrase
 * trie, then composition of adjacent matches into the phrases analysts write:
 * <ul>
 *   <li>state + title, or state + {@code 's} + title → the office ({@code the Russian President},
 *       {@code Russia's Foreign Minister});</li>
 *   <li>title + {@code of [the]} + state → the office ({@code the President of Russia});</li>
 *   <li>office or title or honorific, directly followed by a name (or by a name in commas) → that person,
 *       one mention ({@code US President Joseph Biden}, {@code Aide to the President Yury Ushakov},
 *       {@code MR. SULLIVAN}, {@code our National Security Advisor, Jake Sullivan,});</li>
 *   <li>name + {@code of [the]} + the person's own state → one mention ({@code President Vladimir Putin of Russia});</li>
 *   <li>{@code the} + title alone → the own side's office ({@code the President}); a title alone that only
 *       one state or organisation uses → that office ({@code the Secretary of State}, {@code NATO Secretary
 *       General}); neither when {@code of} and a capitalised word follow (someone else's office the
 *       dictionary does not know);</li>
 *   <li>a capital or seat after a locative preposition ({@code in Vienna}, {@code at the White House}) →
 *       nothing: a venue, not an actor (states and regions are kept: {@code in Ukraine});</li>
 *   <li>a group reference followed by {@code of} ({@code the leaders of France}) → nothing;</li>
 *   <li>a bare surname that needs a title ({@code Austin}, {@code Li}) or a bare title → nothing.</li>
 * </ul>
 * Immutable and thread-safe; per-call state lives on the stack.
 */
final class PhraseScanner {
  /** A composed phrase: tokens {@code [from, to)} and what they point to. */
  record Span(int from, int to, List<Target> targets) {
  }

  /** Prepositions after which a capital or seat of government names a place, not an actor. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "to", "via",
      "into", "across", "within");

  private final PhraseTrie<Target> trie;
  private final Map<String, Actor> actors;
  private final Map<String, String> roleTitles;

  PhraseScanner(PhraseTrie<Target> trie, Map<String, Actor> actors, Map<String, String> roleTitles) {
    this.trie = trie;
    this.actors = actors;
    this.roleTitles = roleTitles;
  }

  List<Span> scan(MatchTokens t, CharSequence text) {
    List<PhraseTrie.Match<List<Target>>> raws = new ArrayList<>();
    int i = 0;
    int n = t.size();
    while (i < n) {
      PhraseTrie.Match<List<Target>> m = trie.longest(t, i);
      if (m == null) {
        i++;
        continue;
      }
      raws.add(m);
      i = m.to();
    }
    List<Span> out = new ArrayList<>(raws.size());
    int k = 0;
    while (k < raws.size()) {
      k += compose(raws, k, t, text, out);
    }
    return out;
  }

  /** Composes the phrase starting at raw match {@code k}; returns how many raw matches it used. */
  private int compose(List<PhraseTrie.Match<List<Target>>> raws, int k, MatchTokens t, CharSequence text,
                      List<Span> out) {
    PhraseTrie.Match<List<Target>> r = raws.get(k);
    Target first = r.value().get(0);
    if (first instanceof Target.Ignore) {
      return 1;
    }
    int start = r.from();
    int end = r.to();
    int next = k + 1;
    Target.RoleRef office = null;
    Target.TitleRef title = null;
    String qual = qualifier(r);
    if (qual != null) {
      PhraseTrie.Match<List<Target>> n1 = at(raws, k + 1);
      if (n1 != null && n1.value().get(0) instanceof Target.TitleRef tr && !tr.honorific()) {
        boolean adjacent = n1.from() == r.to() || (n1.from() == r.to() + 1 && t.key(r.to()).equals("'s"));
        String role = adjacent ? roleTitles.get(qual + "|" + tr.key()) : null;
        if (role != null) {
          office = new Target.RoleRef(qual, role);
          start = withThe(t, r.from(), out);
          end = n1.to();
          next = k + 2;
        }
      }
      if (office == null) {
        out.add(new Span(r.from(), r.to(), r.value()));
        return 1;
      }
    } else if (first instanceof Target.RoleRef rr) {
      office = rr;
    } else if (first instanceof Target.TitleRef tr) {
      title = tr;
      if (!tr.honorific() && end + 1 < t.size() && t.key(end).equals("of")) {
        PhraseTrie.Match<List<Target>> n1 = at(raws, k + 1);
        if (n1 != null) {
          int gap = n1.from() - end;
          boolean ok = gap == 1 || (gap == 2 && t.key(end + 1).equals("the"));
          String q = ok ? qualifier(n1) : null;
          String role = q == null ? null : roleTitles.get(q + "|" + tr.key());
          if (role != null) {
            office = new Target.RoleRef(q, role);
            start = withThe(t, r.from(), out);
            end = n1.to();
            next = k + 2;
            title = null;
          }
        }
      }
    } else if (isPerson(first)) {
      if (((Target.ActorRef) first).rule().equals("surname")) {
        return 1;
      }
      return person(raws, k, r.from(), t, out, k);
    } else if (first instanceof Target.GroupRef && end < t.size() && t.key(end).equals("of")) {
      // "the leaders of France, Germany and Italy" names other leaders, not the meeting's participants.
      return 1;
    } else if (first instanceof Target.ActorRef a && a.rule().equals("metonym") && locative(raws, k, t)) {
      // "talks in Vienna", "at the White House": a capital or seat used as a place is not an actor.
      return 1;
    } else {
      out.add(new Span(r.from(), r.to(), r.value()));
      return 1;
    }

    PhraseTrie.Match<List<Target>> name = at(raws, next);
    if (name != null && isPerson(name.value().get(0))
        && (name.from() == end || (name.from() == end + 1 && t.key(end).equals(",") && apposition(raws, next, t)))) {
      return person(raws, next, start, t, out, k);
    }
    if (office != null) {
      out.add(new Span(start, end, List.of(office)));
      return next - k;
    }
    if (title != null && !title.honorific() && !namesSomeoneElse(raws, k, t, text, end)) {
      boolean the = r.from() > 0 && t.key(r.from() - 1).equals("the")
          && (out.isEmpty() || out.get(out.size() - 1).to() <= r.from() - 1);
      out.add(new Span(the ? r.from() - 1 : r.from(), end, List.of(new Target.OwnRoleRef(title.key(), the))));
    }
    return next - k;
  }

  /** "in Vienna", and "in Helsinki and Vienna": a place after a locative preposition. */
  private static boolean locative(List<PhraseTrie.Match<List<Target>>> raws, int k, MatchTokens t) {
    int from = raws.get(k).from();
    if (from > 0 && LOCATIVE.contains(t.key(from - 1))) {
      return true;
    }
    if (k > 0 && from > 1 && (t.key(from - 1).equals("and") || t.key(from - 1).equals("or") || t.key(from - 1).equals(","))
        && raws.get(k - 1).to() == from - 1 && raws.get(k - 1).value().get(0) instanceof Target.ActorRef a
        && a.rule().equals("metonym")) {
      return locative(raws, k - 1, t);
    }
    return false;
  }

  /**
   * Whether an unqualified title at raw match {@code k} (ending at token {@code end}) belongs to someone
   * the dictionary does not know: another state's adjective before it ("French Queen"), an unknown
   * capitalised name after it ("Queen Marie Antoinette"), or "of" and a capitalised word after it
   * ("the President of Freedonia").
   */
  private boolean namesSomeoneElse(List<PhraseTrie.Match<List<Target>>> raws, int k, MatchTokens t, CharSequence text,
                                   int end) {
    PhraseTrie.Match<List<Target>> r = raws.get(k);
    if (k > 0 && raws.get(k - 1).to() == r.from() && qualifier(raws.get(k - 1)) != null) {
      return true;
    }
    if (end < t.size() && Character.isUpperCase(text.charAt(t.start(end)))
        && Character.isLetter(text.charAt(t.start(end)))) {
      return true;
    }
    return end + 1 < t.size() && t.key(end).equals("of") && Character.isUpperCase(text.charAt(t.start(end + 1)));
  }

  /**
   * A person mention from name match {@code k} (maybe preceded by a title from {@code start}), extended
   * by "of [the] STATE" when that state is the person's; returns raw matches used since {@code first}.
   */
  private int person(List<PhraseTrie.Match<List<Target>>> raws, int k, int start, MatchTokens t, List<Span> out,
                     int first) {
    PhraseTrie.Match<List<Target>> name = raws.get(k);
    List<String> ids = new ArrayList<>();
    for (Target v : name.value()) {
      if (v instanceof Target.ActorRef a) {
        ids.addAll(a.ids());
      }
    }
    int end = name.to();
    int used = k + 1 - first;
    PhraseTrie.Match<List<Target>> n1 = at(raws, k + 1);
    if (n1 != null && end < t.size() && t.key(end).equals("of")) {
      int gap = n1.from() - end;
      boolean ok = gap == 1 || (gap == 2 && t.key(end + 1).equals("the"));
      String q = ok ? qualifier(n1) : null;
      if (q != null && belongsTo(ids, q)) {
        end = n1.to();
        used++;
      }
    }
    out.add(new Span(start, end, List.of(new Target.ActorRef(ids, "dictionary"))));
    return used;
  }

  /**
   * "the National Security Advisor, Jake Sullivan, said": a name set off by commas after a title is
   * the title's holder when the name is closed by a comma or ends the sentence (not a list).
   */
  private static boolean apposition(List<PhraseTrie.Match<List<Target>>> raws, int name, MatchTokens t) {
    int after = raws.get(name).to();
    return after >= t.size() || t.key(after).equals(",") || t.key(after).equals(".");
  }

  private boolean belongsTo(List<String> ids, String entity) {
    for (String id : ids) {
      Actor a = actors.get(id);
      if (a == null) {
        continue;
      }
      if (a.entityId().equals(entity)) {
        return true;
      }
      for (RoleTerm r : a.roles()) {
        if (r.of().equals(entity)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The state or organisation a name or adjective match stands for, or null. */
  private String qualifier(PhraseTrie.Match<List<Target>> m) {
    if (!(m.value().get(0) instanceof Target.ActorRef a)) {
      return null;
    }
    if (!a.rule().equals("dictionary") && !a.rule().equals("adjective")) {
      return null;
    }
    Actor actor = actors.get(a.ids().get(0));
    if (actor == null || (actor.type() != ActorType.STATE && actor.type() != ActorType.ORGANISATION)) {
      return null;
    }
    return actor.id();
  }

  private boolean isPerson(Target target) {
    if (!(target instanceof Target.ActorRef a)) {
      return false;
    }
    Actor actor = actors.get(a.ids().get(0));
    return actor != null && actor.isPerson();
  }

  /** Includes a preceding "the" in the span, unless an earlier span already holds it. */
  private static int withThe(MatchTokens t, int from, List<Span> out) {
    if (from > 0 && t.key(from - 1).equals("the") && (out.isEmpty() || out.get(out.size() - 1).to() <= from - 1)) {
      return from - 1;
    }
    return from;
  }

  private static <T> T at(List<T> list, int i) {
    return i < list.size() ? list.get(i) : null;
  }
}

package org.readout.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.model.Mention;
import org.readout.model.StatementMeta;

/**
 * Participant inference for the {@link ActorStage}: who took part in the call or meeting a statement
 * reports, so group phrases ("the two leaders", "both sides") can be expanded to them. Reads the
 * statement's title, meeting slug and the direct mentions the stage found; the cue words come from
 * {@link ParticipantCues}. Immutable and thread-safe.
 */
final class Participants {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ActorDictionary dictionary;
  private final ParticipantCues cues;

  Participants(ActorDictionary dictionary, ParticipantCues cues) {
    this.dictionary = dictionary;
    this.cues = cues;
  }

  /**
   * The participants of the call or meeting this statement reports, at most one per state or
   * organisation, own side first. The statement's own title and text come first, because a statement
   * filed under one meeting may report another (a readout of a call with allies, filed under the
   * Biden–Putin call, reports a call with allies). In order, the first that yields two or more:
   * <ol>
   *   <li>title: when the title names a call or meeting ({@code meeting-words} in
   *       {@code participants.yaml}), the persons it names, then the leaders of the states it names
   *       without a person ("Readout of President Biden's Call with President Macron of France,
   *       Chancellor Merkel of Germany, …");</li>
   *   <li>slug: the persons named in the meeting slug ({@code 2021-12-07-biden-putin-video-call} →
   *       Biden, Putin), when the title or text names every one of them (a briefing on that call);</li>
   *   <li>text: the persons, or the leaders of the states, listed right after the first partner cue
   *       ({@code partner-cues}: "held a call with the leaders of France, Germany and Italy", "spoke with
   *       President X") that names someone outside the own side;</li>
   *   <li>slug, as a last resort, when it names at least two persons even if the text does not;</li>
   *   <li>otherwise: the own side's leader, then persons named in the title, then the leaders of the
   *       states whose persons the text mentions, most mentioned first, then — only while fewer than
   *       two — the leader of the state the text mentions most.</li>
   * </ol>
   * In steps 1 and 3 the own side is represented by its leader when named (else by the first own
   * person named, else by its leader on the statement date), so a press secretary named in a title
   * never stands in for the president.
   */
  List<Actor> of(StatementMeta meta, String text, List<Mention> direct, LocalDate date, String own) {
    List<Actor> fromSlug = slugPersons(meta.meeting(), date);
    if (cues.namesMeeting(meta.title())) {
      List<Actor> fromTitle = withOwnSide(titleActors(meta.title(), date), date, own);
      if (fromTitle.size() >= 2) {
        return fromTitle;
      }
    }
    if (fromSlug.size() >= 2 && allNamed(fromSlug, meta.title(), direct, date)) {
      return ownFirst(fromSlug, date, own);
    }
    List<Actor> fromText = withOwnSide(textPartners(text, direct, date, own), date, own);
    if (fromText.size() >= 2) {
      return fromText;
    }
    if (fromSlug.size() >= 2) {
      return ownFirst(fromSlug, date, own);
    }
    Map<String, Actor> byEntity = new LinkedHashMap<>();
    if (!own.isEmpty()) {
      leaderOrState(own, date).ifPresent(a -> byEntity.put(own, a));
    }
    for (Actor a : titlePersons(meta.title(), date)) {
      byEntity.putIfAbsent(a.entityOn(date), a);
    }
    for (String state : ranked(direct, true)) {
      leaderOrState(state, date).ifPresent(a -> byEntity.putIfAbsent(state, a));
    }
    if (byEntity.size() < 2) {
      for (String state : ranked(direct, false)) {
        if (byEntity.size() >= 2) {
          break;
        }
        leaderOrState(state, date).ifPresent(a -> byEntity.putIfAbsent(state, a));
      }
    }
    return new ArrayList<>(byEntity.values());
  }

  private static List<Actor> ownFirst(List<Actor> actors, LocalDate date, String own) {
    List<Actor> ordered = new ArrayList<>();
    for (Actor a : actors) {
      if (a.entityOn(date).equals(own)) {
        ordered.add(a);
      }
    }
    for (Actor a : actors) {
      if (!ordered.contains(a)) {
        ordered.add(a);
      }
    }
    return ordered;
  }

  /**
   * {@code named} (persons, in order) reduced to one per state or organisation, the own side first:
   * its leader when named, else the first own person named, else its leader on {@code date}.
   */
  private List<Actor> withOwnSide(List<Actor> named, LocalDate date, String own) {
    Map<String, Actor> byEntity = new LinkedHashMap<>();
    if (!own.isEmpty()) {
      Actor leader = dictionary.holderOf(own, "leader", date).orElse(null);
      Actor chosen = named.contains(leader) ? leader : null;
      for (Actor a : named) {
        if (chosen == null && a.entityOn(date).equals(own)) {
          chosen = a;
        }
      }
      if (chosen == null) {
        chosen = leader;
      }
      if (chosen != null) {
        byEntity.put(own, chosen);
      }
    }
    for (Actor a : named) {
      byEntity.putIfAbsent(a.entityOn(date), a);
    }
    return new ArrayList<>(byEntity.values());
  }

  /** Whether every one of {@code persons} is named in the title or mentioned by name or role in the text. */
  private boolean allNamed(List<Actor> persons, String title, List<Mention> direct, LocalDate date) {
    Set<String> named = new LinkedHashSet<>();
    for (Actor a : titlePersons(title, date)) {
      named.add(a.id());
    }
    for (Mention m : direct) {
      named.add(m.actorId());
    }
    for (Actor p : persons) {
      if (!named.contains(p.id())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The partners listed after the first partner cue that names someone outside the own side: a run
   * of person or state mentions joined only by commas, "and" and "the", states standing for their
   * leader on {@code date}.
   */
  private List<Actor> textPartners(String text, List<Mention> direct, LocalDate date, String own) {
    int next = 0;
    for (int cueEnd : cues.cueEnds(text)) {
      while (next < direct.size() && direct.get(next).start() < cueEnd) {
        next++;
      }
      List<Actor> out = new ArrayList<>();
      int from = cueEnd;
      boolean outsider = false;
      for (int i = next; i < direct.size(); i++) {
        Mention m = direct.get(i);
        boolean listed = m.actorType().equals("person") || m.actorType().equals("state");
        if (!listed || m.rule().equals("adjective") || !separator(text, from, m.start(), i == next)) {
          break;
        }
        Actor a = m.actorType().equals("person") ? dictionary.find(m.actorId()).orElse(null)
            : leaderOrState(m.entityId(), date).orElse(null);
        if (a != null && !out.contains(a)) {
          out.add(a);
          outsider |= !a.entityOn(date).equals(own);
        }
        from = m.end();
      }
      if (outsider) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * Whether {@code text[from, to)} only joins list items: blank, "the", or (between items) commas
   * and "and". A bounded length keeps it from bridging clauses.
   */
  private static boolean separator(String text, int from, int to, boolean lead) {
    if (to < from || to - from > 12) {
      return false;
    }
    String gap = text.substring(from, to).replace(',', ' ').strip().toLowerCase(Locale.ROOT);
    if (gap.isEmpty() || gap.equals("the")) {
      return lead ? text.indexOf(',', from) < 0 || text.indexOf(',', from) >= to : true;
    }
    if (lead) {
      return false;
    }
    String[] words = SPACES.split(gap);
    return (words.length == 1 && words[0].equals("and"))
        || (words.length == 2 && words[0].equals("and") && words[1].equals("the"));
  }

  /**
   * Persons named in a title, then the leaders of the states it names with no person of theirs
   * ("U.S.-Russia Presidential Joint Statement").
   */
  private List<Actor> titleActors(String title, LocalDate date) {
    List<Actor> out = new ArrayList<>(titlePersons(title, date));
    Set<String> covered = new LinkedHashSet<>();
    for (Actor a : out) {
      covered.add(a.entityOn(date));
    }
    for (PhraseScanner.Span sp : dictionary.scanner().scan(MatchTokens.of(title), title)) {
      if (sp.targets().get(0) instanceof Target.ActorRef r && !r.rule().equals("adjective")) {
        for (Actor a : dictionary.resolveTarget(sp.targets(), date, "")) {
          if (a.type() == ActorType.STATE && covered.add(a.id())) {
            leaderOrState(a.id(), date).filter(l -> !out.contains(l)).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  /**
   * Who stands for {@code state} among the participants: its leader on {@code date}, else the state itself when the
   * dictionary knows no holder ("Prime Minister Petr Fiala of the Czech Republic" with no Czech persons listed makes
   * "the leaders" the US and the Czech Republic, not whichever state the text mentions most).
   */
  private java.util.Optional<Actor> leaderOrState(String state, LocalDate date) {
    java.util.Optional<Actor> leader = dictionary.holderOf(state, "leader", date);
    return leader.isPresent() ? leader : dictionary.find(state).filter(a -> a.type() == ActorType.STATE);
  }

  /** States of person mentions ({@code persons}) or state mentions, most mentioned first, ties by first mention. */
  private List<String> ranked(List<Mention> direct, boolean persons) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : direct) {
      boolean wanted = persons ? m.actorType().equals("person") : m.actorType().equals("state");
      if (wanted && dictionary.find(m.entityId()).map(a -> a.type() == ActorType.STATE).orElse(false)) {
        counts.merge(m.entityId(), 1, Integer::sum);
      }
    }
    List<String> states = new ArrayList<>(counts.keySet());
    List<String> firstSeen = List.copyOf(states);
    states.sort((a, b) -> counts.get(a).equals(counts.get(b))
        ? Integer.compare(firstSeen.indexOf(a), firstSeen.indexOf(b)) : Integer.compare(counts.get(b), counts.get(a)));
    return states;
  }

  /** Persons named in a statement title ("Meeting with US President Joseph Biden"). */
  private List<Actor> titlePersons(String title, LocalDate date) {
    if (title == null || title.isEmpty()) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>();
    for (PhraseScanner.Span sp : dictionary.scanner().scan(MatchTokens.of(title), title)) {
      if (sp.targets().get(0) instanceof Target.ActorRef || sp.targets().get(0) instanceof Target.RoleRef) {
        for (Actor a : dictionary.resolveTarget(sp.targets(), date, "")) {
          if (a.isPerson() && !out.contains(a)) {
            out.add(a);
          }
        }
      }
    }
    return out;
  }

  private List<Actor> slugPersons(String meeting, LocalDate date) {
    if (meeting == null || meeting.isEmpty()) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>();
    // Slugs are lower case; names only match capitalised, so capitalise every slug word first.
    StringBuilder words = new StringBuilder();
    for (String w : meeting.split("[-_\\s]+")) {
      if (!w.isEmpty()) {
        words.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length()).append(' ');
      }
    }
    MatchTokens t = MatchTokens.of(words.toString());
    PhraseTrie<Target> trie = dictionary.trie();
    for (int i = 0; i < t.size(); i++) {
      PhraseTrie.Match<List<Target>> m = trie.longest(t, i);
      if (m != null && m.value().get(0) instanceof Target.ActorRef) {
        for (Actor a : dictionary.resolveTarget(m.value(), date, "")) {
          if (a.isPerson() && !out.contains(a)) {
            out.add(a);
          }
        }
        i = m.to() - 1;
      }
    }
    return out;
  }
}

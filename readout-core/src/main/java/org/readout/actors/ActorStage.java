package org.readout.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Pipeline;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;
import org.readout.model.StatementMeta;

/**
 * Finds actor mentions in each sentence and resolves them to canonical actors of an
 * {@link ActorDictionary}. Runs after the sentence stage (mentions never cross a sentence; a
 * statement without sentences gets no mentions).
 *
 * <p>How: one left-to-right longest-match walk per sentence over a token trie of every dictionary
 * phrase (cost proportional to text length, not to dictionary size), then two resolution passes.
 * Rules written to {@link Mention#rule()}:
 * <ul>
 *   <li>{@code dictionary} — a name or alias ({@code Vladimir Putin}, {@code President Putin of Russia},
 *       {@code MR. SULLIVAN}, {@code NATO}, {@code Donbass}); shared names pick the holder active on the
 *       statement date ({@code Premier Li} in 2022 is Li Keqiang, in 2024 Li Qiang);</li>
 *   <li>{@code metonym} — capitals and stand-ins ({@code Kiev}, {@code the Kremlin}, {@code the US side});</li>
 *   <li>{@code adjective} — {@code Russian}, {@code American} (the state, for counting);</li>
 *   <li>{@code role} — a role phrase resolved to who held it on the statement date
 *       ({@code the Russian President}, {@code the US President}); the latest holder when undated; the
 *       state itself when the dictionary knows no holder;</li>
 *   <li>{@code own-head-of-state} / {@code own-role} — an unqualified title on the statement's own side
 *       ({@code the President} in a White House text is the US president);</li>
 *   <li>{@code group} — {@code the two leaders}, {@code both sides}: one mention per participant of the
 *       call or meeting the statement reports — taken first from its own title and text ("call with the
 *       leaders of France, Germany and Italy"), from the meeting slug only when the statement names the
 *       slug's persons or nothing else is found (see {@link #participants});</li>
 *   <li>{@code pronoun} — {@code he/him/his} and {@code she/her} to a preceding person mention of that
 *       gender (the first in the pronoun's own sentence, else the first in the nearest earlier sentence:
 *       subjects beat objects), {@code they/them/their} to the nearest preceding group reference (or
 *       plural stand-in such as {@code the US authorities}) in the same or the previous sentence (a
 *       resolved "they" passes the group on); singular pronouns look up to {@value #PRONOUN_WINDOW}
 *       sentences back.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; per-call state lives on the stack.
 */
public final class ActorStage implements AnalysisStage {
  /** How many sentences back a pronoun may look for its antecedent (0 = same sentence only). */
  static final int PRONOUN_WINDOW = 3;
  /**
   * How many sentences back "they/them/their" may look (0 = same sentence). Kept short because plural
   * pronouns more often refer to things ("them", the measures) than singular ones do to people.
   */
  static final int PLURAL_WINDOW = 1;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final ParticipantCues CUES = ParticipantCues.bundled();

  private final ActorDictionary dictionary;

  /** A stage over the bundled dictionary. */
  public ActorStage() {
    this(ActorDictionary.standard());
  }

  public ActorStage(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** A stage over the bundled dictionary extended by a user file (CLI {@code --actors FILE}). */
  public static ActorStage withUserDictionary(Path file) {
    return new ActorStage(ActorDictionary.load(file));
  }

  /**
   * {@code pipeline} with its {@code actors} stage replaced by one over {@code dictionary} (appended
   * when it has none): how the CLI applies {@code --actors FILE} to {@code Readout.standard()}, e.g.
   * {@code Readout.of(ActorStage.withDictionary(Readout.standard().pipeline(), ActorDictionary.load(file)))}.
   */
  public static Pipeline withDictionary(Pipeline pipeline, ActorDictionary dictionary) {
    ActorStage replacement = new ActorStage(dictionary);
    List<AnalysisStage> stages = new ArrayList<>();
    boolean replaced = false;
    for (AnalysisStage s : pipeline.stages()) {
      if (s.name().equals(replacement.name())) {
        stages.add(replacement);
        replaced = true;
      } else {
        stages.add(s);
      }
    }
    if (!replaced) {
      stages.add(replacement);
    }
    return new Pipeline(stages);
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    return in.withMentions(find(in));
  }

  /** A matched phrase before resolution. */
  private record Hit(int sentence, int start, int end, List<Target> targets) {
  }

  /** The mentions of a statement, in text order. */
  List<Mention> find(AnalyzedStatement in) {
    String text = in.text();
    StatementMeta meta = in.meta();
    LocalDate date = meta.date();
    String own = Sides.actorOf(meta.side()).orElse("");
    List<Hit> hits = match(text, in.sentences());

    // Pass 1: names, roles, own-side titles.
    List<List<Mention>> slots = new ArrayList<>(hits.size());
    List<Mention> direct = new ArrayList<>();
    for (Hit h : hits) {
      List<Mention> ms = List.of();
      Target first = h.targets.get(0);
      if (first instanceof Target.ActorRef || first instanceof Target.RoleRef || first instanceof Target.OwnRoleRef) {
        List<Actor> actors = dictionary.resolveTarget(h.targets, date, own);
        if (!actors.isEmpty()) {
          String rule = first instanceof Target.OwnRoleRef o && (!o.own() || dictionary.ownRole(own, o.titleKey()).isEmpty())
              ? "role" : rule(first, actors.get(0));
          if (rule.equals("metonym-plural")) {
            rule = "metonym";
          }
          ms = List.of(mention(text, h, actors.get(0), date, rule));
          direct.addAll(ms);
        }
      }
      slots.add(ms);
    }

    // Pass 2: groups and pronouns, in text order, against what precedes them.
    List<Actor> participants = null;
    List<Mention> persons = new ArrayList<>();
    Mention previous = null;
    Mention lastEntity = null;
    List<Mention> lastGroup = null;
    int lastGroupSentence = -1;
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      Target first = h.targets.get(0);
      List<Mention> ms = slots.get(k);
      if (first instanceof Target.GroupRef g) {
        if (participants == null) {
          participants = participants(meta, text, direct, date, own);
        }
        List<Actor> group = groupMembers(g, participants, date);
        List<Mention> out = new ArrayList<>(group.size());
        for (Actor a : group) {
          out.add(mention(text, h, a, date, "group"));
        }
        ms = out;
        if (!out.isEmpty()) {
          lastGroup = out;
          lastGroupSentence = h.sentence;
        }
      } else if (first instanceof Target.ActorRef a && a.rule().equals("metonym-plural") && !ms.isEmpty()) {
        // "the US authorities … they": a plural stand-in for a state is a "they" antecedent too.
        lastGroup = ms;
        lastGroupSentence = h.sentence;
      } else if (first instanceof Target.PronounRef p) {
        List<Mention> out = new ArrayList<>(2);
        if (p.kind().equals("plural")) {
          if (lastGroup != null && h.sentence - lastGroupSentence <= PLURAL_WINDOW) {
            for (Mention g : lastGroup) {
              out.add(copy(text, h, g, "pronoun"));
            }
            // "Both sides … They … They" — each resolved "they" carries the group one sentence further.
            lastGroupSentence = h.sentence;
          }
        } else if (p.kind().equals("neuter")) {
          // "NATO … its military capabilities": the nearest state or organisation in the same sentence.
          if (lastEntity != null && lastEntity.sentence() == h.sentence) {
            out.add(copy(text, h, lastEntity, "pronoun"));
          }
        } else {
          Mention ante = antecedent(persons, h.sentence, p.kind());
          if (ante != null) {
            out.add(copy(text, h, ante, "pronoun"));
          }
        }
        ms = out;
      }
      slots.set(k, ms);
      for (Mention m : ms) {
        if (m.actorType().equals("person") && !m.rule().equals("group")) {
          persons.add(m);
        }
      }
      if (ms.size() == 1 && !ms.get(0).rule().equals("adjective") && !ms.get(0).rule().equals("pronoun")
          && (ms.get(0).actorType().equals("state") || ms.get(0).actorType().equals("organisation"))) {
        lastEntity = ms.get(0);
      }
      // "the United States and Russia … they": two states or two persons joined by "and" are plural.
      if (ms.size() == 1 && previous != null && coordinated(text, previous, ms.get(0))) {
        lastGroup = List.of(previous, ms.get(0));
        lastGroupSentence = h.sentence;
      }
      previous = ms.size() == 1 ? ms.get(0) : null;
    }
    List<Mention> out = new ArrayList<>();
    slots.forEach(out::addAll);
    return out;
  }

  /** Whether {@code b} follows {@code a} as "A and B", both states or both persons, in one sentence. */
  private static boolean coordinated(String text, Mention a, Mention b) {
    if (a.sentence() != b.sentence() || !a.actorType().equals(b.actorType()) || a.actorId().equals(b.actorId())
        || !(a.actorType().equals("state") || a.actorType().equals("person"))
        || a.rule().equals("adjective") || b.rule().equals("adjective") || a.rule().equals("pronoun")
        || b.rule().equals("pronoun")) {
      return false;
    }
    if (b.start() - a.end() > 10) {
      return false;
    }
    String between = text.substring(a.end(), b.start()).strip();
    return between.equals("and") || between.equals("and the");
  }

  /**
   * The antecedent of a singular pronoun in sentence {@code sentence}: among the person mentions of
   * the given gender before it, the first of its own sentence, else the first of the nearest earlier
   * sentence within the window. Preferring the first (usually the subject) over the nearest is what
   * resolves "President Biden was direct with President Putin, as he always is" to Biden.
   */
  private Mention antecedent(List<Mention> persons, int sentence, String gender) {
    // Walk back from the latest person mention: within a sentence the earliest match wins (it is
    // overwritten as we go back), and a match in a later sentence beats any in an earlier one.
    Mention best = null;
    for (int i = persons.size() - 1; i >= 0; i--) {
      Mention m = persons.get(i);
      if (sentence - m.sentence() > PRONOUN_WINDOW || (best != null && m.sentence() < best.sentence())) {
        break;
      }
      if (gender.equals(dictionary.find(m.actorId()).map(Actor::gender).orElse(""))) {
        best = m;
      }
    }
    return best;
  }

  private static String rule(Target first, Actor resolved) {
    if (first instanceof Target.ActorRef a) {
      return a.rule();
    }
    if (first instanceof Target.OwnRoleRef) {
      return resolved.roles().isEmpty() ? "own-role" : ownRule(resolved);
    }
    return "role";
  }

  private static String ownRule(Actor a) {
    // The rule names the head of state explicitly because analysts ask for it by name.
    for (RoleTerm r : a.roles()) {
      if (r.role().equals("head-of-state")) {
        return "own-head-of-state";
      }
    }
    return "own-role";
  }

  /** Longest-match walk and composition over every sentence. */
  private List<Hit> match(String text, List<Sentence> sentences) {
    PhraseScanner scanner = dictionary.scanner();
    MatchTokens tokens = new MatchTokens();
    List<Hit> hits = new ArrayList<>();
    for (Sentence s : sentences) {
      int from = Math.max(0, s.start());
      int to = Math.min(text.length(), s.end());
      if (to <= from) {
        continue;
      }
      tokens.tokenize(text, from, to);
      for (PhraseScanner.Span sp : scanner.scan(tokens, text)) {
        hits.add(new Hit(s.index(), tokens.start(sp.from()), tokens.end(sp.to() - 1), sp.targets()));
      }
    }
    return hits;
  }

  private static Mention mention(String text, Hit h, Actor a, LocalDate date, String rule) {
    return new Mention(h.sentence, h.start, h.end, text.substring(h.start, h.end), a.id(), a.name(),
        a.type().id(), a.entityOn(date), rule);
  }

  private static Mention copy(String text, Hit h, Mention antecedent, String rule) {
    return new Mention(h.sentence, h.start, h.end, text.substring(h.start, h.end), antecedent.actorId(),
        antecedent.actorName(), antecedent.actorType(), antecedent.entityId(), rule);
  }

  /** Leaders for "the two leaders"; their states for "both sides"; at most {@code count} when given. */
  private List<Actor> groupMembers(Target.GroupRef g, List<Actor> participants, LocalDate date) {
    List<Actor> people = g.count() > 0 && participants.size() > g.count()
        ? participants.subList(0, g.count()) : participants;
    if (g.refers().equals("leaders")) {
      return people;
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Actor> states = new ArrayList<>();
    for (Actor p : people) {
      String e = p.entityOn(date);
      if (seen.add(e)) {
        dictionary.find(e).ifPresent(states::add);
      }
    }
    return states;
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
  List<Actor> participants(StatementMeta meta, String text, List<Mention> direct, LocalDate date, String own) {
    List<Actor> fromSlug = slugPersons(meta.meeting(), date);
    if (CUES.namesMeeting(meta.title())) {
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
      dictionary.holderOf(own, "leader", date).ifPresent(a -> byEntity.put(own, a));
    }
    for (Actor a : titlePersons(meta.title(), date)) {
      byEntity.putIfAbsent(a.entityOn(date), a);
    }
    for (String state : ranked(direct, true)) {
      dictionary.holderOf(state, "leader", date).ifPresent(a -> byEntity.putIfAbsent(state, a));
    }
    if (byEntity.size() < 2) {
      for (String state : ranked(direct, false)) {
        if (byEntity.size() >= 2) {
          break;
        }
        dictionary.holderOf(state, "leader", date).ifPresent(a -> byEntity.putIfAbsent(state, a));
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
    for (int cueEnd : CUES.cueEnds(text)) {
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
            : dictionary.holderOf(m.entityId(), "leader", date).orElse(null);
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
            dictionary.holderOf(a.id(), "leader", date).filter(l -> !out.contains(l)).ifPresent(out::add);
          }
        }
      }
    }
    return out;
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

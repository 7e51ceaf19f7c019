package org.readout.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.LayerKey;
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
 *       slug's persons or nothing else is found (see {@link Participants#of});</li>
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

  private final ActorDictionary dictionary;
  private final Participants participants;
  private final ParticipantCues cues;
  private final TitleNames titleNames;

  /**
   * A stage resolving mentions against {@code dictionary} (the bundled one, or the bundled one merged
   * with a user's file: {@link ActorDictionary#load}), inferring meeting participants with {@code cues}.
   */
  public ActorStage(ActorDictionary dictionary, ParticipantCues cues) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.participants = new Participants(dictionary, Objects.requireNonNull(cues, "cues"));
    this.cues = cues;
    this.titleNames = new TitleNames(cues.offices());
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    return in.with(Layers.MENTIONS, find(in));
  }

  /** A matched phrase before resolution. */
  private record Hit(int sentence, int start, int end, List<Target> targets, Mention fixed) {
    Hit(int sentence, int start, int end, List<Target> targets) {
      this(sentence, start, end, targets, null);
    }
  }

  /** The mentions of a statement, in text order. */
  List<Mention> find(AnalyzedStatement in) {
    String text = in.text();
    StatementMeta meta = in.meta();
    LocalDate date = meta.date();
    String own = Sides.actorOf(meta.side()).orElse("");
    List<Hit> hits = withTitleNames(match(text, in.sentences()), text, in.sentences(), meta, date);

    // Pass 1: names, roles, own-side titles.
    List<List<Mention>> slots = new ArrayList<>(hits.size());
    List<Mention> direct = new ArrayList<>();
    for (Hit h : hits) {
      List<Mention> ms = List.of();
      Target first = h.targets.isEmpty() ? null : h.targets.get(0);
      if (h.fixed != null) {
        ms = List.of(h.fixed);
        direct.addAll(ms);
      } else if (first instanceof Target.ActorRef || first instanceof Target.RoleRef || first instanceof Target.OwnRoleRef) {
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

    // Pass 1b: "the Prime Minister" in a readout of the President's call with Prime Minister X: an unqualified title
    // the own side has no holder of is the participant who holds it that day (only when the title names the call or
    // meeting, so the participants are not guessed from the text).
    List<Actor> inferred = null;
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      if (slots.get(k).isEmpty() && !h.targets.isEmpty() && h.targets.get(0) instanceof Target.OwnRoleRef o
          && cues.namesMeeting(meta.title())) {
        if (inferred == null) {
          inferred = participants.of(meta, text, direct, date, own);
        }
        Actor holder = titleHolder(inferred, o.titleKey(), date, own);
        if (holder != null) {
          Mention m = mention(text, h, holder, date, "counterpart-title");
          slots.set(k, List.of(m));
          direct.add(m);
        }
      }
    }
    direct.sort(java.util.Comparator.comparingInt(Mention::start));

    // Pass 2: groups and pronouns, in text order, against what precedes them.
    List<Mention> persons = new ArrayList<>();
    Mention previous = null;
    Mention lastEntity = null;
    List<Mention> lastGroup = null;
    int lastGroupSentence = -1;
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      Target first = h.targets.isEmpty() ? null : h.targets.get(0);
      List<Mention> ms = slots.get(k);
      if (first instanceof Target.GroupRef g) {
        if (inferred == null) {
          inferred = participants.of(meta, text, direct, date, own);
        }
        List<Actor> group = groupMembers(g, inferred, date);
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

  /** The one participant outside the own side holding an office of that title on {@code date}, or null. */
  private static Actor titleHolder(List<Actor> participants, String titleKey, LocalDate date, String own) {
    Actor found = null;
    for (Actor a : participants) {
      if (!a.isPerson() || a.entityOn(date).equals(own)) {
        continue;
      }
      for (RoleTerm r : a.roles()) {
        if (r.activeOn(date) && PhraseIndexBuilder.key(r.title()).equals(titleKey)) {
          if (found != null && found != a) {
            return null; // two participants hold such an office: not a unique reference
          }
          found = a;
        }
      }
    }
    return found;
  }

  /**
   * {@code hits} with the surfaces of the persons the title names but the dictionary does not know ({@link
   * TitleNames}: rule {@code title-name}) where no dictionary phrase covers them, in text order.
   */
  private List<Hit> withTitleNames(List<Hit> hits, String text, List<Sentence> sentences, StatementMeta meta,
                                   LocalDate date) {
    List<TitleNames.Named> named = titleNames.of(meta.title(), dictionary, date);
    if (named.isEmpty()) {
      return hits;
    }
    List<Hit> out = new ArrayList<>(hits);
    for (TitleNames.Named n : named) {
      for (String surface : n.surfaces()) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
            + java.util.regex.Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
          int e = m.end();
          // "President Sanchez": the office before the name is part of the mention, as in the dictionary's phrases
          int w = Math.max(0, m.start() - 40);
          java.util.regex.Matcher office = titleNames.officeBefore().matcher(text.substring(w, m.start()));
          int s = office.find() ? w + office.start() : m.start();
          final int from = s;
          if (out.stream().anyMatch(h -> h.start < e && from < h.end)) {
            continue;
          }
          for (Sentence x : sentences) {
            if (s >= x.start() && e <= x.end()) {
              out.add(new Hit(x.index(), s, e, List.of(), new Mention(x.index(), s, e, text.substring(s, e),
                  "title:" + n.name(),
                  n.name(), "person", n.state(), "title-name")));
              break;
            }
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Hit::start));
    return out;
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

}

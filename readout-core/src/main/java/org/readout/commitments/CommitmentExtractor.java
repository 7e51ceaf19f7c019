package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.attribution.Attributor;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;

/**
 * Finds speech acts (agreement, pledge, readiness, hope, proposal, demand, warning) in the sentences of
 * an {@link AnalyzedStatement}, using the cue lexicon {@code lexicon.yaml}.
 *
 * <p>Per sentence: every cue rule is matched; cues are taken left to right (ties: higher priority,
 * then longer); a cue inside the action of an already accepted act is not a new act, unless it is a
 * strong cue coordinated with "and" ("reiterated his support for … and called for de-escalation").
 * Weak cues (will, would, must) need an actor right before them. Actors come from the statement's
 * actor mentions ({@link AnalyzedStatement#mentions()}; group mentions stand for the meeting's
 * participants); when a statement has no mentions at all, a small built-in matcher stands in.
 * The subject of a cue after a complementizer ("made clear that the U.S. … would respond") is the
 * first actor after it; pronouns resolve to the previous person or to the participants.
 *
 * <p>Immutable and thread-safe: one instance can serve every worker thread.
 */
public final class CommitmentExtractor {
  private static final Pattern MODAL = Pattern.compile("^(?:would|will|shall|must|should)\\s+(?:be\\s+ready\\s+to\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /** What may stand between a subject and its weak cue: an adverb or a short parenthetical. */
  private static final Pattern ADJACENT_GAP = Pattern.compile(
      "^\\s*(?:,[^,;]{1,60},)?\\s*(?:(?:also|then|now|still|further|too|jointly|together|both|all|in\\s+turn),?\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** What may join two actor mentions into one subject ("Russia and the United States"). */
  private static final Pattern CONJ_GAP = Pattern.compile(
      "^\\s*,?\\s*(?:and|&|as\\s+well\\s+as|together\\s+with|alongside)?\\s*(?:the\\s+|its\\s+|their\\s+|our\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COORDINATION = Pattern.compile(
      "(?:,\\s*and|\\band|,)\\s*(?:(?:also|then|further|later)\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
      "(?:regarding|concerning|on|in|as\\s+for|with\\s+regard\\s+to|turning\\s+to|speaking\\s+of|discussing|building\\s+on)"
          + "\\b[^,;]{1,120},\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_CONDITION = Pattern.compile(
      "(?:if|unless|in\\s+case|in\\s+the\\s+event\\s+(?:that|of))\\b"
          + "[^,;]{1,160},\\s*", Pattern.CASE_INSENSITIVE);
  private static final int ADDRESSEE_WINDOW = 45;
  private static final Set<String> ADDRESSEE_TYPES = Set.of("state", "organisation", "person", "group");
  private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|from|near)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final int NEGATION_WINDOW = 24;

  private final Lexicon lexicon;
  private final FallbackActors fallback;
  private final Function<Sentence, List<String>> topics;

  private CommitmentExtractor(Lexicon lexicon, FallbackActors fallback, Function<Sentence, List<String>> topics) {
    this.lexicon = lexicon;
    this.fallback = fallback;
    this.topics = topics;
  }

  /** The extractor with the bundled lexicon and no topic coder (topics stay empty). */
  public static CommitmentExtractor standard() {
    return Holder.STANDARD;
  }

  /** A copy that fills {@link Commitment#topics()} with {@code coder}'s topic ids for the sentence. */
  public CommitmentExtractor withTopics(Function<Sentence, List<String>> coder) {
    return new CommitmentExtractor(lexicon, fallback, Objects.requireNonNull(coder, "coder"));
  }

  private static final class Holder {
    static final CommitmentExtractor STANDARD =
        new CommitmentExtractor(Lexicon.load(), FallbackActors.load(), s -> List.of());
  }

  /** All speech acts in {@code doc}, in text order. */
  public List<Commitment> extract(AnalyzedStatement doc) {
    Objects.requireNonNull(doc, "doc");
    String side = Sides.actorOf(doc.meta().side()).orElse("");
    List<Mention> mentions = doc.mentions().isEmpty() ? fallback.mentions(doc, side) : doc.mentions();
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    Doc d = new Doc(doc, side, participants(doc, side, mentions));
    List<Commitment> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = bySentence.getOrDefault(s.index(), new ArrayList<>());
      ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      d.current = s.index();
      out.addAll(sentence(d, s, ms));
      d.remember(s, ms);
    }
    // Who voices each act: reported speech and transcript turns (Sullivan reporting what Biden told Putin).
    return out.isEmpty() ? out : SpeakerChains.attach(doc.text(), out, Attributor.standard().attribute(doc));
  }

  // ---------------------------------------------------------------------------------------------

  /** Per-document state: who the participants are, and who the last subject was (for pronouns). */
  private final class Doc {
    final AnalyzedStatement doc;
    final String side;
    final List<String> participants;
    final boolean joint;
    /** A third-person account (readout, statement), not a speaker's own words (briefing, remarks). */
    final boolean narrated;
    List<String> lastActors = List.of();
    int lastActorsAt = -1;
    int current;
    Mention lastPerson;

    Doc(AnalyzedStatement doc, String side, List<String> participants) {
      this.doc = doc;
      this.side = side;
      this.participants = participants;
      String kind = doc.meta().kind().toLowerCase(Locale.ROOT);
      this.narrated = kind.isEmpty() || kind.contains("readout") || kind.contains("statement");
      this.joint = side.isEmpty() || "JOINT".equals(side) || doc.meta().kind().toLowerCase(Locale.ROOT).contains("joint");
    }

    void remember(Sentence s, List<Mention> ms) {
      Np np = firstNp(this, ms, s.start(), s.start(), s.end());
      if (np != null) {
        lastActors = np.entities;
        lastActorsAt = s.index();
        for (Mention m : np.mentions) {
          if ("person".equals(m.actorType())) {
            lastPerson = m;
          }
        }
      }
    }

    List<String> entities(Mention m) {
      String e = m.entityId();
      if (e == null || e.isBlank() || FallbackActors.GROUP.equals(e) || "GROUP".equalsIgnoreCase(e)) {
        return participants;
      }
      return List.of(e);
    }
  }

  /** A subject or object noun phrase made of one or more actor mentions. */
  private record Np(List<Mention> mentions, List<String> entities, int start, int end, boolean joint) {
  }

  /** A cue match. */
  private record Hit(Lexicon.Rule rule, int start, int end) {
  }

  /** An accepted act under construction (offsets relative to the sentence). */
  private static final class Act {
    Hit hit;
    int clauseStart;
    int clauseEnd;
    List<String> actors;
    List<String> addressees = List.of();
    List<String> speakers;
    boolean joint;
    boolean inferred;
    boolean negated;
  }

  private List<Commitment> sentence(Doc d, Sentence s, List<Mention> ms) {
    String t = s.text();
    if (t.endsWith("?")) {
      // Questions ("Will they keep their word?") commit no one.
      return List.of();
    }
    String lowered = Lexicon.lowered(t);
    List<Hit> hits = new ArrayList<>();
    for (Lexicon.Rule r : lexicon.rules) {
      if (!r.mayMatch(lowered)) {
        continue;
      }
      Matcher m = r.matcher(t, lowered);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new Hit(r, m.start(), m.end()));
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -h.rule().priority())
        .thenComparing(h -> -(h.end() - h.start())));
    int[] bounds = boundaries(t, ms, s.start());
    List<Act> acts = new ArrayList<>();
    for (Hit h : hits) {
      if (overlapsCue(acts, h)) {
        continue;
      }
      Act owner = owner(acts, h.start());
      Act act = new Act();
      act.hit = h;
      if (owner != null) {
        Matcher co = COORDINATION.matcher(t.substring(owner.hit.end(), h.start()));
        if (!h.rule().strong() || !co.find()) {
          continue;
        }
        // "… and called for de-escalation": a coordinated act sharing the owner's subject.
        owner.clauseEnd = trimEnd(t, owner.hit.end() + co.start());
        act.clauseStart = h.start();
        act.clauseEnd = clauseEnd(t, bounds, h.end());
        act.actors = owner.actors;
        act.speakers = owner.speakers;
        act.joint = owner.joint;
        act.inferred = owner.inferred;
      } else {
        act.clauseStart = clauseStart(bounds, h.start());
        act.clauseEnd = clauseEnd(t, bounds, h.end());
        if (!h.rule().strong() && inFrame(lexicon.epistemic, t, act.clauseStart, h.start())) {
          continue;
        }
        if (!resolveSubject(d, s, ms, act, t)) {
          continue;
        }
      }
      act.negated = h.rule().negated() || (!h.rule().refrain() && negatedBefore(t, act.clauseStart, h.start()));
      acts.add(act);
    }
    List<Commitment> out = new ArrayList<>();
    int n = 0;
    for (Act a : acts) {
      out.add(build(d, s, ms, a, ++n, lowered));
    }
    return out;
  }

  private static boolean inFrame(List<Pattern> frames, String t, int from, int to) {
    for (Pattern p : frames) {
      Matcher m = p.matcher(t);
      m.region(from, to);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsCue(List<Act> acts, Hit h) {
    for (Act a : acts) {
      if (h.start() < a.hit.end() && a.hit.start() < h.end()) {
        return true;
      }
    }
    return false;
  }

  private static Act owner(List<Act> acts, int pos) {
    for (Act a : acts) {
      if (pos >= a.hit.end() && pos < a.clauseEnd) {
        return a;
      }
    }
    return null;
  }

  private boolean negatedBefore(String t, int clauseStart, int cueStart) {
    int from = Math.max(clauseStart, cueStart - NEGATION_WINDOW);
    return lexicon.negator.matcher(t.substring(from, cueStart)).find();
  }

  // --- clauses -----------------------------------------------------------------------------------

  /** Sorted pairs {start, end} of clause boundaries in the sentence (relative offsets). */
  private int[] boundaries(String t, List<Mention> ms, int base) {
    List<int[]> bs = new ArrayList<>();
    Matcher m = lexicon.boundary.matcher(t);
    while (m.find()) {
      // ", which resumed in late November in Vienna, will be constructive": a relative clause closed by
      // a comma is a parenthetical, not the end of the act's clause.
      if (m.group().startsWith(", which") && t.indexOf(',', m.end()) > 0) {
        continue;
      }
      bs.add(new int[] {m.start(), m.end()});
    }
    int i = t.indexOf(", and ");
    while (i >= 0) {
      int next = i + 6;
      if (startsSubject(t, next, ms, base)) {
        bs.add(new int[] {i, next});
      }
      i = t.indexOf(", and ", next);
    }
    bs.sort(Comparator.comparingInt(b -> b[0]));
    int[] flat = new int[bs.size() * 2];
    for (int k = 0; k < bs.size(); k++) {
      flat[2 * k] = bs.get(k)[0];
      flat[2 * k + 1] = bs.get(k)[1];
    }
    return flat;
  }

  private boolean startsSubject(String t, int pos, List<Mention> ms, int base) {
    for (Mention m : ms) {
      if (m.start() - base == pos) {
        return true;
      }
    }
    int e = pos;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return lexicon.clauseSubjectStarters.contains(t.substring(pos, e).toLowerCase(Locale.ROOT));
  }

  private static int clauseStart(int[] bounds, int pos) {
    int start = 0;
    for (int k = 0; k < bounds.length; k += 2) {
      if (bounds[k + 1] <= pos) {
        start = bounds[k + 1];
      }
    }
    return start;
  }

  private static int clauseEnd(String t, int[] bounds, int pos) {
    for (int k = 0; k < bounds.length; k += 2) {
      if (bounds[k] >= pos) {
        return trimEnd(t, bounds[k]);
      }
    }
    return trimEnd(t, t.length());
  }

  private static int trimEnd(String t, int end) {
    while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || ".,;:".indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  // --- subjects ----------------------------------------------------------------------------------

  private boolean resolveSubject(Doc d, Sentence s, List<Mention> ms, Act act, String t) {
    Hit h = act.hit;
    int base = s.start();
    if (!h.rule().strong()) {
      Np np = adjacentNp(d, ms, base, act.clauseStart, h.start(), t);
      String pronoun = null;
      if (np == null) {
        pronoun = pronounBefore(t, act.clauseStart, h.start());
        if (pronoun == null) {
          return false;
        }
      }
      if (h.rule().addresseeSubject()) {
        // "Biden underscored that the United States and China must …": a demand on the others.
        List<String> subject = np != null ? np.entities : pronounEntities(d, pronoun);
        Np matrix = firstNp(d, ms, base + act.clauseStart, base + act.clauseStart, base + (np != null ? np.start : h.start()));
        List<String> actors = matrix != null ? matrix.entities : (d.side.isEmpty() ? List.of() : List.of(d.side));
        List<String> others = subject.stream().filter(e -> !actors.contains(e)).toList();
        if (actors.isEmpty() || others.isEmpty()) {
          return false;
        }
        act.actors = actors;
        act.addressees = others;
        act.speakers = matrix != null ? persons(matrix) : List.of();
        return true;
      }
      if (np != null) {
        setSubject(act, np);
        matrixSpeakers(d, ms, base, t, act, np.start);
      } else {
        setPronoun(d, act, pronoun);
      }
      return !act.actors.isEmpty();
    }
    int lo = lastComplementizer(t, act.clauseStart, h.start());
    if (lo > act.clauseStart) {
      lo = skipLeadingCondition(t, lo, h.start());
    }
    Np np = lo > act.clauseStart ? firstNp(d, ms, base + lo, base + lo, base + h.start()) : null;
    // Skip a leading adverbial ("Regarding the Israel-Hamas conflict, the President …").
    int subjectFrom = act.clauseStart;
    Matcher adv = LEADING_ADVERBIAL.matcher(t);
    adv.region(act.clauseStart, h.start());
    if (adv.lookingAt()) {
      subjectFrom = adv.end();
    }
    subjectFrom = skipLeadingCondition(t, subjectFrom, h.start());
    int from = np != null ? lo : subjectFrom;
    if (np == null) {
      np = firstNp(d, ms, base + subjectFrom, base + subjectFrom, base + h.start());
    }
    // A pronoun before the first actor is the subject ("They welcomed … U.S.-China …, and encouraged").
    int pronounAt = firstPronoun(t, from, np != null ? np.start : h.end());
    if (np != null && pronounAt < 0) {
      setSubject(act, np);
      matrixSpeakers(d, ms, base, t, act, np.start);
      return true;
    }
    String pronoun = pronounAt >= 0 ? wordAt(t, pronounAt) : null;
    if (pronoun != null) {
      setPronoun(d, act, pronoun);
    } else if (h.rule().kind() == CommitmentKind.AGREEMENT) {
      act.actors = d.participants;
      act.speakers = List.of();
      act.joint = true;
      act.inferred = true;
    } else {
      act.actors = !d.lastActors.isEmpty() ? d.lastActors : d.side.isEmpty() ? List.of() : List.of(d.side);
      act.speakers = d.lastPerson != null && !d.lastPerson.actorName().isEmpty() ? List.of(d.lastPerson.actorName())
          : List.of();
      act.inferred = true;
    }
    return !act.actors.isEmpty();
  }

  /**
   * "President Biden made clear that the United States will …": when the subject is a state, the person
   * of the matrix clause (a name, or "he" for the last person) is the speaker, if they stand for it.
   */
  private void matrixSpeakers(Doc d, List<Mention> ms, int base, String t, Act act, int npStart) {
    if (!act.speakers.isEmpty() || npStart <= act.clauseStart) {
      return;
    }
    Np matrix = firstNp(d, ms, base + act.clauseStart, base + act.clauseStart, base + npStart);
    if (matrix != null) {
      if (act.actors.containsAll(matrix.entities)) {
        act.speakers = persons(matrix);
      }
      return;
    }
    String pronoun = lastPronoun(t, act.clauseStart, npStart);
    if (pronoun != null && lexicon.personPronoun.matcher(pronoun).matches() && d.lastPerson != null
        && !d.lastPerson.actorName().isEmpty() && act.actors.containsAll(d.entities(d.lastPerson))) {
      act.speakers = List.of(d.lastPerson.actorName());
    }
  }

  private static void setSubject(Act act, Np np) {
    act.actors = np.entities;
    act.speakers = persons(np);
    act.joint = np.joint;
  }

  private void setPronoun(Doc d, Act act, String pronoun) {
    act.actors = pronounEntities(d, pronoun);
    act.joint = act.actors.size() > 1;
    act.speakers = lexicon.personPronoun.matcher(pronoun).find() && d.lastPerson != null
        && !d.lastPerson.actorName().isEmpty() ? List.of(d.lastPerson.actorName()) : List.of();
    act.inferred = true;
  }

  private List<String> pronounEntities(Doc d, String pronoun) {
    // "we" is the author's side, except in a joint statement where the authors are both sides.
    if (pronoun.equalsIgnoreCase("we") && !d.joint && !d.side.isEmpty()) {
      return List.of(d.side);
    }
    if (lexicon.personPronoun.matcher(pronoun).find()) {
      if (d.lastPerson != null) {
        return d.entities(d.lastPerson);
      }
      return d.side.isEmpty() ? List.of() : List.of(d.side);
    }
    // A readout's narrator says "they" for the leaders; in a briefing or remarks "they" is anyone the
    // speaker just talked about (allies, reporters), so it stands for the participants only right after
    // a subject naming several of them.
    if (!d.narrated && pronoun.toLowerCase(Locale.ROOT).startsWith("the")) {
      return d.lastActors.size() > 1 && d.current - d.lastActorsAt <= 1 ? d.lastActors : List.of();
    }
    return d.participants;
  }

  private static List<String> persons(Np np) {
    Set<String> out = new TreeSet<>();
    for (Mention m : np.mentions) {
      if ("person".equals(m.actorType()) && m.actorName() != null && !m.actorName().isEmpty()) {
        out.add(m.actorName());
      }
    }
    return List.copyOf(out);
  }

  private int lastComplementizer(String t, int from, int to) {
    Matcher m = lexicon.complementizer.matcher(t);
    m.region(from, to);
    int last = from;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /** Offset of the first subject pronoun in [from, to), or -1. */
  private int firstPronoun(String t, int from, int to) {
    return pronounOffset(t, from, to, true);
  }

  private static String wordAt(String t, int pos) {
    int e = pos;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return t.substring(pos, e);
  }

  /** The last subject pronoun in [from, to) ("Today, we reaffirm", "He described"), or null. */
  private String lastPronoun(String t, int from, int to) {
    int at = pronounOffset(t, from, to, false);
    if (at < 0) {
      return null;
    }
    int end = at;
    while (end < to && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return t.substring(at, end);
  }

  /** Offset of the first (or last) word in [from, to) that is a person or group pronoun, or -1. */
  private int pronounOffset(String t, int from, int to, boolean first) {
    int found = -1;
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(t.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < to && Character.isLetter(t.charAt(i))) {
        i++;
      }
      if (i > w) {
        String word = t.substring(w, i);
        if (lexicon.personPronoun.matcher(word).matches() || lexicon.groupPronoun.matcher(word).matches()) {
          if (first) {
            return w;
          }
          found = w;
        }
      }
    }
    return found;
  }

  /** A pronoun subject directly before a weak cue ("we seek to", "they will"). */
  private String pronounBefore(String t, int clauseStart, int cueStart) {
    int from = cueStart;
    while (from > clauseStart && Character.isWhitespace(t.charAt(from - 1))) {
      from--;
    }
    int w = from;
    while (w > clauseStart && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    if (w == from) {
      return null;
    }
    String word = t.substring(w, from);
    if (lexicon.personPronoun.matcher(word).matches() || lexicon.groupPronoun.matcher(word).matches()) {
      return word;
    }
    return null;
  }

  /**
   * Past a conditional clause opening at {@code from} ("that if Russia further invades Ukraine, the United
   * States … would respond"): its actor is the condition's subject, not the act's. Relative offsets.
   */
  private static int skipLeadingCondition(String t, int from, int to) {
    int at = from;
    while (at < to && Character.isWhitespace(t.charAt(at))) {
      at++;
    }
    Matcher m = LEADING_CONDITION.matcher(t);
    m.region(at, to);
    return m.lookingAt() ? m.end() : from;
  }

  /** The first actor noun phrase starting in [from, to) (absolute offsets). */
  private Np firstNp(Doc d, List<Mention> ms, int clause, int from, int to) {
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.start() >= from && m.end() <= to) {
        return expand(d, ms, i, to);
      }
    }
    return null;
  }

  /** The actor noun phrase ending right before a weak cue at {@code cue} (relative offsets). */
  private Np adjacentNp(Doc d, List<Mention> ms, int base, int clauseStart, int cue, String t) {
    for (int i = ms.size() - 1; i >= 0; i--) {
      Mention m = ms.get(i);
      int end = m.end() - base;
      if (end > cue || m.start() - base < clauseStart) {
        continue;
      }
      if (!ADJACENT_GAP.matcher(t.substring(end, cue)).matches()) {
        return null;
      }
      int first = i;
      while (first > 0) {
        Mention p = ms.get(first - 1);
        if (p.start() - base < clauseStart) {
          break;
        }
        if (p.start() == ms.get(first).start()
            || CONJ_GAP.matcher(t.substring(Math.min(p.end() - base, ms.get(first).start() - base),
                ms.get(first).start() - base)).matches()) {
          first--;
        } else {
          break;
        }
      }
      return expand(d, ms, first, base + cue);
    }
    return null;
  }

  /** Extends mention {@code i} rightwards over same-span mentions and conjunctions. */
  private Np expand(Doc d, List<Mention> ms, int i, int limit) {
    String text = d.doc.text();
    List<Mention> np = new ArrayList<>();
    np.add(ms.get(i));
    boolean conj = false;
    int j = i + 1;
    while (j < ms.size() && ms.get(j).end() <= limit) {
      Mention prev = np.get(np.size() - 1);
      Mention next = ms.get(j);
      if (next.start() < prev.end()) {
        if (next.start() == prev.start() || next.end() <= prev.end()) {
          np.add(next);
          j++;
          continue;
        }
        break;
      }
      if (CONJ_GAP.matcher(text.substring(prev.end(), next.start())).matches()
          && !text.substring(prev.end(), next.start()).isBlank()) {
        np.add(next);
        conj = true;
        j++;
      } else {
        break;
      }
    }
    Set<String> entities = new LinkedHashSet<>();
    boolean group = false;
    for (int k = 0; k < np.size(); k++) {
      Mention m = np.get(k);
      entities.addAll(d.entities(m));
      // A group ("the two leaders") or one span standing for several actors ("They" → both sides).
      group |= d.entities(m) == d.participants || "group".equals(m.rule())
          || (k > 0 && np.get(k - 1).start() == m.start() && np.get(k - 1).end() == m.end());
    }
    List<String> sorted = entities.stream().sorted().toList();
    Mention first = np.get(0);
    Mention last = np.get(np.size() - 1);
    int base = d.doc.sentences().get(first.sentence()).start();
    return new Np(np, sorted, first.start() - base, last.end() - base, (conj || group) && sorted.size() > 1);
  }

  // --- building ----------------------------------------------------------------------------------

  private Commitment build(Doc d, Sentence s, List<Mention> ms, Act a, int n, String lowered) {
    String t = s.text();
    Hit h = a.hit;
    int base = s.start();
    // Condition: the first condition cue in the clause, up to the next comma or the clause end.
    int condStart = -1;
    int condEnd = -1;
    for (Lexicon.Cue c : lexicon.conditions) {
      Matcher m = c.matcher(t, lowered);
      m.region(a.clauseStart, a.clauseEnd);
      if (m.find() && (condStart < 0 || m.start() < condStart)) {
        condStart = m.start();
        int stop = a.clauseEnd;
        for (int k = m.end(); k < a.clauseEnd; k++) {
          char ch = t.charAt(k);
          if (ch == ',' || ch == ';') {
            stop = k;
            break;
          }
        }
        condEnd = trimEnd(t, stop);
      }
    }
    int actionStart = h.end();
    if (h.rule().actionFromCue()) {
      Matcher mod = MODAL.matcher(t);
      mod.region(h.start(), h.end());
      actionStart = mod.lookingAt() ? mod.end() : h.start();
    }
    int actionEnd = a.clauseEnd;
    if (condStart >= actionStart && condStart < actionEnd) {
      actionEnd = trimEnd(t, condStart);
    }
    while (actionStart < actionEnd && Character.isWhitespace(t.charAt(actionStart))) {
      actionStart++;
    }
    String action = actionStart < actionEnd ? t.substring(actionStart, actionEnd) : "";
    String condition = condStart >= 0 && condEnd > condStart ? t.substring(condStart, condEnd) : "";

    CommitmentKind kind = h.rule().kind();
    if (kind == CommitmentKind.PLEDGE && a.joint && a.actors.size() > 1 && !a.negated) {
      // Both sides committing together is an agreement, whatever the verb ("X and Y will …").
      kind = CommitmentKind.AGREEMENT;
    }
    List<String> addressees = a.addressees;
    if (addressees.isEmpty() && kind != CommitmentKind.AGREEMENT && kind != CommitmentKind.PLEDGE
        && kind != CommitmentKind.HOPE) {
      addressees = objectAddressees(d, ms, base, h.end(), Math.min(a.clauseEnd, h.end() + ADDRESSEE_WINDOW), a.actors);
      if (addressees.isEmpty() && (kind == CommitmentKind.DEMAND || kind == CommitmentKind.PROPOSAL
          || kind == CommitmentKind.WARNING)) {
        // A readout recounts the meeting, so a proposal there goes to the other side; in a briefing or
        // remarks only when the sentence names it ("we have called for schools to …" is domestic).
        addressees = d.participants.stream().filter(p -> !a.actors.contains(p) && (d.narrated || names(d, ms, p)))
            .toList();
      }
    }
    double confidence = (h.rule().strong() ? 0.9 : 0.75) - (a.inferred ? 0.15 : 0.0);
    int start = base + a.clauseStart;
    int end = base + Math.max(a.clauseEnd, h.end());
    return new Commitment(d.doc.id() + "#" + s.index() + "." + n, d.doc.id(), s.index(), start, end,
        d.doc.text().substring(start, end), kind, a.negated, h.rule().refrain(), sorted(a.actors),
        sorted(addressees), sorted(a.speakers), action, condition,
        topics.apply(s).stream().distinct().sorted().toList(), d.side, h.rule().id(), Math.max(0.3, confidence));
  }

  /** True if a mention in the sentence (not a pronoun or group standing for everyone) is {@code entity}. */
  private static boolean names(Doc d, List<Mention> ms, String entity) {
    for (Mention m : ms) {
      List<String> es = d.entities(m);
      if (es != d.participants && es.contains(entity)) {
        return true;
      }
    }
    return false;
  }

  private List<String> objectAddressees(Doc d, List<Mention> ms, int base, int from, int to, List<String> actors) {
    String text = d.doc.text();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.start() - base >= from && m.end() - base <= to) {
        // A place ("holding the next round in Helsinki") or a treaty is not an addressee.
        if (!ADDRESSEE_TYPES.contains(m.actorType()) || PLACE_BEFORE.matcher(
            text.substring(Math.max(base + from, m.start() - 6), m.start())).find()) {
          continue;
        }
        Np np = expand(d, ms, i, base + to);
        return np.entities.stream().filter(e -> !actors.contains(e)).toList();
      }
    }
    return List.of();
  }

  private static List<String> sorted(List<String> xs) {
    return xs.stream().filter(x -> x != null && !x.isEmpty()).distinct().sorted().toList();
  }

  // --- participants ------------------------------------------------------------------------------

  /**
   * The meeting's participants: the statement's side and its counterpart, the first other state or
   * organisation named in the opening sentences (readouts name the counterpart first), else the most
   * frequently named one. Joint statements without a side take the first two named.
   */
  private static List<String> participants(AnalyzedStatement doc, String side, List<Mention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    boolean joint = side.isEmpty() || "JOINT".equals(side);
    if (!joint) {
      out.add(side);
    }
    Map<String, Integer> freq = new HashMap<>();
    String firstOther = null;
    for (Mention m : mentions) {
      String e = m.entityId();
      if (e == null || e.isBlank() || FallbackActors.GROUP.equals(e) || e.equals(side)) {
        continue;
      }
      freq.merge(e, 1, Integer::sum);
      if (firstOther == null && m.sentence() <= 1) {
        firstOther = e;
      }
      if (joint && out.size() < 2) {
        out.add(e);
      }
    }
    if (!joint) {
      String counterpart = firstOther != null ? firstOther
          : freq.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
      if (counterpart != null) {
        out.add(counterpart);
      }
    }
    return out.stream().sorted().toList();
  }
}

package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.actors.ActorDictionary;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.attribution.AttributionType;
import org.readout.clauses.Clause;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;
import org.readout.topics.TopicHit;

/**
 * Finds speech acts (agreement, pledge, readiness, hope, proposal, demand, warning) in the sentences of
 * an {@link AnalyzedStatement}, using the cue lexicon {@code lexicon.yaml} ({@link CommitmentLexicon}).
 *
 * <p>Per sentence: every cue rule is matched; cues are taken left to right (ties: higher priority,
 * then longer); a cue inside the action of an already accepted act is not a new act, unless it is a
 * strong cue coordinated with "and" ("reiterated his support for … and called for de-escalation").
 * Weak cues (will, would, must) need an actor right before them. Actors come from the statement's
 * actor mentions (the {@code mentions} layer; group mentions stand for the meeting's participants);
 * when a statement has no mentions at all, a small built-in matcher stands in. Who commits is decided
 * by {@link SubjectResolver}; clause bounds, negation and conditions come from the {@code clauses} layer
 * ({@link ClauseIndex}).
 *
 * <p>It reads two more layers and re-computes neither: each commitment's topics are its sentence's
 * topic ids (the {@code topics} layer), and who voices it comes from the statement's attributions (the
 * {@code attributions} layer; {@link SpeakerChains}).
 *
 * <p>Immutable and thread-safe: one instance can serve every worker thread.
 *
 * <p>Size: about 655 lines, over the project's 600. Not split yet (stops 26 to 29). The seam is who signs a joint text
 * ({@code signatories}, {@code signingBody}, {@code earlierYear}), which belongs with {@link Participants}, and the
 * spoken-turn helpers ({@code turnActor}, {@code turnOf}, {@code voicelessQuotes}). The split is left for a stop that
 * can show the commitments eval byte-identical before and after.
 */
public final class CommitmentExtractor {
  private final CommitmentLexicon lexicon;
  private final Pattern partnerVerb;
  private final SubjectResolver subjects;
  private final ActFilters filters;

  private final ActorDictionary actors;

  public CommitmentExtractor(CommitmentLexicon lexicon) {
    this(lexicon, null);
  }

  /**
   * An extractor that also reads a joint statement's signatories from its title ("A Joint Statement from the
   * Governments of A, B, C and D") with {@code actors} (null: from the opening sentences only).
   */
  public CommitmentExtractor(CommitmentLexicon lexicon, ActorDictionary actors) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.partnerVerb = lexicon.subjectPattern("partner-verb");
    this.subjects = new SubjectResolver(lexicon);
    this.filters = lexicon.filters;
    this.actors = actors;
  }

  /**
   * All speech acts in {@code doc}, in text order.
   *
   * @throws IllegalStateException when {@code doc} lacks the {@code topics} or {@code attributions} layer
   */
  public List<Commitment> extract(AnalyzedStatement doc) {
    Objects.requireNonNull(doc, "doc");
    List<List<TopicHit>> topics = doc.require(Layers.TOPICS);
    String side = Sides.actorOf(doc.meta().side()).orElse("");
    List<Mention> mentions = doc.mentions().isEmpty() ? lexicon.fallback.mentions(doc, side) : doc.mentions();
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    Map<Integer, List<Clause>> clausesBySentence = new HashMap<>();
    for (Clause c : doc.require(Layers.CLAUSES)) {
      clausesBySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
    }
    List<Attribution> attributions = doc.require(Layers.ATTRIBUTIONS);
    boolean turns = attributions.stream().anyMatch(a -> a.type() == AttributionType.TURN);
    DocState d = new DocState(doc, side, Participants.of(doc, side, mentions, actors),
        lexicon.subjectPattern("narrated-account"), turns);
    d.titleCounterpart = Participants.titleCounterpart(doc.meta().title(), side, mentions);
    List<Commitment> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = bySentence.getOrDefault(s.index(), new ArrayList<>());
      ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      d.current = s.index();
      Attribution turn = turnOf(attributions, s);
      d.turnActor = turn == null ? "" : turnActor(d, turn);
      filters.track(d, s.text(), turn);
      d.talks.track(d, turn, s.text(), s.start(), ms);
      if (turn != null && lexicon.silentTurn(turn)) {
        // A question or a moderator's line is no party's commitment.
        continue;
      }
      d.voicelessQuotes = turn == null ? List.of() : voicelessQuotes(s, turn, attributions);
      out.addAll(sentence(d, s, turn != null, ms, clausesBySentence.getOrDefault(s.index(), List.of()), topics));
      d.remember(subjects.firstNp(d, ms, s.start(), s.start(), s.end()), s.index());
      d.counted.track(d, ms);
    }
    // Who voices each act: reported speech and transcript turns (Sullivan reporting what Biden told Putin).
    return out.isEmpty() ? out : SpeakerChains.attach(doc.text(), out, attributions);
  }

  /**
   * Whose government a turn speaks for: its speaker's state, else — for a speaker outside the actor dictionary
   * whom the title names ("Joint news conference with Prime Minister of Greece Kyriakos Mitsotakis") — the
   * counterpart of a two-party meeting, when the title names that counterpart too; else nobody (the statement's side
   * stands in: "Meeting with Head of a state corporation X" is the side's own official, whose "we" is not the foreign
   * state the text happens to name most).
   */
  private static String turnActor(DocState d, Attribution turn) {
    if (!turn.speakerActor().isEmpty()) {
      return turn.speakerActor();
    }
    String title = d.doc.meta().title();
    if (d.participants.size() != 2 || !d.participants.contains(d.side) || title == null) {
      return "";
    }
    String[] names = turn.speaker().strip().split("\\s+");
    String surname = names[names.length - 1];
    if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))
        || !Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(title).find()) {
      return "";
    }
    String counterpart = d.participants.get(0).equals(d.side) ? d.participants.get(1) : d.participants.get(0);
    return counterpart.equals(d.titleCounterpart) ? counterpart : "";
  }

  /**
   * The quotations inside sentence {@code s} (sentence offsets, marks excluded) that no direct attribution gives a
   * voice: in a transcript turn, words the speaker puts in quotation marks without a speaker ("they all say, “we will
   * never do this”", "we should not say “we will survive”") are another voice's, generic or imagined, and their "we"
   * is not the speaker's side. A quotation is voiced by a direct attribution to someone other than the turn's speaker
   * ("as the President put it, “…”"), or by the speaker's own report of what he said ("I told him: “…”"); a bare
   * quotation credited to the turn's speaker is not (what he "will say" or "should not say" is no act of his). An
   * opening mark left open runs to the end of the sentence.
   */
  static List<int[]> voicelessQuotes(Sentence s, Attribution turn, List<Attribution> attributions) {
    String t = s.text();
    List<int[]> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (open < 0 && (c == '“' || c == '"')) {
        open = i + 1;
      } else if (open >= 0 && (c == '”' || c == '"')) {
        quotes.add(new int[] {open, i});
        open = -1;
      }
    }
    if (open >= 0) {
      quotes.add(new int[] {open, t.length()});
    }
    if (quotes.isEmpty()) {
      return quotes;
    }
    List<int[]> out = new ArrayList<>();
    for (int[] q : quotes) {
      boolean voiced = SELF_REPORT.matcher(t.substring(0, Math.max(0, q[0] - 1))).find();
      for (Attribution a : attributions) {
        if (!voiced && a.type() == AttributionType.DIRECT && a.start() < s.start() + q[1] && s.start() + q[0] < a.end()
            && !a.speaker().equals(turn.speaker())) {
          voiced = true;
          break;
        }
      }
      if (!voiced) {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean inside(List<int[]> spans, int at) {
    for (int[] q : spans) {
      if (at >= q[0] && at < q[1]) {
        return true;
      }
    }
    return false;
  }

  /** The transcript turn holding sentence {@code s}, or null. */
  private static Attribution turnOf(List<Attribution> attributions, Sentence s) {
    for (Attribution a : attributions) {
      if (a.type() == AttributionType.TURN && a.start() < s.end() && s.start() < a.end()) {
        return a;
      }
    }
    return null;
  }

  /** The topic ids of sentence {@code index}, distinct and sorted. */
  private static List<String> topicIds(List<List<TopicHit>> topics, int index) {
    if (index >= topics.size()) {
      return List.of();
    }
    return topics.get(index).stream().map(TopicHit::topic).distinct().sorted().toList();
  }

  private List<Commitment> sentence(DocState d, Sentence s, boolean inTurn, List<Mention> ms, List<Clause> cls,
                                    List<List<TopicHit>> topics) {
    String t = s.text();
    if (t.strip().endsWith("?") || cls.stream().anyMatch(Clause::question)) {
      // Questions ("Will they keep their word?") commit no one.
      return List.of();
    }
    String lowered = CommitmentLexicon.lowered(t);
    List<Act.Hit> hits = new ArrayList<>();
    for (CommitmentLexicon.Rule r : lexicon.rules) {
      if (!r.mayMatch(lowered)) {
        continue;
      }
      Matcher m = r.matcher(t, lowered);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new Act.Hit(r, m.start(), m.end()));
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    hits.sort(Comparator.comparingInt(Act.Hit::start).thenComparing(h -> -h.rule().priority())
        .thenComparing(h -> -(h.end() - h.start())));
    int base = s.start();
    List<Act> acts = new ArrayList<>();
    for (Act.Hit h : hits) {
      if (overlapsCue(acts, h)) {
        continue;
      }
      if (inTurn && inside(d.voicelessQuotes, h.start())) {
        continue; // "they say, “we will never do this”": a voice the speaker quotes without naming is not his side's
      }
      Clause inner = ClauseIndex.innermost(cls, base + h.start());
      Clause top = ClauseIndex.top(cls, inner);
      int topStart = top != null ? top.contentStart() - base : 0;
      int topEnd = top != null ? top.end() - base : trimEnd(t, t.length());
      if (ClauseIndex.inCondition(cls, base + h.start()) || ClauseIndex.pastEvent(inner, t, base)) {
        continue; // "If I promised, …" commits no one; "had agreed" recounts a past event
      }
      Act owner = owner(acts, h.start());
      Act act = new Act();
      act.hit = h;
      act.clause = inner;
      int ownStart = -1;
      if (owner != null && !h.rule().strong()) {
        Matcher fresh = NEW_SUBJECT.matcher(t.substring(owner.hit.end(), h.start()));
        if (fresh.find()) {
          // "… must be resolved and we will do all we can": a clause with a subject of its own ends the owner's action
          owner.clauseEnd = trimEnd(t, owner.hit.end() + fresh.start());
          ownStart = owner.hit.end() + fresh.start(1);
          owner = null;
        }
      }
      if (owner != null && !ClauseIndex.separate(owner, act)) {
        Matcher co = lexicon.coordination.matcher(t.substring(owner.hit.end(), h.start()));
        if (!h.rule().strong() || !co.find()) {
          continue;
        }
        // "… and called for de-escalation": a coordinated act sharing the owner's subject.
        owner.clauseEnd = trimEnd(t, owner.hit.end() + co.start());
        Matcher poss = POSSESSIVE_BEFORE.matcher(t.substring(owner.hit.end(), h.start()));
        act.clauseStart = poss.find() ? owner.hit.end() + poss.start() : h.start(); // "its commitment to …"
        act.clauseEnd = Math.max(h.end(), topEnd);
        act.actors = owner.actors;
        act.speakers = owner.speakers;
        act.joint = owner.joint;
        act.inferred = owner.inferred;
      } else {
        act.clauseStart = ownStart >= 0 ? ownStart : owner != null ? h.start() : topStart;
        act.clauseEnd = Math.max(h.end(), topEnd);
        if (filters.reject(d, inTurn, t, h, act.clauseStart, act.clauseEnd, inner)) {
          continue; // no action, hypothetical "would", a hope about reception, ongoing activity, a past episode
        }
        if (!h.rule().strong() && inFrame(lexicon.epistemic, t, act.clauseStart, h.start())
            && !(inTurn && filters.hedgedWe(t.substring(act.clauseStart, h.start())))
            && !(h.rule().addresseeSubject() && WE_OBLIGED.matcher(t.substring(act.clauseStart, h.start())).find())) {
          // "I am sure they will …": a belief; "I think we'll focus on …" in an official's turn: a plan; "he believes
          // that we have to …": the own side's necessity, whoever holds it (SubjectResolver.obligation decides)
          continue;
        }
        if (!h.rule().strong() && lexicon.logistics(t.substring(h.end(), act.clauseEnd))) {
          continue; // "we'll get you that list", "will be greeted by …": logistics, not a commitment
        }
        if (h.rule().issuer()) {
          // A warning or demand voiced as a judgement belongs to who voices it, not to the party named in it.
          if (!issuer(d, cls, inner, act)) {
            continue;
          }
        } else if (!subjects.resolveSubject(d, s, ms, act, t, ClauseIndex.conditions(cls, base))) {
          continue;
        } else if (!h.rule().strong() && ((!act.inferred && ClauseIndex.actorInsidePhrase(lexicon, t, inner, base, ms,
            h.start()))
            || lexicon.embeddedQuestion.matcher(t.substring(Math.max(act.clauseStart, h.start() - 60), h.start()))
                .find())) {
          continue; // "the harm to both countries will …", "what Iran will do": the actor does not commit
        }
      }
      if (h.rule().signatories() && !signatories(d, ms, base, t, act)) {
        continue; // one party's document (an order, a law) binds no counterpart
      }
      polarity(act, inner, base);
      acts.add(act);
    }
    List<Commitment> out = new ArrayList<>();
    int n = 0;
    for (Act a : acts) {
      if (d.participants.size() == 1 && (a.kind != null ? a.kind : a.hit.rule().kind()) == CommitmentKind.AGREEMENT
          && a.actors.size() <= 1 && !a.group) {
        // a leader and his own officials "agreed": an internal arrangement, no counterpart commits ("the two
        // leaders agreed" stays an agreement when the counterpart is not named)
        continue;
      }
      if (d.narrated && !d.joint && d.participants.size() == 2 && a.actors.size() == 1
          && d.participants.contains(a.actors.get(0)) && !a.hit.rule().negated()
          && (a.kind != null ? a.kind : a.hit.rule().kind()) == CommitmentKind.AGREEMENT
          && partnerVerb.matcher(t.substring(a.hit.start(), a.hit.end())).find()) {
        // "The Prime Minister agreed to …" in the readout of a two-party call: the verb names the partner, both sides
        // agree (GUIDELINES, reconciled: "agreed" of a leader stays an agreement of both)
        a.actors = d.participants;
        a.joint = true;
        a.inferred = true;
      }
      out.add(build(d, s, ms, cls, a, ++n, topics));
    }
    return out;
  }

  /**
   * The signatories of a signed or adopted document: the parties of the act's subject and those named right after
   * "with" ("signed a treaty with Japan"); "between X and Y" names them all ("an agreement was signed between X and
   * Y"). Fewer than two parties: false (no agreement).
   */
  private static boolean signatories(DocState d, List<Mention> ms, int base, String t, Act act) {
    String clause = t.substring(act.clauseStart, act.clauseEnd);
    if (EARLIER_TIME.matcher(clause).find() || earlierYear(d, clause)) {
      return false; // "last year, X signed …", "were signed in 2015": an earlier episode, not this meeting's agreement
    }
    java.util.Set<String> parties = new java.util.TreeSet<>(act.actors);
    Matcher w = SIGNED_WITH.matcher(t);
    w.region(act.hit.end(), Math.min(act.clauseEnd, act.hit.end() + 40));
    if (w.find()) {
      java.util.Set<String> named = new java.util.TreeSet<>();
      int at = w.end();
      for (Mention m : ms) {
        if (m.start() - base == at) {
          named.addAll(d.entities(m));
          Matcher and = SIGNED_AND.matcher(t);
          and.region(m.end() - base, act.clauseEnd);
          if (!and.lookingAt()) {
            break;
          }
          at = and.end();
        }
      }
      if (w.group(1).equalsIgnoreCase("between")) {
        parties = named; // the parties between whom it was signed, whoever the subject was taken to be
      } else {
        parties.addAll(named);
      }
    }
    if (parties.size() < 2) {
      return false;
    }
    act.actors = List.copyOf(parties);
    act.joint = true;
    return true;
  }

  /** A year before the statement's ("signed in 2015" said in 2022). */
  private static boolean earlierYear(DocState d, String clause) {
    java.time.LocalDate date = d.doc.meta().date();
    Matcher y = YEAR.matcher(clause);
    while (date != null && y.find()) {
      if (Integer.parseInt(y.group(1)) < date.getYear()) {
        return true;
      }
    }
    return false;
  }

  /** A joint statement's one signatory that is a body of members (G7, NATO): its "we will" is an agreement. */
  private boolean signingBody(DocState d, List<String> actors) {
    return d.joint && actors.size() == 1 && d.participants.equals(actors) && this.actors != null
        && this.actors.find(actors.get(0)).map(x -> x.type() == org.readout.actors.ActorType.ORGANISATION).orElse(false);
  }

  private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of|back\\s+in)\\s+((?:19|20)\\d\\d)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A time before the statement's own: a signing then is an episode recounted. */
  private static final Pattern EARLIER_TIME = Pattern.compile("\\b(?:(?:last|previous|past)\\s+(?:year|month|week|decade|"
      + "spring|summer|autumn|fall|winter)|(?:years?|months?|decades?)\\s+ago|at\\s+that\\s+time|back\\s+then)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNED_WITH = Pattern.compile("^[^,;.]{0,30}?\\b(with|between)\\s+(?:the\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNED_AND = Pattern.compile("\\s*(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?",
      Pattern.CASE_INSENSITIVE);

  /**
   * Negation from the clause layer. A negation before a modal cue makes the committed action negative
   * ("is not going to fight": refrain); before a strong cue it denies the act ("has not proposed"); after
   * the cue, in its action, it makes the action negative ("agreed to refrain from", "pledged not to").
   */
  private void polarity(Act act, Clause inner, int base) {
    CommitmentLexicon.Rule r = act.hit.rule();
    act.refrain = r.refrain();
    act.negated = r.negated();
    if (r.negated() || r.refrain() || inner == null || !inner.negated()) {
      return;
    }
    int at = inner.negationAt() - base;
    boolean inPredicate = inner.predicate() == null || inner.negationAt() >= inner.predicate().start();
    if (at >= act.clauseStart && at < act.hit.start() && act.hit.start() - at <= lexicon.negationWindow
        && (r.strong() || inPredicate)) {
      if (r.strong()) {
        act.negated = true;
      } else {
        act.refrain = true;
      }
    } else if (at >= act.hit.end() && at < Math.min(act.clauseEnd, act.hit.end() + lexicon.negationWindow)) {
      act.refrain = true;
    }
  }

  /**
   * The voice of an act: the subject of the reporting frame around it ("the minister warned that …"), else
   * the official whose transcript turn it is, else a joint statement's signatories, else the statement's side.
   */
  private boolean issuer(DocState d, List<Clause> cls, Clause inner, Act act) {
    List<String> actors = List.of();
    for (Clause c = inner; c != null && actors.isEmpty(); c = c.parent() >= 0 ? ClauseIndex.byIndex(cls, c.parent())
        : null) {
      if (c.frame() && c != inner) {
        actors = !c.subjectActors().isEmpty() ? c.subjectActors()
            : c.pronoun().isEmpty() ? List.of() : subjects.pronounEntities(d, c.pronoun());
      }
    }
    if (actors.isEmpty()) {
      // a joint statement speaks for its signatories ("… attacks are unacceptable" in the statement of fourteen)
      actors = !d.turnActor.isEmpty() ? List.of(d.turnActor) : d.joint && d.participants.size() >= 2 ? d.participants
          : d.side.isEmpty() ? List.of() : List.of(d.side);
    }
    act.actors = actors;
    act.speakers = List.of();
    act.inferred = true;
    return !actors.isEmpty();
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

  private static boolean overlapsCue(List<Act> acts, Act.Hit h) {
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

  private Commitment build(DocState d, Sentence s, List<Mention> ms, List<Clause> cls, Act a, int n,
                           List<List<TopicHit>> topics) {
    String t = s.text();
    Act.Hit h = a.hit;
    int base = s.start();
    // Condition: from the clause layer, the act's clause or the clause that frames it.
    org.readout.analysis.text.Span cond = ClauseIndex.condition(cls, a.clause);
    int condStart = cond == null ? -1 : cond.start() - base;
    int condEnd = cond == null ? -1 : cond.end() - base;
    int actionStart = h.end();
    if (h.rule().actionFromCue()) {
      Matcher mod = lexicon.modal.matcher(t);
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

    // "the three leaders agreed …" after three parties were named: those three, not the two sides
    List<String> actors = d.counted.actors(d, t.substring(Math.min(Math.max(0, a.clauseStart), h.start()), h.start()),
        a.actors);
    if (d.joint && actors.equals(d.participants) && !(a.named && d.participants.size() == 2)) {
      // "we are providing Ukraine with …" in a joint statement Ukraine signed: the party acted upon is not
      // among those who commit. A subject naming both sides of a two-party text ("Both sides reiterated their
      // readiness to … Ukraine's security") keeps both.
      Set<String> named = new java.util.HashSet<>();
      for (Mention m : ms) {
        if (m.start() - base >= h.end() && m.start() - base < a.clauseEnd && d.entities(m) != d.participants
            && !"pronoun".equals(m.rule())) { // "… following their call": a pronoun names no party acted upon
          named.addAll(d.entities(m));
        }
      }
      named.removeAll(notActedUpon(d, ms, t, base, h.end(), a.clauseEnd));
      List<String> rest = actors.stream().filter(e -> !named.contains(e)).toList();
      actors = rest.isEmpty() ? actors : rest;
    }
    CommitmentKind kind = a.kind != null ? a.kind : h.rule().kind();
    if (kind == CommitmentKind.AGREEMENT && actors.size() == 1 && d.participants.size() == 2
        && d.participants.contains(actors.get(0)) && WE_AGREED.matcher(t.substring(Math.max(0, h.start() - 20),
        h.end())).find()) {
      // "We agreed that …" in one side's words: an agreement binds both sides of the meeting, or the speaker's side
      // and the other party of the talks his turn recounts ("as for my call with X, … we agreed to …").
      String recounted = d.talks.recounted(d);
      actors = recounted == null ? d.participants : sorted(List.of(actors.get(0), recounted));
    }
    if (kind == CommitmentKind.PLEDGE && !a.negated && (a.joint && actors.size() > 1 || signingBody(d, actors))) {
      // Both sides committing together is an agreement, whatever the verb ("X and Y will …"); so is the one body
      // that signs a collective text ("We, the Leaders of the G7, … We will …").
      kind = CommitmentKind.AGREEMENT;
    }
    List<String> addressees = a.addressees;
    if (addressees.isEmpty() && kind != CommitmentKind.AGREEMENT && kind != CommitmentKind.PLEDGE
        && kind != CommitmentKind.HOPE) {
      addressees = objectAddressees(d, ms, base, h.end(), Math.min(a.clauseEnd, h.end() + lexicon.addresseeWindow), a.actors);
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
        d.doc.text().substring(start, end), kind, a.negated, a.refrain, sorted(actors),
        sorted(addressees), sorted(a.speakers), action, condition,
        topicIds(topics, s.index()), d.side, h.rule().id(), Math.max(0.3, confidence));
  }

  /**
   * The parties named after a cue only by a group phrase ("in our countries") or as a name's modifier ("the
   * U.S.-Mexico Framework"), never on their own: no party acted upon.
   */
  private static Set<String> notActedUpon(DocState d, List<Mention> ms, String t, int base, int from, int to) {
    Set<String> weak = new java.util.HashSet<>();
    Set<String> plain = new java.util.HashSet<>();
    for (Mention m : ms) {
      int at = m.start() - base;
      if (at >= from && at < to) {
        ("group".equals(m.rule()) || compound(t, at, m.end() - base) ? weak : plain).addAll(d.entities(m));
      }
    }
    weak.removeAll(plain);
    return weak;
  }

  /** Whether the mention at [start, end) is part of a hyphenated compound ("U.S.-Canada", "Russia-Iran"). */
  private static boolean compound(String t, int start, int end) {
    return (start > 0 && "-‐–".indexOf(t.charAt(start - 1)) >= 0) || (end < t.length() && "-‐–".indexOf(t.charAt(end)) >= 0);
  }

  /** True if a mention in the sentence (not a pronoun or group standing for everyone) is {@code entity}. */
  private static boolean names(DocState d, List<Mention> ms, String entity) {
    for (Mention m : ms) {
      List<String> es = d.entities(m);
      if (es != d.participants && es.contains(entity)) {
        return true;
      }
    }
    return false;
  }

  private List<String> objectAddressees(DocState d, List<Mention> ms, int base, int from, int to, List<String> actors) {
    String text = d.doc.text();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.start() - base >= from && m.end() - base <= to) {
        // A place ("holding the next round in Helsinki") or a treaty is not an addressee.
        if (!lexicon.addresseeTypes.contains(m.actorType()) || lexicon.placeBefore.matcher(
            text.substring(Math.max(base + from, m.start() - 6), m.start())).find()) {
          continue;
        }
        Np np = subjects.expand(d, ms, i, base + to);
        return np.entities().stream().filter(e -> !actors.contains(e)).toList();
      }
    }
    return List.of();
  }

  static int trimEnd(String t, int end) {
    while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || ".,;:".indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  private static List<String> sorted(List<String> xs) {
    return xs.stream().filter(x -> x != null && !x.isEmpty()).distinct().sorted().toList();
  }

  /** A new subject pronoun coordinated after an act, right before a weak cue ("… and we will"). */
  private static final Pattern NEW_SUBJECT = Pattern.compile(
      "\\b(?:and|but|so)\\s+((?:we|they|I|he|she)\\b)\\s*(?:(?:also|then|still|now|certainly)\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  /** The speaker's report of his own earlier words right before a quotation: "I told him: “…”", "we warned, “…”". */
  private static final Pattern SELF_REPORT = Pattern.compile("\\b(?:I|we)\\s+(?:(?:have|had|already|also|then|once)\\s+|[’']ve\\s+)?"
      + "(?:said|told|warned|stated|assured|promised|replied|answered|wrote|stressed|emphasi[sz]ed|made\\s+it\\s+clear)"
      + "\\b[^“\"]{0,80}$", Pattern.CASE_INSENSITIVE);

  /** A possessive determiner (and modifiers) opening a coordinated nominal act: the act's span starts there. */
  private static final Pattern POSSESSIVE_BEFORE =
      Pattern.compile("\\b(?:its|their|his|her|our)\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

  /** "we" (and an adverb or "all") right before an obligation modal: the speaker's side states its own necessity. */
  private static final Pattern WE_OBLIGED = Pattern.compile(
      "\\bwe\\s+(?:(?:really|still|also|just|certainly|absolutely|all|both|simply)\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** An agreement voiced by "we" or impersonally ("it was agreed"). */
  private static final Pattern WE_AGREED =
      Pattern.compile("\\b(?:we(?:\\s+have|\\s+had|[’']ve)?|it\\s+was|it\\s+has\\s+been)\\s+(?:also\\s+)?agreed\\b",
          Pattern.CASE_INSENSITIVE);
}

package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.analysis.Layers;
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
 * by {@link SubjectResolver}, clause bounds by {@link Clauses}.
 *
 * <p>It reads two more layers and re-computes neither: each commitment's topics are its sentence's
 * topic ids (the {@code topics} layer), and who voices it comes from the statement's attributions (the
 * {@code attributions} layer; {@link SpeakerChains}).
 *
 * <p>Immutable and thread-safe: one instance can serve every worker thread.
 */
public final class CommitmentExtractor {
  private final CommitmentLexicon lexicon;
  private final Clauses clauses;
  private final SubjectResolver subjects;

  public CommitmentExtractor(CommitmentLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.clauses = new Clauses(lexicon);
    this.subjects = new SubjectResolver(lexicon);
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
    DocState d = new DocState(doc, side, participants(doc, side, mentions));
    List<Commitment> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = bySentence.getOrDefault(s.index(), new ArrayList<>());
      ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      d.current = s.index();
      out.addAll(sentence(d, s, ms, topics));
      d.remember(subjects.firstNp(d, ms, s.start(), s.start(), s.end()), s.index());
    }
    // Who voices each act: reported speech and transcript turns (Sullivan reporting what Biden told Putin).
    return out.isEmpty() ? out : SpeakerChains.attach(doc.text(), out, doc.require(Layers.ATTRIBUTIONS));
  }

  /** The topic ids of sentence {@code index}, distinct and sorted. */
  private static List<String> topicIds(List<List<TopicHit>> topics, int index) {
    if (index >= topics.size()) {
      return List.of();
    }
    return topics.get(index).stream().map(TopicHit::topic).distinct().sorted().toList();
  }

  private List<Commitment> sentence(DocState d, Sentence s, List<Mention> ms, List<List<TopicHit>> topics) {
    String t = s.text();
    if (t.endsWith("?")) {
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
    int[] bounds = clauses.boundaries(t, ms, s.start());
    List<Act> acts = new ArrayList<>();
    for (Act.Hit h : hits) {
      if (overlapsCue(acts, h)) {
        continue;
      }
      Act owner = owner(acts, h.start());
      Act act = new Act();
      act.hit = h;
      if (owner != null) {
        Matcher co = lexicon.coordination.matcher(t.substring(owner.hit.end(), h.start()));
        if (!h.rule().strong() || !co.find()) {
          continue;
        }
        // "… and called for de-escalation": a coordinated act sharing the owner's subject.
        owner.clauseEnd = Clauses.trimEnd(t, owner.hit.end() + co.start());
        act.clauseStart = h.start();
        act.clauseEnd = Clauses.clauseEnd(t, bounds, h.end());
        act.actors = owner.actors;
        act.speakers = owner.speakers;
        act.joint = owner.joint;
        act.inferred = owner.inferred;
      } else {
        act.clauseStart = Clauses.clauseStart(bounds, h.start());
        act.clauseEnd = Clauses.clauseEnd(t, bounds, h.end());
        if (!h.rule().strong() && inFrame(lexicon.epistemic, t, act.clauseStart, h.start())) {
          continue;
        }
        if (!subjects.resolveSubject(d, s, ms, act, t)) {
          continue;
        }
      }
      act.negated = h.rule().negated() || (!h.rule().refrain() && negatedBefore(t, act.clauseStart, h.start()));
      acts.add(act);
    }
    List<Commitment> out = new ArrayList<>();
    int n = 0;
    for (Act a : acts) {
      out.add(build(d, s, ms, a, ++n, lowered, topics));
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

  private boolean negatedBefore(String t, int clauseStart, int cueStart) {
    int from = Math.max(clauseStart, cueStart - lexicon.negationWindow);
    return lexicon.negator.matcher(t.substring(from, cueStart)).find();
  }

  private Commitment build(DocState d, Sentence s, List<Mention> ms, Act a, int n, String lowered,
                           List<List<TopicHit>> topics) {
    String t = s.text();
    Act.Hit h = a.hit;
    int base = s.start();
    // Condition: the first condition cue in the clause, up to the next comma or the clause end.
    int condStart = -1;
    int condEnd = -1;
    for (CommitmentLexicon.Cue c : lexicon.conditions) {
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
        condEnd = Clauses.trimEnd(t, stop);
      }
    }
    int actionStart = h.end();
    if (h.rule().actionFromCue()) {
      Matcher mod = lexicon.modal.matcher(t);
      mod.region(h.start(), h.end());
      actionStart = mod.lookingAt() ? mod.end() : h.start();
    }
    int actionEnd = a.clauseEnd;
    if (condStart >= actionStart && condStart < actionEnd) {
      actionEnd = Clauses.trimEnd(t, condStart);
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
        d.doc.text().substring(start, end), kind, a.negated, h.rule().refrain(), sorted(a.actors),
        sorted(addressees), sorted(a.speakers), action, condition,
        topicIds(topics, s.index()), d.side, h.rule().id(), Math.max(0.3, confidence));
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

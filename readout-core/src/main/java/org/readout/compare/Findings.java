package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;
import org.readout.topics.PhraseCoder;

/**
 * Finding detection for one comparison: decides which findings the coverage matrix, alignments,
 * framings and commitment matches support, and on which sentences each rests. The wording is
 * {@link Wording}'s. Findings come in a fixed order (single side, length, topic presence, main topic,
 * topic order, convergence, framing, commitment matches, firmness). Short-lived: one per comparison.
 */
final class Findings {
  /** A statement at least this many times as long as another gives a length-asymmetry finding. */
  static final double LENGTH_RATIO = Comparer.LENGTH_RATIO;

  private final List<CodedStatement> coded;
  private final List<TopicCoverage> matrix;
  private final Map<String, List<String>> order;
  private final List<Alignment> alignments;
  private final List<Framing> framings;
  private final List<CommitmentPairs.Pair> pairs;
  private final List<CommitmentMatching.FirmnessGap> gaps;
  private final Wording wording;
  private final List<StancePairs.Judged> judged;
  private final Map<String, List<float[]>> vectors;
  private final Map<String, List<Commitment>> commitments;
  /** The codebook's key mentions of each topic (Omission). */
  private final PhraseCoder mentions;
  /** Statements by side, in statement order. */
  final Map<String, List<CodedStatement>> sides = new LinkedHashMap<>();
  private final List<Finding> out = new ArrayList<>();
  /** Discourse roles of each statement's sentences, computed once. */
  private final Map<String, List<SentenceRoles.Role>> roles = new LinkedHashMap<>();

  Findings(List<CodedStatement> coded, List<TopicCoverage> matrix, Map<String, List<String>> order,
           List<Alignment> alignments, List<Framing> framings, List<CommitmentPairs.Pair> pairs,
           List<CommitmentMatching.FirmnessGap> gaps, Wording wording, List<StancePairs.Judged> judged,
           Map<String, List<float[]>> vectors, Map<String, List<Commitment>> commitments, PhraseCoder mentions) {
    this.coded = coded;
    this.matrix = matrix;
    this.order = order;
    this.alignments = alignments;
    this.framings = framings;
    this.pairs = pairs;
    this.gaps = gaps;
    this.wording = wording;
    this.judged = judged;
    this.vectors = vectors;
    this.commitments = commitments;
    this.mentions = mentions;
    for (CodedStatement c : coded) {
      sides.computeIfAbsent(Comparer.sideOf(c), k -> new ArrayList<>()).add(c);
    }
  }

  List<Finding> all() {
    MeetingFindings meeting = new MeetingFindings(sides, commitments, StanceLexicon.BUNDLED, wording);
    Finding outcome = meeting.outcome(judged.stream().anyMatch(j -> j.type().equals(Finding.MIRROR)), entities());
    if (outcome != null) {
      out.add(outcome);
    }
    out.addAll(meeting.initiative());
    singleSide();
    lengthAsymmetry();
    for (TopicCoverage t : matrix) {
      topicPresence(t);
    }
    mainTopic();
    topicOrder();
    stance();
    framing();
    commitmentMatches();
    firmnessDifferences();
    return out;
  }

  /** The same commitment reported by two sides ("Both sides report an agreement by … to …"). */
  private void commitmentMatches() {
    for (CommitmentPairs.Pair p : pairs) {
      CodedStatement a = byId(p.a().statement());
      CodedStatement b = byId(p.b().statement());
      String rule = String.format(Locale.ROOT, "commitment-pair:%s similarity=%.3f", p.rule(), p.similarity());
      out.add(new Finding(Finding.COMMITMENT_MATCH, sharedTopic(p.a(), p.b()), List.of(a.id(), b.id()),
          wording.commitmentMatch(sides.size(), p, a, b),
          List.of(evidence(a, p.a().sentence(), rule + " " + p.a().id()), evidence(b, p.b().sentence(), rule + " " + p.b().id()))));
    }
  }

  /** The same matter reported with different firmness by two sides. */
  private void firmnessDifferences() {
    for (CommitmentMatching.FirmnessGap g : gaps) {
      CodedStatement hi = byId(g.firmer().statement());
      CodedStatement lo = byId(g.weaker().statement());
      String rule = String.format(Locale.ROOT, "firmness:%s>%s %s score=%.3f", g.firmer().kind().id(), g.weaker().kind().id(),
          g.rule(), g.score());
      List<String> ids = new ArrayList<>(List.of(hi.id(), lo.id()));
      List<Evidence> ev = new ArrayList<>(List.of(evidence(hi, g.firmer().sentence(), rule + " " + g.firmer().id()),
          evidence(lo, g.weaker().sentence(), rule + " " + g.weaker().id())));
      out.add(new Finding(Finding.FIRMNESS_DIFFERENCE, sharedTopic(g.firmer(), g.weaker()), ids,
          wording.firmness(g, hi, lo), ev));
    }
  }

  private static String sharedTopic(Commitment a, Commitment b) {
    return a.topics().stream().filter(b.topics()::contains).findFirst().orElse("");
  }

  /** Says so when every statement comes from one side, so a reader knows why no cross-side finding follows. */
  private void singleSide() {
    if (sides.size() != 1 || coded.isEmpty()) {
      return;
    }
    String side = sides.keySet().iterator().next();
    List<Evidence> ev = new ArrayList<>();
    for (CodedStatement c : coded) {
      if (!c.sentences().isEmpty()) {
        ev.add(evidence(c, 0, "sides"));
      }
    }
    out.add(new Finding(Finding.SINGLE_SIDE, "", coded.stream().map(CodedStatement::id).toList(),
        wording.singleSide(side), ev));
  }

  /**
   * One length-asymmetry finding for the pair that best stands for "the two sides' accounts of the
   * meeting": statements of different sides when there are any (else of the same side), of the same
   * kind when possible (a readout against a readout, not a press conference against a two-line
   * announcement), and among those the pair sharing the most topics (the counterpart account rather
   * than a readout of another call filed in the same folder); ties go to the larger ratio, then ids.
   */
  private void lengthAsymmetry() {
    List<CodedStatement[]> all = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        all.add(new CodedStatement[] {coded.get(i), coded.get(j)});
      }
    }
    List<CodedStatement[]> cross = all.stream().filter(p -> !Comparer.sideOf(p[0]).equals(Comparer.sideOf(p[1]))).toList();
    List<CodedStatement[]> candidates = cross.isEmpty() ? all : cross;
    List<CodedStatement[]> sameKind = candidates.stream()
        .filter(p -> p[0].statement().meta().kind().equals(p[1].statement().meta().kind())).toList();
    if (!sameKind.isEmpty()) {
      candidates = sameKind;
    } else if (cross.isEmpty()) {
      return; // one side only, and no two statements of one kind: lengths of unlike texts say nothing
    }
    CodedStatement[] best = null;
    for (CodedStatement[] p : candidates) {
      if (best == null || pairOrder().compare(p, best) < 0) {
        best = p;
      }
    }
    if (best == null) {
      return;
    }
    CodedStatement longest = best[0].words() >= best[1].words() ? best[0] : best[1];
    CodedStatement shortest = longest == best[0] ? best[1] : best[0];
    double ratio = (double) longest.words() / Math.max(1, shortest.words());
    if (ratio < LENGTH_RATIO) {
      return;
    }
    List<Evidence> ev = new ArrayList<>();
    ev.add(evidence(longest, 0, "length"));
    if (!shortest.sentences().isEmpty()) {
      ev.add(evidence(shortest, 0, "length")); // an empty statement has no sentence to point at
    }
    out.add(new Finding(Finding.LENGTH_ASYMMETRY, "", List.of(longest.id(), shortest.id()),
        wording.lengthAsymmetry(longest, shortest, ratio), ev));
  }

  /** Most shared topics first, then the larger length ratio, then ids (so input order never matters). */
  private Comparator<CodedStatement[]> pairOrder() {
    return Comparator.<CodedStatement[]>comparingInt(p -> -sharedTopics(p[0], p[1]))
        .thenComparingDouble(p -> -lengthRatio(p[0], p[1]))
        .thenComparing(p -> pairKey(p[0], p[1]));
  }

  private int sharedTopics(CodedStatement a, CodedStatement b) {
    int n = 0;
    for (TopicCoverage t : matrix) {
      if (t.presentIn(a.id()) && t.presentIn(b.id())) {
        n++;
      }
    }
    return n;
  }

  private static double lengthRatio(CodedStatement a, CodedStatement b) {
    return (double) Math.max(a.words(), b.words()) / Math.max(1, Math.min(a.words(), b.words()));
  }

  private static String pairKey(CodedStatement a, CodedStatement b) {
    return a.id().compareTo(b.id()) <= 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
  }

  private void topicPresence(TopicCoverage t) {
    if (sides.size() < 2) {
      return;
    }
    List<String> present = new ArrayList<>();
    Set<String> presentSides = new HashSet<>();
    for (CodedStatement c : coded) {
      if (t.presentIn(c.id())) {
        present.add(c.id());
        presentSides.add(Comparer.sideOf(c));
      }
    }
    if (present.isEmpty()) {
      return;
    }
    List<CodedStatement> with = coded.stream().filter(c -> t.presentIn(c.id())).toList();
    if (presentSides.size() == 1) {
      oneSidedTopic(t, with);
      return;
    }
    if (presentSides.size() < sides.size()) {
      return;
    }
    out.add(new Finding(Finding.SHARED_TOPIC, t.topic(), present, wording.sharedTopic(sides.size(), t, with),
        topicEvidence(with, t, "coverage")));
    emphasis(t, with);
  }

  /**
   * A topic coded in one side's statements only. It is a one-sided-topic finding when that side raises it
   * ({@link TopicRaise}: content sentences about the topic, enough for the statement's length) and no sentence
   * of any of the other side's statements comes close to those sentences ({@link Omission}); when one does, the
   * other side covers it in other words and the finding is a weaker {@code topic-mentioned-briefly}, which the
   * short brief leaves out. A topic only touched in passing gives no finding.
   */
  private void oneSidedTopic(TopicCoverage t, List<CodedStatement> with) {
    String side = Comparer.sideOf(with.get(0));
    List<CodedStatement> raising = new ArrayList<>();
    Map<String, List<Integer>> strong = new LinkedHashMap<>();
    for (CodedStatement c : with) {
      List<SentenceRoles.Role> roles = roles(c);
      List<Integer> ev = TopicRaise.evidence(c, t.topic(), t.coverage().get(c.id()).sentences(), roles);
      if (ev.size() >= TopicRaise.needed(roles)) {
        raising.add(c);
        strong.put(c.id(), ev);
      }
    }
    if (raising.isEmpty()) {
      return;
    }
    List<CodedStatement> others = coded.stream().filter(c -> !Comparer.sideOf(c).equals(side)).toList();
    List<CodedStatement> without = coded.stream().filter(c -> !t.presentIn(c.id())).toList();
    Omission.Closest near = Omission.closest(t.topic(), strong, raising, others, vectors, mentions);
    List<Evidence> ev = new ArrayList<>();
    for (CodedStatement c : raising) {
      ev.addAll(topicEvidence(List.of(c), t, "coverage").stream()
          .filter(e -> strong.get(c.id()).contains(e.sentence())).toList());
    }
    List<String> ids = raising.stream().map(CodedStatement::id).toList();
    if (near == null) {
      out.add(new Finding(Finding.ONE_SIDED_TOPIC, t.topic(), ids, wording.oneSidedTopic(t, raising, without), ev));
    } else {
      List<Evidence> withNear = new ArrayList<>(ev);
      withNear.add(evidence(near.statement(), near.sentence(), near.rule()));
      // the finding rests on the other side's close sentence too, so its statement is one of the finding's
      List<String> both = new ArrayList<>(ids);
      if (!both.contains(near.statement().id())) {
        both.add(near.statement().id());
      }
      out.add(new Finding(Finding.TOPIC_MENTIONED_BRIEFLY, t.topic(), both,
          wording.oneSidedTopic(t, raising, without, near.statement(), near.sentence()), withNear));
    }
  }

  private List<SentenceRoles.Role> roles(CodedStatement c) {
    return roles.computeIfAbsent(c.id(), k -> SentenceRoles.of(c.statement().text(), c.sentences()));
  }

  private void emphasis(TopicCoverage t, List<CodedStatement> with) {
    CodedStatement hi = with.get(0);
    CodedStatement lo = with.get(0);
    for (CodedStatement c : with) {
      if (t.coverage().get(c.id()).share() > t.coverage().get(hi.id()).share()) {
        hi = c;
      }
      if (t.coverage().get(c.id()).share() < t.coverage().get(lo.id()).share()) {
        lo = c;
      }
    }
    double h = t.coverage().get(hi.id()).share();
    double l = t.coverage().get(lo.id()).share();
    if (Comparer.sideOf(hi).equals(Comparer.sideOf(lo)) || h < Comparer.EMPHASIS_RATIO * l
        || h - l < Comparer.EMPHASIS_POINTS) {
      return;
    }
    out.add(new Finding(Finding.EMPHASIS_DIFFERENCE, t.topic(), List.of(hi.id(), lo.id()), wording.emphasis(t, hi, h, lo, l),
        topicEvidence(List.of(hi, lo), t, "share")));
  }

  /** The topic with the largest word share in each statement (ties: codebook order). */
  private void mainTopic() {
    List<String> parts = new ArrayList<>();
    List<Evidence> ev = new ArrayList<>();
    List<CodedStatement> with = new ArrayList<>();
    Set<String> mains = new LinkedHashSet<>();
    for (CodedStatement c : coded) {
      TopicCoverage best = null;
      for (TopicCoverage t : matrix) {
        if (t.presentIn(c.id()) && (best == null || t.coverage().get(c.id()).share() > best.coverage().get(c.id()).share())) {
          best = t;
        }
      }
      if (best == null) {
        continue;
      }
      Coverage cv = best.coverage().get(c.id());
      mains.add(best.topic());
      with.add(c);
      parts.add(wording.mainTopicPart(best, cv, c));
      ev.add(evidence(c, cv.firstSentence(), "share"));
    }
    if (with.isEmpty()) {
      return;
    }
    String text;
    if (with.size() == 1) {
      text = wording.mainTopicSingle(parts.get(0));
    } else if (mains.size() == 1) {
      text = wording.mainTopicShared(topic(mains.iterator().next()), with);
    } else {
      text = wording.mainTopicDifferent(parts);
    }
    out.add(new Finding(Finding.MAIN_TOPIC, mains.size() == 1 ? mains.iterator().next() : "",
        with.stream().map(CodedStatement::id).toList(), text, ev));
  }

  private void topicOrder() {
    if (sides.size() < 2) {
      return;
    }
    Map<String, String> first = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      List<String> o = order.get(c.id());
      if (!o.isEmpty()) {
        first.put(c.id(), o.get(0));
      }
    }
    if (first.size() < 2 || new HashSet<>(first.values()).size() < 2) {
      return;
    }
    List<String> parts = new ArrayList<>();
    List<Evidence> ev = new ArrayList<>();
    for (CodedStatement c : coded) {
      String topic = first.get(c.id());
      if (topic == null) {
        continue;
      }
      TopicCoverage t = topic(topic);
      parts.add(wording.opensWith(c, t));
      ev.add(evidence(c, t.coverage().get(c.id()).firstSentence(), "topic-order"));
    }
    out.add(new Finding(Finding.TOPIC_ORDER, "", List.copyOf(first.keySet()), wording.topicOrder(parts), ev));
  }

  /** Convergence, mirror and contrast findings from the stance check of cross-side pairs. */
  private void stance() {
    for (StancePairs.Judged j : judged) {
      CodedStatement a = byId(j.a().statement());
      CodedStatement b = byId(j.b().statement());
      out.add(new Finding(j.type(), j.topics().isEmpty() ? "" : j.topics().get(0), List.of(a.id(), b.id()),
          wording.stance(j.type(), a, j.a().sentence(), b, j.b().sentence()),
          List.of(segment(a, j.a().sentence(), j.topics(), j.rule()), segment(b, j.b().sentence(), j.topics(), j.rule()))));
    }
  }

  /**
   * Evidence narrowed to the clause holding the shared topic when the sentence lists several topics ("discussed
   * the dialogue on X, a separate dialogue on Y, as well as Z"): from the list separator before the topic's
   * phrase to the one after it. A sentence with one topic is evidence as a whole.
   */
  private static Evidence segment(CodedStatement c, int i, List<String> topics, String rule) {
    Sentence s = c.sentences().get(i);
    if (c.topicsOf(i).size() < 3 || topics.isEmpty()) {
      return evidence(c, i, rule);
    }
    var hit = c.hits().get(i).stream().filter(h -> h.topic().equals(topics.get(0)) && h.end() > h.start()).findFirst();
    if (hit.isEmpty() || hit.get().start() < s.start() || hit.get().end() > s.end()) {
      return evidence(c, i, rule);
    }
    String t = s.text();
    int from = hit.get().start() - s.start();
    int to = hit.get().end() - s.start();
    int comma = Math.max(t.lastIndexOf(", ", from), t.lastIndexOf("; ", from));
    int start = comma < 0 ? 0 : comma + 2;
    int b1 = t.indexOf(',', to);
    int b2 = t.indexOf(';', to);
    int end = Math.min(b1 < 0 ? t.length() : b1, b2 < 0 ? t.length() : b2);
    return new Evidence(c.id(), i, s.start() + start, s.start() + end, rule + " clause");
  }

  /** Side code to the entity it stands for (US to USA), from the side table. */
  Map<String, String> entities() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String side : sides.keySet()) {
      out.put(side, org.readout.model.Sides.actorOf(side).orElse(""));
    }
    return out;
  }

  private void framing() {
    for (Framing fr : framings) {
      CodedStatement a = byId(fr.statement());
      CodedStatement b = byId(fr.other());
      if (a.id().compareTo(b.id()) > 0) {
        continue; // one finding per pair, built from both directions
      }
      Framing back = framings.stream().filter(x -> x.topic().equals(fr.topic()) && x.statement().equals(b.id())
          && x.other().equals(a.id())).findFirst().orElse(null);
      if (back == null) {
        continue;
      }
      List<Evidence> ev = new ArrayList<>();
      ev.addAll(termEvidence(a, fr));
      ev.addAll(termEvidence(b, back));
      out.add(new Finding(Finding.FRAMING_DIFFERENCE, fr.topic(), List.of(a.id(), b.id()),
          wording.framing(topic(fr.topic()), a, fr, b, back), ev));
    }
  }

  private List<Evidence> termEvidence(CodedStatement c, Framing fr) {
    List<Evidence> ev = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (KeyTerm k : fr.terms().subList(0, Math.min(3, fr.terms().size()))) {
      for (int i : c.sentencesWith(fr.topic())) {
        if (Lemmas.of(c.sentences().get(i)).contains(k.term())) {
          if (seen.add(i)) {
            ev.add(evidence(c, i, "keyness-g2"));
          }
          break;
        }
      }
    }
    ev.sort(Comparator.comparingInt(Evidence::sentence));
    return ev;
  }

  private List<Evidence> topicEvidence(List<CodedStatement> with, TopicCoverage t, String rule) {
    List<Evidence> ev = new ArrayList<>();
    for (CodedStatement c : with) {
      for (int i : t.coverage().get(c.id()).sentences()) {
        String r = c.hits().get(i).stream().filter(h -> h.topic().equals(t.topic())).findFirst()
            .map(h -> rule + ":" + h.rule() + (h.phrase().isEmpty() ? "" : "('" + h.phrase() + "')")
                + String.format(Locale.ROOT, " score=%.3f", h.score()))
            .orElse(rule);
        ev.add(evidence(c, i, r));
      }
    }
    return ev;
  }

  private TopicCoverage topic(String id) {
    return matrix.stream().filter(x -> x.topic().equals(id)).findFirst().orElseThrow();
  }

  private CodedStatement byId(String id) {
    return coded.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Evidence evidence(CodedStatement c, int i, String rule) {
    Sentence s = c.sentences().get(i);
    return new Evidence(c.id(), i, s.start(), s.end(), rule);
  }
}

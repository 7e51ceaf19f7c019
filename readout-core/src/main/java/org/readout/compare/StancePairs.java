package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.topics.CodedStatement;

/**
 * The stance check of cross-side sentence pairs. A pair of content sentences (never a question, a
 * moderator's line, a pleasantry or an atmosphere remark) on a shared topic is judged:
 * <ol>
 *   <li>{@code mirror}: each sentence blames a party other than its own side, the two blame different
 *   parties, and at least one blames the other side ("Russia’s escalation" / "Kiev’s provocations");</li>
 *   <li>{@code contrast}: one side blames a party the other side supports ("provocations by X" / "support for
 *   X’s sovereignty"); or the two state the same point (score at least {@link Comparer#CONVERGENCE_SCORE})
 *   with opposite polarity; or each side's own demand or warning, addressed to the other, on one topic;</li>
 *   <li>{@code convergence}: the same point (score at least {@link Comparer#CONVERGENCE_SCORE}) with the same
 *   polarity and compatible roles: when both carry commitments their actors overlap, and when both blame
 *   someone they blame the same party;</li>
 *   <li>else no finding.</li>
 * </ol>
 * Candidates are every cross-side pair scoring at least {@link #CANDIDATE} with a shared topic; each sentence
 * takes part in at most {@link #PER_SENTENCE} findings, mirror and contrast first, then best score (plus
 * {@link #ACT_BONUS} when both sentences carry a speech act), and each shared topic gets at most one convergence
 * and {@link #PER_TOPIC} mirror and contrast findings.
 * Mirror accusations also count between sentences sharing no topic from {@link #MIRROR_SCORE}. Stateless.
 */
final class StancePairs {
  static final double CANDIDATE = 0.45;
  static final int PER_SENTENCE = 2;
  /** Mirror or contrast findings per type and topic for one pair of statements. */
  static final int PER_TOPIC = 2;
  /** Cross-side pairs that share no topic still count as mirror accusations from this score. */
  static final double MIRROR_SCORE = 0.35;
  /** Added to the score when both sentences carry a speech act (agreement, readiness, hope …), not just an agenda item. */
  static final double ACT_BONUS = 0.12;
  static final List<String> POSITION_KINDS = List.of("demand", "warning");

  /** One judged pair; {@code a} lies in the statement first in id order. */
  record Judged(SentenceRef a, SentenceRef b, String type, double score, List<String> topics, String rule) {
  }

  /** A verdict of {@link #judge}. */
  record Verdict(String type, String rule) {
    static final Verdict NONE = new Verdict("none", "");
  }

  private StancePairs() {
  }

  /** One sentence as the check sees it: its side's entity (e.g. {@code USA}), role and stance. */
  record Side(String entity, SentenceRoles.Role role, Stance stance) {
  }

  /**
   * Judges one cross-side pair.
   *
   * @param score       the aligner's score of the pair
   * @param sharedTopic whether the two sentences share a topic
   */
  static Verdict judge(Side a, Side b, double score, boolean sharedTopic) {
    if (!a.role().content() || !b.role().content()) {
      return Verdict.NONE;
    }
    Stance sa = a.stance();
    Stance sb = b.stance();
    List<String> oa = others(sa.blamed(), a.entity());
    List<String> ob = others(sb.blamed(), b.entity());
    if (!oa.isEmpty() && !ob.isEmpty() && (oa.contains(b.entity()) || ob.contains(a.entity()))
        && oa.stream().noneMatch(ob::contains) && (sharedTopic || score >= MIRROR_SCORE)) {
      return new Verdict(Finding.MIRROR, "stance:mirror blamed=" + oa + "/" + ob);
    }
    if (!sharedTopic) {
      return Verdict.NONE;
    }
    if (sa.distancing() != sb.distancing() && score >= CANDIDATE) {
      return new Verdict(Finding.CONTRAST, "stance:dismissed-claim distancing=" + sa.distancing() + "/" + sb.distancing());
    }
    if (oa.stream().anyMatch(sb.supported()::contains) || ob.stream().anyMatch(sa.supported()::contains)) {
      return new Verdict(Finding.CONTRAST, "stance:blame-vs-support " + oa + "/" + sb.supported() + " " + ob + "/"
          + sa.supported());
    }
    // a sentence carrying an act (agreement, readiness, hope …) is the substantive counterpart of an agenda line
    double effective = score + (!sa.kinds().isEmpty() && !sb.kinds().isEmpty() ? ACT_BONUS : 0);
    boolean same = effective >= Comparer.CONVERGENCE_SCORE;
    if (same && sa.negated() != sb.negated()) {
      return new Verdict(Finding.CONTRAST, "stance:polarity negated=" + sa.negated() + "/" + sb.negated());
    }
    if (ownPosition(sa, a.entity()) && ownPosition(sb, b.entity()) && !a.entity().equals(b.entity())) {
      return new Verdict(Finding.CONTRAST, "stance:opposing-positions " + sa.kinds() + "/" + sb.kinds());
    }
    if (!same || sa.negated() != sb.negated()) {
      return Verdict.NONE;
    }
    if (!sa.actors().isEmpty() && !sb.actors().isEmpty() && sa.actors().stream().noneMatch(sb.actors()::contains)) {
      return Verdict.NONE; // the same act by different parties: not the same claim
    }
    if (sa.accuses() && sb.accuses() && sa.blamed().stream().noneMatch(sb.blamed()::contains)) {
      return Verdict.NONE; // both blame, but different parties
    }
    if (sa.accuses() != sb.accuses() && (!oa.isEmpty() || !ob.isEmpty())) {
      return Verdict.NONE; // one side blames the other's camp, the other does not: not a shared claim
    }
    return new Verdict(Finding.CONVERGENCE, String.format(Locale.ROOT, "stance:same-claim score=%.3f", score));
  }

  /** A demand or warning whose only actor is the sentence's own side. */
  private static boolean ownPosition(Stance s, String entity) {
    return s.actors().equals(List.of(entity)) && s.kinds().stream().anyMatch(POSITION_KINDS::contains);
  }

  private static List<String> others(List<String> blamed, String own) {
    return blamed.stream().filter(x -> !x.equals(own)).toList();
  }

  /** Judges the candidate pairs of two statements of different sides. */
  static List<Judged> pairs(CodedStatement a, List<float[]> va, List<Side> sa, CodedStatement b, List<float[]> vb,
                            List<Side> sb) {
    SentenceAligner.Matrix mx = SentenceAligner.score(a, va, b, vb);
    List<Judged> all = new ArrayList<>();
    for (int i = 0; i < sa.size(); i++) {
      for (int j = 0; j < sb.size(); j++) {
        double score = mx.score()[i][j];
        if (score < MIRROR_SCORE) {
          continue;
        }
        List<String> shared = new ArrayList<>(a.topicsOf(i));
        shared.retainAll(b.topicsOf(j));
        shared.removeAll(StanceLexicon.BUNDLED.genericTopics);
        Verdict v = judge(sa.get(i), sb.get(j), score, !shared.isEmpty());
        if (!v.type().equals("none") && (score >= CANDIDATE || v.type().equals(Finding.MIRROR))) {
          double rank = score + (!sa.get(i).stance().kinds().isEmpty() && !sb.get(j).stance().kinds().isEmpty() ? ACT_BONUS : 0);
          all.add(new Judged(SentenceAligner.ref(a, i), SentenceAligner.ref(b, j), v.type(), rank, shared, v.rule()));
        }
      }
    }
    // mirror and contrast first (a wrong convergence costs more than a missed one), then by score
    all.sort(Comparator.comparingInt((Judged j) -> j.type().equals(Finding.CONVERGENCE) ? 1 : 0)
        .thenComparingDouble(j -> -j.score()).thenComparingInt(j -> j.a().sentence()).thenComparingInt(j -> j.b().sentence()));
    int[] useA = new int[sa.size()];
    int[] useB = new int[sb.size()];
    Set<String> convergedTopics = new HashSet<>();
    java.util.Map<String, Integer> opposedTopics = new java.util.HashMap<>();
    List<Judged> out = new ArrayList<>();
    for (Judged j : all) {
      int i = j.a().sentence();
      int k = j.b().sentence();
      if (useA[i] >= PER_SENTENCE || useB[k] >= PER_SENTENCE) {
        continue;
      }
      boolean conv = j.type().equals(Finding.CONVERGENCE);
      if (conv && !convergedTopics.add(j.topics().get(0))) {
        continue; // the topic already has its (best) convergence
      }
      String topic = j.topics().isEmpty() ? "" : j.topics().get(0);
      if (!conv && opposedTopics.merge(j.type() + "\u0000" + topic, 1, Integer::sum) > PER_TOPIC) {
        continue; // a long text opposes the other on one topic in many sentences: its best pairs stand for them
      }
      useA[i]++;
      useB[k]++;
      out.add(j);
    }
    out.sort(Comparator.comparingInt((Judged j) -> j.a().sentence()).thenComparingInt(j -> j.b().sentence()));
    return out;
  }

}

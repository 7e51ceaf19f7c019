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
 * moderator's line, a pleasantry or an atmosphere remark) gets a type only when the check is sure (see
 * {@link #judge(Side, Side, double, boolean, Set, Set)}): {@code mirror} (each side blames the other's camp) or
 * {@code convergence} (speech acts of one family by the same actors on the same point); any other pair, contrasts
 * included, stays a plain alignment with no claim.
 * Candidates are every cross-side pair scoring at least {@link #CANDIDATE} with a shared topic; each sentence
 * takes part in at most {@link #PER_SENTENCE} findings of each type, mirrors first, then best score (plus
 * {@link #ACT_BONUS} when both sentences carry a speech act), and each shared topic gets at most one convergence
 * and {@link #PER_TOPIC} mirror findings.
 * Mirror accusations also count between sentences sharing no topic from {@link #MIRROR_SCORE}. Stateless.
 */
final class StancePairs {
  static final double CANDIDATE = 0.45;
  static final int PER_SENTENCE = 2;
  /** Mirror findings per topic for one pair of statements. */
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
   * Judges one cross-side pair, each side's camp being its own entity and the blocs it belongs to.
   *
   * @param score       the aligner's score of the pair
   * @param sharedTopic whether the two sentences share a topic
   */
  static Verdict judge(Side a, Side b, double score, boolean sharedTopic) {
    return judge(a, b, score, sharedTopic, camp(a.entity(), List.of()), camp(b.entity(), List.of()));
  }

  /**
   * Judges one cross-side pair. A type is given only when the stance check is sure; otherwise the pair stays a
   * plain alignment ({@link Verdict#NONE}):
   * <ul>
   *   <li>mirror: each sentence, in its own voice and not denied, blames a party of the other's camp, and the two
   *   blame different parties;</li>
   *   <li>convergence: both carry speech acts of one family (cooperation: agreement, pledge, readiness, hope,
   *   proposal; pressure: warning, demand) by the same actors, neither denied or distancing, on the same point, and
   *   blaming no one (or the same parties; a warning or demand may name its target on one side only).</li>
   * </ul>
   * No pair is called a contrast: every rule tried (a party one side blames and the other supports, opposite polarity
   * cues, a claim one side dismisses, each side's own demand) was wrong on most pairs of the comparison gold
   * (brief-gate.yaml), so such pairs stay plain alignments.
   *
   * @param campA the parties side {@code a} stands with ({@link #camp})
   * @param campB the parties side {@code b} stands with
   */
  static Verdict judge(Side a, Side b, double score, boolean sharedTopic, Set<String> campA, Set<String> campB) {
    if (!a.role().content() || !b.role().content()) {
      return Verdict.NONE;
    }
    Stance sa = a.stance();
    Stance sb = b.stance();
    List<String> oa = others(sa.blamed(), a.entity());
    List<String> ob = others(sb.blamed(), b.entity());
    if (!oa.isEmpty() && !ob.isEmpty() && !sa.negated() && !sb.negated()
        && oa.stream().anyMatch(x -> campB.contains(x) && !campA.contains(x))
        && ob.stream().anyMatch(x -> campA.contains(x) && !campB.contains(x))
        && oa.stream().noneMatch(ob::contains) && (sharedTopic || score >= MIRROR_SCORE)) {
      return new Verdict(Finding.MIRROR, "stance:mirror blamed=" + oa + "/" + ob);
    }
    if (!sharedTopic) {
      return Verdict.NONE;
    }
    // a sentence carrying an act (agreement, readiness, hope …) is the substantive counterpart of an agenda line
    double effective = score + ACT_BONUS;
    if (effective < Comparer.CONVERGENCE_SCORE || sa.kinds().isEmpty() || sb.kinds().isEmpty()
        || sa.actors().isEmpty() || !sa.actors().equals(sb.actors()) || family(sa) == 0 || family(sa) != family(sb)
        || sa.negated() || sb.negated() || sa.distancing() || sb.distancing()) {
      return Verdict.NONE; // not sure: the same words may carry different claims
    }
    // blame: a shared warning or demand may name the party it is aimed at on one side only; any other act that blames
    // someone is a position of its own, and two sentences blaming different parties never make one claim
    boolean pressing = family(sa) == 2;
    if ((sa.accuses() || sb.accuses()) && !(pressing && (!sa.accuses() || !sb.accuses()))
        && !(sa.accuses() && sb.accuses() && sa.blamed().equals(sb.blamed()))) {
      return Verdict.NONE;
    }
    return new Verdict(Finding.CONVERGENCE, String.format(Locale.ROOT, "stance:same-claim score=%.3f actors=%s", score,
        sa.actors()));
  }

  /** 1: every act is cooperative (agreement, pledge, readiness, hope, proposal); 2: every act presses; 0: mixed. */
  private static int family(Stance s) {
    boolean press = s.kinds().stream().allMatch(POSITION_KINDS::contains);
    boolean coop = s.kinds().stream().noneMatch(POSITION_KINDS::contains);
    return press ? 2 : coop ? 1 : 0;
  }

  /**
   * The parties a side stands with: its own entity, the blocs it belongs to ({@code blocs} in stance.yaml: blaming
   * NATO blames its members) and the parties its own content sentences support.
   */
  static Set<String> camp(String entity, List<Side> sentences) {
    Set<String> out = new HashSet<>();
    out.add(entity);
    StanceLexicon.BUNDLED.blocs.forEach((bloc, members) -> {
      if (members.contains(entity)) {
        out.add(bloc);
      }
    });
    for (Side s : sentences) {
      if (s.role().content() && !s.stance().negated()) {
        out.addAll(s.stance().supported());
      }
    }
    return out;
  }

  private static List<String> others(List<String> blamed, String own) {
    return blamed.stream().filter(x -> !x.equals(own)).toList();
  }

  /** Judges the candidate pairs of two statements of different sides. */
  static List<Judged> pairs(CodedStatement a, List<float[]> va, List<Side> sa, CodedStatement b, List<float[]> vb,
                            List<Side> sb) {
    SentenceAligner.Matrix mx = SentenceAligner.score(a, va, b, vb);
    List<Judged> all = new ArrayList<>();
    Set<String> campA = sa.isEmpty() ? Set.of() : camp(sa.get(0).entity(), sa);
    Set<String> campB = sb.isEmpty() ? Set.of() : camp(sb.get(0).entity(), sb);
    for (int i = 0; i < sa.size(); i++) {
      for (int j = 0; j < sb.size(); j++) {
        double score = mx.score()[i][j];
        if (score < MIRROR_SCORE) {
          continue;
        }
        List<String> shared = new ArrayList<>(a.topicsOf(i));
        shared.retainAll(b.topicsOf(j));
        shared.removeAll(StanceLexicon.BUNDLED.genericTopics);
        Verdict v = judge(sa.get(i), sb.get(j), score, !shared.isEmpty(), campA, campB);
        if (!v.type().equals("none") && (score >= CANDIDATE || v.type().equals(Finding.MIRROR))) {
          double rank = score + (!sa.get(i).stance().kinds().isEmpty() && !sb.get(j).stance().kinds().isEmpty() ? ACT_BONUS : 0);
          all.add(new Judged(SentenceAligner.ref(a, i), SentenceAligner.ref(b, j), v.type(), rank, shared, v.rule()));
        }
      }
    }
    // mirrors first (a wrong convergence costs more than a missed one), then by score
    all.sort(Comparator.comparingInt((Judged j) -> j.type().equals(Finding.CONVERGENCE) ? 1 : 0)
        .thenComparingDouble(j -> -j.score()).thenComparingInt(j -> j.a().sentence()).thenComparingInt(j -> j.b().sentence()));
    java.util.Map<String, int[]> useA = new java.util.HashMap<>();
    java.util.Map<String, int[]> useB = new java.util.HashMap<>();
    Set<String> convergedTopics = new HashSet<>();
    java.util.Map<String, Integer> opposedTopics = new java.util.HashMap<>();
    List<Judged> out = new ArrayList<>();
    for (Judged j : all) {
      int i = j.a().sentence();
      int k = j.b().sentence();
      int[] ua = useA.computeIfAbsent(j.type(), t -> new int[sa.size()]);
      int[] ub = useB.computeIfAbsent(j.type(), t -> new int[sb.size()]);
      if (ua[i] >= PER_SENTENCE || ub[k] >= PER_SENTENCE) {
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
      ua[i]++;
      ub[k]++;
      out.add(j);
    }
    out.sort(Comparator.comparingInt((Judged j) -> j.a().sentence()).thenComparingInt(j -> j.b().sentence()));
    return out;
  }

}

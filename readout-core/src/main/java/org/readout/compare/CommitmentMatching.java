package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.internal.Similarity;
import org.readout.model.Sentence;
import org.readout.model.Token;
import org.readout.topics.CodedStatement;

/**
 * Matches commitments across statements of different sides: the same act reported by both
 * ({@link CommitmentPairs}), and the same matter reported with different
 * firmness (agreement &gt; pledge &gt; readiness &gt; hope). Stateless and thread-safe.
 *
 * <p>A firmness gap needs two binding (commissive, not negated) commitments of different kinds, not
 * already paired, sharing an actor, about the same matter: their sentences are aligned with at least the
 * convergence score ({@link Comparer#CONVERGENCE_SCORE}), or their
 * action lemmas overlap (Dice) by at least {@value #SAME_MATTER_TOPIC} with a shared topic, or by at
 * least {@value #SAME_MATTER} without one. Pairs are one-to-one, best score first.
 */
final class CommitmentMatching {
  static final double SAME_MATTER = 0.5;
  static final double SAME_MATTER_TOPIC = 0.25;

  /** Two commitments on the same matter with different firmness; {@code firmer} has the firmer kind. */
  record FirmnessGap(Commitment firmer, Commitment weaker, double score, String rule) {
  }

  private CommitmentMatching() {
  }

  /** Pairs of matching commitments for every pair of statements (id order) of different sides. */
  static List<CommitmentPairs.Pair> pairs(CommitmentPairs matcher, List<CodedStatement> coded,
                                          Map<String, List<Commitment>> commitments) {
    List<CommitmentPairs.Pair> out = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        if (Comparer.sideOf(coded.get(i)).equals(Comparer.sideOf(coded.get(j)))) {
          continue;
        }
        out.addAll(matcher.pair(commitments.get(coded.get(i).id()), commitments.get(coded.get(j).id())));
      }
    }
    return out;
  }

  static List<FirmnessGap> gaps(List<CodedStatement> coded, Map<String, List<Commitment>> commitments,
                                List<CommitmentPairs.Pair> pairs, List<Alignment> alignments) {
    Set<String> paired = new HashSet<>();
    for (CommitmentPairs.Pair p : pairs) {
      paired.add(p.a().id());
      paired.add(p.b().id());
    }
    List<FirmnessGap> out = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        CodedStatement x = coded.get(i);
        CodedStatement y = coded.get(j);
        if (Comparer.sideOf(x).equals(Comparer.sideOf(y))) {
          continue;
        }
        List<FirmnessGap> candidates = new ArrayList<>();
        for (Commitment a : commitments.get(x.id())) {
          for (Commitment b : commitments.get(y.id())) {
            if (!a.binding() || !b.binding() || a.kind() == b.kind() || paired.contains(a.id()) || paired.contains(b.id())
                || a.actors().stream().noneMatch(b.actors()::contains)) {
              continue;
            }
            double dice = Similarity.dice(actionLemmas(x, a), actionLemmas(y, b));
            double aligned = alignment(alignments, a, b);
            aligned = aligned >= Comparer.CONVERGENCE_SCORE ? aligned : 0;
            boolean sharedTopic = a.topics().stream().anyMatch(b.topics()::contains);
            if (aligned > 0 || dice >= SAME_MATTER || (sharedTopic && dice >= SAME_MATTER_TOPIC)) {
              double score = Math.round(1000.0 * Math.max(dice, aligned)) / 1000.0;
              String rule = aligned >= dice ? "alignment" : "action-lemmas";
              boolean aFirmer = a.kind().firmness() > b.kind().firmness();
              candidates.add(new FirmnessGap(aFirmer ? a : b, aFirmer ? b : a, score, rule));
            }
          }
        }
        candidates.sort(Comparator.comparingDouble(FirmnessGap::score).reversed()
            .thenComparing(g -> g.firmer().id()).thenComparing(g -> g.weaker().id()));
        Set<String> used = new HashSet<>();
        for (FirmnessGap g : candidates) {
          if (used.contains(g.firmer().id()) || used.contains(g.weaker().id())) {
            continue;
          }
          used.add(g.firmer().id());
          used.add(g.weaker().id());
          out.add(g);
        }
      }
    }
    return out;
  }

  /** Score of the alignment linking the two commitments' sentences, or 0. */
  private static double alignment(List<Alignment> alignments, Commitment a, Commitment b) {
    for (Alignment al : alignments) {
      if ((is(al.a(), a) && is(al.b(), b)) || (is(al.a(), b) && is(al.b(), a))) {
        return al.score();
      }
    }
    return 0;
  }

  private static boolean is(SentenceRef r, Commitment c) {
    return r.statement().equals(c.statement()) && r.sentence() == c.sentence();
  }

  /** Content lemmas of the commitment's action span (its clause when the action cannot be located). */
  static Set<String> actionLemmas(CodedStatement s, Commitment c) {
    String text = s.statement().text();
    int start = c.action().isEmpty() ? -1 : text.indexOf(c.action(), c.start());
    Sentence sentence = s.sentences().get(c.sentence());
    int end = start + c.action().length();
    if (start < 0 || end > sentence.end()) {
      start = c.start();
      end = c.end();
    }
    List<Token> tokens = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.start() >= start && t.end() <= end) {
        tokens.add(t);
      }
    }
    return new HashSet<>(Lemmas.of(new Sentence(c.sentence(), start, end, text.substring(start, end), tokens)));
  }
}

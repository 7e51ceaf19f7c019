package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.internal.Similarity;
import org.readout.topics.Embedder;

/**
 * Pairs matching commitments reported by two statements ("the two presidents tasked their teams to
 * follow up" in one readout, "the two leaders agreed to instruct their representatives …" in the
 * other): same kind, same actors, the most similar action. Similarity is word-stem overlap (Jaccard)
 * and, with an {@link Embedder}, the larger of that and the embedding cosine, plus a bonus when both
 * hand the matter to officials (teams, representatives, ministers). Pairs are one-to-one,
 * best first; a pair needs the same kind and actor set, and a similarity of at least
 * {@value #MIN_SIMILARITY} unless it is the only candidate on both sides. Immutable and thread-safe.
 */
public final class CommitmentPairs {
  static final double MIN_SIMILARITY = 0.3;
  private static final double DELEGATION_BONUS = 0.3;
  private static final Pattern DELEGATION = Pattern.compile("\\b(?:tasked|instruct(?:ed)?|direct(?:ed)?|mandated|charged|empower(?:ed)?)"
      + "\\s+(?:\\w+\\s+){0,3}?(?:teams|representatives|officials|ministers|departments|delegations|negotiators|envoys)\\b",
      Pattern.CASE_INSENSITIVE);

  /** One pair, with its similarity (0..1) and how it was measured ({@code stems} or {@code embedding}). */
  public record Pair(Commitment a, Commitment b, double similarity, String rule) {
  }

  private final TrackingLexicon stems;
  private final Embedder embedder;

  /**
   * Pairs by word-stem similarity (stems as {@code stems} defines them: its stopwords left out) and,
   * unless {@code embedder} is null, embedding similarity.
   */
  public CommitmentPairs(TrackingLexicon stems, Embedder embedder) {
    this.stems = Objects.requireNonNull(stems, "stems");
    this.embedder = embedder;
  }

  /** Pairs between {@code as} and {@code bs} (non-negated acts only), ordered as {@code as}. */
  public List<Pair> pair(List<Commitment> as, List<Commitment> bs) {
    List<Pair> candidates = new ArrayList<>();
    for (Commitment a : as) {
      for (Commitment b : bs) {
        if (a.negated() || b.negated() || a.kind() != b.kind() || !new HashSet<>(a.actors()).equals(new HashSet<>(b.actors()))) {
          continue;
        }
        double lexical = Similarity.jaccard(stems.stems(a.action()), stems.stems(b.action()));
        candidates.add(new Pair(a, b, lexical, "stems"));
      }
    }
    if (embedder != null && !candidates.isEmpty()) {
      List<String> texts = new ArrayList<>();
      for (Pair p : candidates) {
        texts.add(p.a().action());
        texts.add(p.b().action());
      }
      List<float[]> v = embedder.embedAll(texts);
      for (int i = 0; i < candidates.size(); i++) {
        Pair p = candidates.get(i);
        double cos = Similarity.unitCosine(v.get(2 * i), v.get(2 * i + 1));
        if (cos > p.similarity()) {
          candidates.set(i, new Pair(p.a(), p.b(), Math.round(cos * 1000.0) / 1000.0, "embedding"));
        }
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Pair p = candidates.get(i);
      if (DELEGATION.matcher(p.a().text()).find() && DELEGATION.matcher(p.b().text()).find()) {
        // Both hand the matter to officials ("tasked their teams", "instruct their representatives"):
        // the typical follow-up agreement, reported in different words by each side.
        candidates.set(i, new Pair(p.a(), p.b(), Math.min(1.0, p.similarity() + DELEGATION_BONUS),
            p.rule() + "+delegation"));
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed()
        .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
    Set<String> usedA = new HashSet<>();
    Set<String> usedB = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (Pair p : candidates) {
      if (usedA.contains(p.a().id()) || usedB.contains(p.b().id())) {
        continue;
      }
      boolean only = candidates.stream().filter(q -> q.a() == p.a() || q.b() == p.b()).count() == 1;
      if (p.similarity() >= MIN_SIMILARITY || only) {
        usedA.add(p.a().id());
        usedB.add(p.b().id());
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt((Pair p) -> as.indexOf(p.a())));
    return out;
  }
}

package org.readout.commitments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What a commitment is about, as keys a later report of the same act must repeat: the heads of the noun
 * phrases of its action's object and complements ("launch negotiations on a new arms control treaty" →
 * heads {@code negoti}, {@code treaty}) and the adjacent stem pairs inside those phrases ({@code "arms contro"},
 * {@code "contro treaty"}). The action's verbs are left out ({@link TrackingLexicon#runs}): "launch",
 * "hold", "provide" say what is to be done, not to what, and recur in every statement. Stems as
 * {@link TrackingLexicon#trackStems}; a phrase key is two stems joined by a space. Immutable.
 *
 * @param heads   head stems (the last stem of each noun phrase)
 * @param phrases adjacent stem pairs within a noun phrase
 * @param direct  the head of the first noun phrase, the direct object ("sign a declaration on …": declar),
 *                one of which a report on the same act names; after a light noun ({@code light-objects}:
 *                "launch negotiations on a treaty") also the next phrase's head (treaty); empty: no check
 * @param qualifiers what tells the act from another of its kind (names, purpose), which a report on it
 *                must agree with ({@link Qualifiers}); {@link Qualifiers#NONE}: no check
 */
public record ActObject(Set<String> heads, Set<String> phrases, Set<String> direct, Qualifiers qualifiers) {
  public ActObject {
    heads = Set.copyOf(heads);
    phrases = Set.copyOf(phrases);
    direct = Set.copyOf(direct);
    qualifiers = qualifiers == null ? Qualifiers.NONE : qualifiers;
  }

  public ActObject(Set<String> heads, Set<String> phrases) {
    this(heads, phrases, Set.of(), Qualifiers.NONE);
  }

  /** A copy whose object must agree with {@code q} ({@link Qualifiers}). */
  ActObject with(Qualifiers q) {
    return new ActObject(heads, phrases, direct, q);
  }

  static ActObject of(TrackingLexicon lexicon, String action) {
    Set<String> heads = new HashSet<>();
    Set<String> phrases = new HashSet<>();
    List<List<String>> runs = lexicon.runs(action, true);
    for (List<String> run : runs) {
      heads.add(run.get(run.size() - 1));
      for (int i = 1; i < run.size(); i++) {
        if (!run.get(i - 1).equals(run.get(i))) {
          phrases.add(run.get(i - 1) + " " + run.get(i));
        }
      }
    }
    Set<String> direct = new HashSet<>();
    for (List<String> run : runs) {
      String head = run.get(run.size() - 1);
      direct.add(head);
      if (!lexicon.light(head)) {
        break;
      }
    }
    return new ActObject(heads, phrases, direct, Qualifiers.NONE);
  }

  /** Every key a later sentence can repeat: its content stems and adjacent stem pairs (same form as the keys). */
  static Set<String> sentenceKeys(TrackingLexicon lexicon, String sentence) {
    Set<String> out = new HashSet<>();
    for (List<String> run : lexicon.runs(sentence, false)) {
      out.addAll(run);
      for (int i = 1; i < run.size(); i++) {
        out.add(run.get(i - 1) + " " + run.get(i));
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return heads.isEmpty();
  }

  /** Heads and phrases. */
  public Set<String> keys() {
    Set<String> out = new HashSet<>(heads);
    out.addAll(phrases);
    return out;
  }

  /**
   * The keys a later sentence repeats, counting only rare ones (weight at least {@link Tracker#RARE};
   * a null weight counts every key rare).
   */
  Match match(Set<String> sentenceKeys, ToDoubleFunction<String> weight) {
    Set<String> stems = new HashSet<>();
    boolean phrase = false;
    int nHeads = 0;
    for (String p : phrases) {
      if (sentenceKeys.contains(p) && rare(p, weight)) {
        phrase = true;
        int sp = p.indexOf(' ');
        stems.add(p.substring(0, sp));
        stems.add(p.substring(sp + 1));
      }
    }
    for (String h : heads) {
      if (sentenceKeys.contains(h) && rare(h, weight)) {
        nHeads++;
        stems.add(h);
      }
    }
    // the object's most specific key (the rarest: "Castner Range" in "a proclamation establishing the
    // Castner Range National Monument") must be repeated: another monument's proclamation is another act
    double top = Double.NEGATIVE_INFINITY;
    boolean topRepeated = false;
    for (String key : keys()) {
      double w = weight == null ? 1.0 : weight.applyAsDouble(key);
      if (w > top + 1e-9) {
        top = w;
        topRepeated = sentenceKeys.contains(key);
      } else if (Math.abs(w - top) <= 1e-9) {
        topRepeated |= sentenceKeys.contains(key);
      }
    }
    return new Match(phrase, nHeads, stems, topRepeated
        && (direct.isEmpty() || !java.util.Collections.disjoint(direct, sentenceKeys)));
  }

  private static boolean rare(String key, ToDoubleFunction<String> weight) {
    return weight == null || weight.applyAsDouble(key) >= Tracker.RARE;
  }

  /**
   * How a later sentence repeats the object.
   *
   * @param phrase a rare two-stem phrase of the object is repeated as such
   * @param heads  how many rare head stems are repeated
   * @param stems  the stems repeated (a status cue must govern one of them)
   * @param direct a head of the direct object ({@link #direct}) and the object's rarest key are repeated
   */
  record Match(boolean phrase, int heads, Set<String> stems, boolean direct) {
    boolean any() {
      return phrase || heads > 0;
    }

    /** 1 for a phrase, 0.8 for two heads or more, 0.5 for one head, else 0. */
    double strength() {
      return phrase ? 1.0 : heads >= 2 ? 0.8 : heads == 1 ? 0.5 : 0.0;
    }
  }
}

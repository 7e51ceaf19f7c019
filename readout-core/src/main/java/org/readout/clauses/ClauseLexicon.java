package org.readout.clauses;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.internal.YamlData;

/**
 * The cue words of the clause layer ({@code clauses.yaml}): clause boundaries, condition cues, reporting
 * verbs, negation and modality cues, auxiliaries, interrogatives, pronouns. Multi-word cues are matched on
 * lower-cased tokens. Immutable once loaded; thread-safe.
 */
public final class ClauseLexicon {
  record Boundaries(List<String> hard, @JsonProperty("after-comma") List<String> afterComma, List<String> bare,
                    @JsonProperty("and-subject") List<String> andSubject) {
  }

  record Data(Boundaries boundaries, List<String> conditions, List<String> inversions,
              @JsonProperty("not-conditions") List<String> notConditions, List<String> reporting,
              String complementizer, List<String> negation, Map<String, String> modality,
              List<String> auxiliaries, List<String> adverbs, List<String> interrogatives, List<String> pronouns) {
  }

  /** Multi-word cues by their first token, longest first. */
  static final class Phrases {
    private final Map<String, List<String[]>> byFirst = new HashMap<>();

    Phrases(List<String> phrases) {
      for (String p : phrases) {
        String[] words = norm(p).split(" ");
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      }
      byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((String[] w) -> -w.length)));
    }

    /** Number of tokens of the longest cue starting at {@code i} (ending before {@code end}), or 0. */
    int match(String[] lower, int i, int end) {
      List<String[]> cands = byFirst.get(lower[i]);
      if (cands == null) {
        return 0;
      }
      for (String[] w : cands) {
        if (i + w.length <= end && matches(lower, i, w)) {
          return w.length;
        }
      }
      return 0;
    }

    private static boolean matches(String[] lower, int i, String[] w) {
      for (int k = 1; k < w.length; k++) {
        if (!w[k].equals(lower[i + k])) {
          return false;
        }
      }
      return true;
    }
  }

  final Set<String> hard;
  final Set<String> afterComma;
  final Set<String> bare;
  final Set<String> andSubject;
  final Phrases conditions;
  final Set<String> inversions;
  final Phrases notConditions;
  final Phrases reporting;
  final String complementizer;
  final Phrases negation;
  final Phrases modality;
  final Map<String, String> modalities = new HashMap<>();
  final Set<String> auxiliaries;
  final Set<String> adverbs;
  final Set<String> interrogatives;
  final Set<String> pronouns;

  ClauseLexicon(Data d) {
    hard = set(d.boundaries().hard());
    afterComma = set(d.boundaries().afterComma());
    bare = set(d.boundaries().bare());
    andSubject = set(d.boundaries().andSubject());
    conditions = new Phrases(d.conditions());
    inversions = set(d.inversions());
    notConditions = new Phrases(d.notConditions());
    reporting = new Phrases(d.reporting());
    complementizer = norm(d.complementizer());
    negation = new Phrases(d.negation());
    d.modality().forEach((k, v) -> modalities.put(norm(k), v));
    modality = new Phrases(List.copyOf(d.modality().keySet()));
    auxiliaries = set(d.auxiliaries());
    adverbs = set(d.adverbs());
    interrogatives = set(d.interrogatives());
    pronouns = set(d.pronouns());
  }

  /** The bundled {@code clauses.yaml} (called when an engine is assembled, {@code ReadoutConfig.defaults()}). */
  public static ClauseLexicon bundled() {
    return new ClauseLexicon(YamlData.resource(ClauseLexicon.class, "clauses.yaml", Data.class));
  }

  /** The modality value of a cue ({@code "'ll"} → {@code will}). */
  String modalityOf(String[] lower, int i, int n) {
    return modalities.getOrDefault(String.join(" ", java.util.Arrays.copyOfRange(lower, i, i + n)), "");
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').trim().replaceAll("\\s+", " ");
  }

  private static Set<String> set(List<String> xs) {
    Set<String> out = new HashSet<>();
    for (String x : xs) {
      out.add(norm(x));
    }
    return Set.copyOf(out);
  }
}

package org.readout.analysis.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fast rule-based English lemmatizer that needs no POS tags: a dictionary of irregular forms and
 * invariant words plus inflectional suffix rules (-s/-es/-ies, -ed, -ing) with consonant undoubling
 * and restoration of a final "e" ({@code lemmas.yaml}). It is about a hundred times cheaper than a
 * POS tagger plus a statistical lemmatizer and right on the regular inflections of official prose;
 * where a word is ambiguous without POS ("meeting", "left") the dictionary fixes one reading.
 * {@link PosStage} replaces these lemmas with OpenNLP's when precise lemmas are needed.
 *
 * <p>Contract: {@link #lemma(String)} returns a lower-case (Locale.ROOT) string, never null; words
 * containing no letter are returned lower-cased unchanged. Thread-safe; its only mutable state is a
 * bounded concurrent cache of results.
 */
public final class Lemmatizer {
  private static final int CACHE_LIMIT = 100_000;

  private final Map<String, String> forms = new HashMap<>();
  /** Surface form → lemma; bounded, so memory stays small on any input. */
  private final Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
  private final Set<String> invariant;
  private final List<String> restoreE;

  Lemmatizer(TextData.Lemmas data) {
    data.forms().forEach((lemma, list) -> {
      for (String form : list) {
        forms.put(form, lemma);
      }
    });
    this.invariant = new HashSet<>(data.invariant());
    this.restoreE = data.restoreE();
  }

  /**
   * The lemmatizer configured by the bundled {@code lemmas.yaml} (parsed once). Called when an engine
   * is assembled ({@code ReadoutConfig.defaults()}); stages receive their lemmatizer.
   */
  public static Lemmatizer bundled() {
    return new Lemmatizer(TextData.lemmas());
  }

  /** The lemma of an irregular form ("was" → "be"), else the lower-cased word without rules. */
  public String irregular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return forms.getOrDefault(w, w);
  }

  /** The lemma of a word form (any case). */
  public String lemma(String word) {
    // Word forms follow Zipf's law: a small cache answers most lookups without re-running the rules.
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String lemma = lemma(word, false);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(word, lemma);
    }
    return lemma;
  }

  /**
   * The lemma of a word known to be a verb: like {@link #lemma(String)} but ignoring the
   * {@code invariant} list, which fixes noun readings ("meeting" → "meet").
   */
  public String verbLemma(String word) {
    return lemma(word, true);
  }

  private String lemma(String word, boolean verb) {
    String w = word.toLowerCase(Locale.ROOT);
    String known = forms.get(w);
    if (known != null) {
      return known;
    }
    int n = w.length();
    if (n <= 3 || (!verb && invariant.contains(w)) || !isAsciiWord(w)) {
      return w;
    }
    if (w.endsWith("s")) {
      return plural(w);
    }
    if (w.indexOf('-') >= 0) {
      // Hyphenated -ed/-ing words are adjectives ("far-reaching", "long-standing"): keep them.
      return w;
    }
    if (w.endsWith("ing") && n >= 5) {
      String stem = w.substring(0, n - 3);
      return hasVowel(stem) ? verbStem(stem) : w;
    }
    if (w.endsWith("ed")) {
      if (w.endsWith("eed")) {
        // agreed → agree, guaranteed → guarantee; need, speed, proceed, exceed are base forms.
        return n <= 5 || w.endsWith("ceed") ? w : w.substring(0, n - 1);
      }
      if (w.endsWith("ied")) {
        return w.substring(0, n - 3) + "y";
      }
      String stem = w.substring(0, n - 2);
      return hasVowel(stem) ? verbStem(stem) : w;
    }
    return w;
  }

  private static String plural(String w) {
    int n = w.length();
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics") || w.endsWith("news")) {
      return w;
    }
    if (w.endsWith("ies")) {
      return n > 4 ? w.substring(0, n - 3) + "y" : w.substring(0, n - 1);
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zzes")
        || w.endsWith("oes")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }

  /** A verb stem left after stripping -ed or -ing: undouble a final consonant or restore an "e". */
  private String verbStem(String s) {
    int n = s.length();
    char last = s.charAt(n - 1);
    if (n >= 3 && last == s.charAt(n - 2) && !isVowel(last)) {
      if (last == 's' || last == 'z' || last == 'f') {
        return s;
      }
      if (last == 'l') {
        // call, fill, roll keep "ll"; control, travel, cancel had it doubled.
        return vowelGroups(s) <= 1 ? s : s.substring(0, n - 1);
      }
      return s.substring(0, n - 1);
    }
    if (last == 'e' || last == 'y' || last == 'w' || last == 'x') {
      return s;
    }
    for (String pattern : restoreE) {
      if (endsWithPattern(s, pattern)) {
        return s + "e";
      }
    }
    return s;
  }

  private static boolean endsWithPattern(String s, String pattern) {
    int p = pattern.length();
    int n = s.length();
    if (p > n) {
      return false;
    }
    for (int i = 0; i < p; i++) {
      char want = pattern.charAt(i);
      char have = s.charAt(n - p + i);
      boolean ok = switch (want) {
        case 'C' -> Character.isLetter(have) && !isVowel(have);
        case 'V' -> isVowel(have);
        default -> want == have;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int vowelGroups(String s) {
    int groups = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean v = isVowel(s.charAt(i));
      if (v && !in) {
        groups++;
      }
      in = v;
    }
    return groups;
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i)) || s.charAt(i) == 'y') {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isAsciiWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!((c >= 'a' && c <= 'z') || c == '-')) {
        return false;
      }
    }
    return true;
  }
}

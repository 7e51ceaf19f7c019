package org.readout.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.ReadoutException;

/**
 * Compiled phrase rules of a codebook. Phrase syntax:
 * <ul>
 *   <li>words are matched case-insensitively against a sentence word's lowercase form, its lemma, or its
 *       form without a plural -s ({@code sanction} matches "sanctions");</li>
 *   <li>{@code word*} matches any word starting with {@code word} ({@code cyber*});</li>
 *   <li>a lone {@code *} skips zero to three words ({@code "economic * measures"} matches "economic and other
 *       measures");</li>
 *   <li>punctuation, hyphens and apostrophes separate words, as in {@link Words}.</li>
 * </ul>
 * Matching is linear in the number of words times the (small) number of candidate phrases starting at
 * each word; candidates are looked up by their first word. Immutable and thread-safe.
 */
public final class PhraseMatcher {
  static final int MAX_GAP = 3;

  /** One phrase match: which phrase of which topic, and its character span in the statement. */
  public record Hit(int topic, boolean exclude, String phrase, int start, int end) {
  }

  private record Phrase(int topic, boolean exclude, String source, String[] words, boolean[] prefix, boolean[] gap) {
  }

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final List<Phrase> prefixFirst = new ArrayList<>();

  public PhraseMatcher(List<Topic> topics) {
    for (int t = 0; t < topics.size(); t++) {
      for (String p : topics.get(t).include()) {
        add(compile(t, false, p));
      }
      for (String p : topics.get(t).exclude()) {
        add(compile(t, true, p));
      }
    }
  }

  /** Checks a phrase's syntax; {@code where} names the codebook entry in the error. */
  static void validate(String phrase, String where) {
    Phrase p = compile(0, false, phrase);
    if (p.words.length == 0 || p.gap[0] || p.gap[p.gap.length - 1]) {
      throw new ReadoutException(where + ": phrase '" + phrase + "' must start and end with a word");
    }
  }

  private void add(Phrase p) {
    if (p.prefix[0]) {
      prefixFirst.add(p);
    } else {
      // keyed by the singular form, so "sanctions" and "sanction" find the same phrases
      byFirstWord.computeIfAbsent(Words.singular(p.words[0]), k -> new ArrayList<>()).add(p);
    }
  }

  private static Phrase compile(int topic, boolean exclude, String phrase) {
    List<String> words = new ArrayList<>();
    List<Boolean> prefix = new ArrayList<>();
    List<Boolean> gap = new ArrayList<>();
    for (String chunk : phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (chunk.equals("*")) {
        words.add("*");
        prefix.add(false);
        gap.add(true);
        continue;
      }
      boolean pre = chunk.endsWith("*");
      List<String> ws = Words.lowerWords(pre ? chunk.substring(0, chunk.length() - 1) : chunk);
      for (int i = 0; i < ws.size(); i++) {
        words.add(ws.get(i));
        prefix.add(pre && i == ws.size() - 1);
        gap.add(false);
      }
    }
    String[] w = words.toArray(new String[0]);
    boolean[] pr = new boolean[w.length];
    boolean[] g = new boolean[w.length];
    for (int i = 0; i < w.length; i++) {
      pr[i] = prefix.get(i);
      g[i] = gap.get(i);
    }
    return new Phrase(topic, exclude, phrase, w, pr, g);
  }

  /** Every phrase match in the words, in order of start word. */
  public List<Hit> match(Words words) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String a = words.singular(i);
      String b = Words.singular(words.lemma(i));
      tryAll(byFirstWord.get(a), words, i, out);
      if (!b.equals(a)) {
        tryAll(byFirstWord.get(b), words, i, out);
      }
      tryAll(prefixFirst, words, i, out);
    }
    return out;
  }

  private static void tryAll(List<Phrase> candidates, Words words, int i, List<Hit> out) {
    if (candidates == null) {
      return;
    }
    for (Phrase p : candidates) {
      int end = matchFrom(p, 0, words, i);
      if (end > 0) {
        out.add(new Hit(p.topic, p.exclude, p.source, words.start(i), words.end(end - 1)));
      }
    }
  }

  /** Returns one past the last matched word, or -1. */
  private static int matchFrom(Phrase p, int k, Words words, int i) {
    if (k == p.words.length) {
      return i;
    }
    if (p.gap[k]) {
      for (int skip = 0; skip <= MAX_GAP && i + skip <= words.size(); skip++) {
        int r = matchFrom(p, k + 1, words, i + skip);
        if (r > 0) {
          return r;
        }
      }
      return -1;
    }
    if (i >= words.size() || !wordMatches(p.words[k], p.prefix[k], words, i)) {
      return -1;
    }
    return matchFrom(p, k + 1, words, i + 1);
  }

  private static boolean wordMatches(String w, boolean prefix, Words words, int i) {
    if (prefix) {
      return words.lower(i).startsWith(w) || words.lemma(i).startsWith(w);
    }
    String sw = Words.singular(w);
    return sw.equals(words.singular(i)) || w.equals(words.lemma(i)) || sw.equals(Words.singular(words.lemma(i)));
  }
}

package org.readout.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.internal.YamlData;
import org.readout.model.Sentence;
import org.readout.model.Token;
import org.readout.topics.Words;

/**
 * Content lemmas of a sentence (lowercase lemma, else the form without a plural -s), leaving out
 * stop words and readout boilerplate (resource {@code stopwords.yaml}), numbers and one-letter words.
 * Used for lexical overlap and keyness. The stop list is a constant of the comparison, loaded once.
 * Thread-safe (immutable after class initialisation).
 */
public final class Lemmas {
  private static final Set<String> STOP = load();

  private Lemmas() {
  }

  /**
   * Content lemmas of the sentence, in text order, with repeats. Uses the analysis tokens (so
   * hyphenated words such as "de-escalation" stay whole) when present, else {@link Words}.
   */
  public static List<String> of(Sentence sentence) {
    if (!sentence.tokens().isEmpty()) {
      List<String> out = new ArrayList<>(sentence.tokens().size());
      for (Token t : sentence.tokens()) {
        if (t.text().isEmpty() || !Character.isLetterOrDigit(t.text().charAt(0))) {
          continue;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null || t.lemma().isEmpty() || t.lemma().equals("O") ? lower
            : t.lemma().toLowerCase(Locale.ROOT);
        // proper-noun plurals keep their form in the lemmatizer ("Allies"); abbreviations keep their dot
        keep(Words.singular(stripDot(lemma)), stripDot(lower), out);
      }
      return out;
    }
    Words w = Words.of(sentence);
    List<String> out = new ArrayList<>(w.size());
    for (int i = 0; i < w.size(); i++) {
      keep(!w.lemma(i).equals(w.lower(i)) ? w.lemma(i) : w.singular(i), w.lower(i), out);
    }
    return out;
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static void keep(String lemma, String lower, List<String> out) {
    if (lemma.length() < 2 || Character.isDigit(lemma.charAt(0)) || STOP.contains(lemma) || STOP.contains(lower)) {
      return;
    }
    out.add(lemma);
  }

  public static boolean isStopword(String w) {
    return STOP.contains(w);
  }

  /** {@code stopwords.yaml} as written. */
  record Data(List<String> stopwords) {
  }

  private static Set<String> load() {
    return Set.copyOf(YamlData.resource(Lemmas.class, "stopwords.yaml", Data.class).stopwords());
  }
}

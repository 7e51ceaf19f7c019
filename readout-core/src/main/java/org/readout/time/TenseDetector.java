package org.readout.time;

import java.util.Locale;
import org.readout.attribution.PhraseMatcher;
import org.readout.model.Sentence;

/**
 * Tense around a temporal expression, which decides the year of a date written without one: the
 * nearest tense cue of {@code time.yaml} ({@code future}, {@code past}), past verbs the lexicon cannot
 * list (irregular {@code pastVerbs} and regular -ed forms, except {@code notPast}), and deadline
 * prepositions ("by mid-January"). Immutable and thread-safe.
 */
final class TenseDetector {
  private final TimeLexicon lex;

  TenseDetector(TimeLexicon lex) {
    this.lex = lex;
  }

  /**
   * +1 when the nearest tense cue around the expression is future, -1 when past, 0 when none; a
   * deadline preposition ("by mid-January", "until March") always points ahead.
   */
  int tense(String text, Sentence s, Recogniser.Hit h) {
    if (lex.deadlinePrepositions.contains(TimeText.prevWord(text, h.start()))) {
      return 1;
    }
    int best = Integer.MAX_VALUE;
    int dir = 0;
    for (int k = 0; k < 2; k++) {
      for (PhraseMatcher.Match m : (k == 0 ? lex.future : lex.past).findAll(text, s.start(), s.end())) {
        if (m.start() >= h.start() && m.start() < h.end()) {
          continue;
        }
        int d = m.end() <= h.start() ? h.start() - m.end() : m.start() - h.end();
        if (k == 0 && m.end() <= h.start() && lex.futureAuxiliaries.contains(m.phrase().toLowerCase(Locale.ROOT))) {
          d -= 30; // an auxiliary governs the participle after it: "will be held" is future
        }
        if (d < best) {
          best = d;
          dir = k == 0 ? 1 : -1;
        }
      }
    }
    // past verbs the lexicon cannot list: irregular forms and regular -ed forms ("we wrote", "they launched")
    int i = s.start();
    while (i < s.end()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int w = i;
      while (i < s.end() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (w >= h.start() && w < h.end()) {
        continue;
      }
      int d = i <= h.start() ? h.start() - i : w - h.end();
      if (d >= best || Character.isUpperCase(text.charAt(w))) {
        continue; // capitalised: a name such as "United States", not a verb
      }
      String word = text.substring(w, i).toLowerCase(Locale.ROOT);
      if (lex.passiveBefore.contains(TimeText.prevWord(text, w))) {
        continue; // "to get reimbursed", "will be signed": a participle, not a past tense
      }
      if (lex.pastVerbs.contains(word) || (word.length() >= 5 && word.endsWith("ed") && !lex.notPast.contains(word))) {
        best = d;
        dir = -1;
      }
    }
    return best <= 80 ? dir : 0;
  }
}

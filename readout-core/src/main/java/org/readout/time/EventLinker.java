package org.readout.time;

import java.util.List;
import java.util.Locale;
import org.readout.attribution.PhraseMatcher;
import org.readout.model.Sentence;

/**
 * Event linking: the event a temporal expression dates ("the June 2021 Russian-American summit in
 * Geneva", "the talks …, which resumed in late November in Vienna", "met on November 14"), read from the
 * event nouns, meeting verbs and event verbs of {@code time.yaml}. Immutable and thread-safe.
 */
final class EventLinker {
  private final TimeLexicon lex;

  EventLinker(TimeLexicon lex) {
    this.lex = lex;
  }

  /**
   * The event an expression dates, if any: an event noun right after it when a determiner precedes it
   * ("the June 2021 Russian-American summit in Geneva"), or one shortly before it when a preposition
   * links them ("the talks …, which resumed in late November in Vienna").
   */
  String event(String text, Sentence s, Recogniser.Hit h, String gran) {
    if (gran.equals("duration")) {
      return "";
    }
    String prev = TimeText.prevWord(text, h.start());
    String written = text.substring(h.start(), Math.min(h.end(), h.start() + 4)).toLowerCase(Locale.ROOT);
    String lead = text.substring(h.start(), h.end()).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    int reach = 90;
    if (lex.anchorPrepositions.contains(lead) && h.end() > h.start() + lead.length()) {
      prev = lead; // "on Friday": the preposition is inside the match
      reach = 40;
    }
    if (lex.determiners.contains(prev) || written.startsWith("the ")) {
      List<PhraseMatcher.Match> after = lex.eventPattern.findAll(text, h.end(), Math.min(s.end(), h.end() + 80));
      PhraseMatcher.Match m = after.isEmpty() ? null : after.get(0);
      if (m != null && cleanWords(text, h.end(), m.start()) <= 4) {
        int end = withPlace(text, m.end(), s.end());
        int from = TimeText.skipSpace(text, h.end());
        if (text.startsWith("’s", from) || text.startsWith("'s", from)) {
          from = TimeText.skipSpace(text, from + 2);
        }
        return text.substring(from, end).replaceAll("\\s+", " ");
      }
    }
    if (lex.anchorPrepositions.contains(prev)) {
      int ns = -1;
      int ne = -1;
      for (PhraseMatcher.Match m : lex.eventPattern.findAll(text, Math.max(s.start(), h.start() - reach), h.start())) {
        ns = m.start();
        ne = m.end();
      }
      if (ns >= 0) {
        String label = text.substring(withModifiers(text, ns, s.start()), ne).replaceAll("\\s+", " ");
        int place = withPlace(text, h.end(), s.end());
        if (place > h.end()) {
          label += text.substring(h.end(), place).replaceAll("\\s+", " ");
        }
        return label;
      }
      // "the last time we met was in 2017": a meeting verb shortly before, in the same clause
      String verb = meetVerbBefore(text, Math.max(s.start(), h.start() - 40), h.start());
      if (verb != null) {
        return "meeting" + text.substring(h.end(), withPlace(text, h.end(), s.end())).replaceAll("\\s+", " ");
      }
    }
    // "our summit today", "the G20 meetings tomorrow": an event noun right before a date
    for (PhraseMatcher.Match m : lex.eventPattern.findAll(text, Math.max(s.start(), h.start() - 60), h.start())) {
      if (text.substring(m.end(), h.start()).isBlank()) {
        return text.substring(withModifiers(text, m.start(), s.start()), m.end()).replaceAll("\\s+", " ");
      }
    }
    // "today held a Summit", "met on November 14": a verb after the date introduces the event
    int a = Math.min(TimeText.skipSpace(text, h.end()), s.end());
    if (a < s.end() && text.charAt(a) == ',') {
      a = Math.min(TimeText.skipSpace(text, a + 1), s.end());
      String subj = TimeText.nextWord(text, a, s.end()).toLowerCase(Locale.ROOT);
      if (lex.clausePronouns.contains(subj)) {
        a = Math.min(TimeText.skipSpace(text, a + subj.length()), s.end());
      }
    }
    String tail = text.substring(a, Math.min(s.end(), a + 20)).toLowerCase(Locale.ROOT);
    for (String v : lex.eventVerbs) {
      if (tail.startsWith(v + " ")) {
        List<PhraseMatcher.Match> after = lex.eventPattern.findAll(text, a + v.length(), Math.min(s.end(), a + v.length() + 60));
        if (!after.isEmpty() && cleanWords(text, skipDeterminer(text, a + v.length()), withModifiers(text, after.get(0).start(), a)) == 0) {
          PhraseMatcher.Match m = after.get(0);
          return text.substring(withModifiers(text, m.start(), a + v.length()), m.end()).replaceAll("\\s+", " ");
        }
      }
    }
    String verbAfter = TimeText.nextWord(text, a, s.end()).toLowerCase(Locale.ROOT);
    if (lex.meetVerbs.contains(verbAfter) && !verbAfter.equals("meeting")) {
      return "meeting" + text.substring(a + verbAfter.length(), withPlace(text, a + verbAfter.length(), s.end()))
          .replaceAll("\\s+", " ");
    }
    String verbBefore = TimeText.prevWord(text, h.start());
    if (lex.anchorPrepositions.contains(verbBefore)) {
      int p = h.start();
      while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
        p--;
      }
      verbBefore = TimeText.prevWord(text, p - verbBefore.length());
    }
    if (lex.meetVerbs.contains(verbBefore) && !verbBefore.equals("meeting")) {
      return "meeting" + text.substring(h.end(), withPlace(text, h.end(), s.end())).replaceAll("\\s+", " ");
    }
    return "";
  }

  /** The last meeting verb ("met", "spoke") between two offsets, unless a clause break follows it. */
  private String meetVerbBefore(String text, int from, int to) {
    String found = null;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        if (found != null && ".;:?!".indexOf(text.charAt(i)) >= 0) {
          found = null;
        }
        i++;
        continue;
      }
      int w = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(w, i).toLowerCase(Locale.ROOT);
      if (lex.meetVerbs.contains(word) && !word.equals("meeting")) {
        found = word;
      }
    }
    return found;
  }

  /** Extends an event noun's start back over the name words before it ("APEC Leaders’", "G20", "COP27"). */
  private int withModifiers(String text, int start, int limit) {
    int b = start;
    for (int k = 0; k < 3; k++) {
      int e = b;
      while (e > limit && text.charAt(e - 1) == ' ') {
        e--;
      }
      int w = e;
      while (w > limit && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '’'
          || text.charAt(w - 1) == '\'' || text.charAt(w - 1) == '.' || text.charAt(w - 1) == '-')) {
        w--;
      }
      if (w == e || e == b || !(Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w)))
          || lex.determiners.contains(text.substring(w, e).toLowerCase(Locale.ROOT))) {
        break;
      }
      b = w;
    }
    return b;
  }

  private int skipDeterminer(String text, int i) {
    int a = TimeText.skipSpace(text, i);
    for (String word : lex.eventVerbDeterminers) {
      String d = word + " ";
      if (text.regionMatches(true, a, d, 0, d.length())) {
        return a + d.length();
      }
    }
    return a;
  }

  /** Words between two offsets, or 99 when a stop word or punctuation interrupts them. */
  private int cleanWords(String text, int from, int to) {
    int n = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int w = i;
      while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '’'
          || text.charAt(i) == '\'')) {
        i++;
      }
      if (w == i || lex.eventStop.contains(text.substring(w, i).toLowerCase(Locale.ROOT))) {
        return 99;
      }
      n++;
    }
    return n;
  }

  /** Extends an event label over " in Geneva" / " at Camp David" (capitalised place words). */
  private int withPlace(String text, int end, int limit) {
    for (String word : lex.placePrepositions) {
      String p = " " + word + " ";
      if (text.startsWith(p, end)) {
        int i = end + p.length();
        int j = i;
        while (j < limit && Character.isUpperCase(text.charAt(j))) {
          int k = j;
          while (k < limit && Character.isLetter(text.charAt(k))) {
            k++;
          }
          j = k;
          if (j + 1 < limit && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        if (j > i) {
          return j;
        }
      }
    }
    return end;
  }
}

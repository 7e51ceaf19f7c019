package org.readout.time;

import java.util.Locale;
import org.readout.attribution.PhraseMatcher;
import org.readout.model.Sentence;

/**
 * Tense around a temporal expression, which decides the year of a date written without one: the
 * nearest tense cue of {@code time.yaml} ({@code future} and the prospective cues of {@code deixis},
 * {@code past}), past verbs the lexicon cannot list (irregular {@code pastVerbs} and regular -ed forms,
 * except {@code notPast}), and deadline prepositions ("by mid-January"). A participle after "be" or "to"
 * ("to be held") is no past tense. Immutable and thread-safe.
 */
final class TenseDetector {
  /** The nearest cue is present tense ({@link #nearest}). */
  static final int PRESENT = 2;
  private static final int REACH = 80;
  /** How far an auxiliary reaches over the participle after it ("will be held on"). */
  private static final int AUXILIARY_REACH = 30;
  /** Added to the distance of a cue after the expression. */
  private static final int AFTER = 5;
  /** Added to the distance of a cue outside the expression's clause: any cue of its own clause wins. */
  private static final int OTHER_CLAUSE = 1000;
  /**
   * Clause boundaries inside a sentence: semicolons, colons, dashes, and a coordinating or subordinating
   * conjunction ("Crowds marched on Saturday, and lawmakers will vote on Tuesday": each weekday takes the
   * tense of its own verb).
   */
  private static final java.util.regex.Pattern BOUNDARY = java.util.regex.Pattern.compile(
      "[;—]|:(?!\\d)|\\s[–-]\\s|(?<![\\p{L}])(?:and|but|while|whereas|although|though|which|who|that)(?![\\p{L}])");

  private final TimeLexicon lex;

  TenseDetector(TimeLexicon lex) {
    this.lex = lex;
  }

  /**
   * +1 when the nearest tense cue around the expression is future, -1 when past, 0 when none; a
   * deadline preposition ("by mid-January", "until March") always points ahead.
   */
  int tense(String text, Sentence s, Recogniser.Hit h) {
    int t = nearest(text, s, h, false);
    return t == PRESENT ? 0 : t;
  }

  /**
   * The nearest tense cue: +1 future, -1 past, {@link #PRESENT} present (only when {@code withPresent}),
   * 0 none within reach. A perfect ("has been experiencing", "have approved") is no present.
   */
  int nearest(String text, Sentence s, Recogniser.Hit h, boolean withPresent) {
    return nearest(text, s, h, withPresent, java.util.List.of());
  }

  /** As {@link #nearest(String, Sentence, Recogniser.Hit, boolean)}, ignoring cues inside {@code others} ("next week"). */
  int nearest(String text, Sentence s, Recogniser.Hit h, boolean withPresent, java.util.List<Recogniser.Hit> others) {
    if (lex.deadlinePrepositions.contains(TimeText.prevWord(text, h.start()))) {
      return 1;
    }
    int[] clause = clause(text, s, h);
    int best = Integer.MAX_VALUE;
    int dir = 0;
    for (int k = 0; k < 3; k++) {
      if (k == 2 && !withPresent) {
        break;
      }
      PhraseMatcher cues = k == 0 ? lex.future : k == 1 ? lex.past : lex.present;
      for (PhraseMatcher.Match m : cues.findAll(text, s.start(), s.end())) {
        if (m.start() >= h.start() && m.start() < h.end() || inside(others, m.start())) {
          continue;
        }
        String phrase = m.phrase().toLowerCase(Locale.ROOT);
        if (phrase.equals("may") && m.start() > s.start() && text.charAt(m.start()) == 'M') {
          continue; // "in May": the month, not the modal
        }
        int kind = k;
        if (k == 1 && aside(text, m.start())) {
          continue; // "as you just mentioned": the talk, not the time of the date
        }
        if (k == 1 && lex.passiveBefore.contains(TimeText.prevWord(text, m.start()))) {
          if (!infinitivalPassive(text, m.start())) {
            continue; // "will be signed", "was held": a participle, not a past tense of its own
          }
          kind = 0; // "talks to be held on …": what is to be done lies ahead
        }
        if (k == 2 && perfect(phrase, TimeText.nextWord(text, m.end(), s.end()).toLowerCase(Locale.ROOT))) {
          continue; // "has been", "have managed": a perfect, no present
        }
        if (k == 0 && phrase.equals("would") && frame(text, m.end(), s.end())) {
          continue; // "I would like to stress that …": the talk's frame, not a future
        }
        int d = distance(h, m.start(), m.end());
        if (k == 0 && m.end() <= h.start() && d <= AUXILIARY_REACH && lex.futureAuxiliaries.contains(phrase)) {
          d -= AUXILIARY_REACH; // an auxiliary governs the participle after it: "will be held" is future
        }
        d += outside(clause, m.start()) ? OTHER_CLAUSE : 0;
        if (d < best) {
          best = d;
          dir = kind == 0 ? 1 : kind == 1 ? -1 : PRESENT;
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
      int d = distance(h, w, i) + (outside(clause, w) ? OTHER_CLAUSE : 0);
      if (d >= best || Character.isUpperCase(text.charAt(w))) {
        continue; // capitalised: a name such as "United States", not a verb
      }
      String word = text.substring(w, i).toLowerCase(Locale.ROOT);
      String before = TimeText.prevWord(text, w);
      boolean participle = lex.passiveBefore.contains(before);
      if (participle && !infinitivalPassive(text, w)) {
        continue; // "to get reimbursed", "will be signed": a participle, not a past tense
      }
      // a participle-like form after a subject pronoun is a past tense ("as we committed in June", "they planned")
      boolean pastForm = lex.pastVerbs.contains(word) || word.length() >= 5 && word.endsWith("ed")
          && (!lex.notPast.contains(word) || lex.clausePronouns.contains(before));
      if (pastForm && !aside(text, w)) {
        best = d;
        dir = participle ? 1 : -1;
      }
    }
    return (best >= OTHER_CLAUSE - AUXILIARY_REACH ? best - OTHER_CLAUSE : best) <= REACH ? dir : 0;
  }

  /** Adverbs and auxiliaries between "as you" and its verb of saying ("as you just mentioned", "as I have said"). */
  private static final java.util.Set<String> ASIDE_FILLERS = java.util.Set.of("just", "already", "have", "had", "ve",
      "rightly", "correctly");

  /**
   * Whether the verb at {@code pos} is a discourse aside ("as you just mentioned", "as I said"): its tense is that
   * of the talk, not of the date beside it.
   */
  private boolean aside(String text, int pos) {
    if (!lex.asideVerbs.contains(TimeText.nextWord(text, pos, text.length()).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int p = pos;
    String w = TimeText.prevWord(text, p);
    for (int k = 0; k < 2 && ASIDE_FILLERS.contains(w); k++) {
      p = TimeText.prevWordStart(text, p);
      w = TimeText.prevWord(text, p);
    }
    return lex.clausePronouns.contains(w) && TimeText.prevWord(text, TimeText.prevWordStart(text, p)).equals("as");
  }

  /**
   * Whether present cue {@code phrase} with {@code next} after it makes a perfect: a listed marker ("has been"),
   * or "has"/"have" before a past participle ("have managed", "has signed"; not "have limited" of {@code notPast}).
   */
  private boolean perfect(String phrase, String next) {
    if (lex.perfectMarkers.contains(next)) {
      return true;
    }
    boolean have = phrase.equals("has") || phrase.equals("have");
    return have && (lex.pastVerbs.contains(next) || next.length() >= 5 && next.endsWith("ed") && !lex.notPast.contains(next));
  }

  /** "would" followed by "like to" and a verb of the talk ("would like to stress", "would like to thank"). */
  private boolean frame(String text, int after, int limit) {
    String[] want = {"like", "to"};
    int i = after;
    for (String w : want) {
      String next = TimeText.nextWord(text, i, limit);
      if (!next.equalsIgnoreCase(w)) {
        return false;
      }
      i = text.indexOf(next, i) + next.length();
    }
    return lex.frameVerbs.contains(TimeText.nextWord(text, i, limit).toLowerCase(Locale.ROOT));
  }

  /** The clause of the expression: {@code [start, end)} between the nearest boundaries around it. */
  private int[] clause(String text, Sentence s, Recogniser.Hit h) {
    int start = s.start();
    int end = s.end();
    java.util.regex.Matcher b = BOUNDARY.matcher(text).region(s.start(), s.end());
    while (b.find()) {
      if (joinsCalendarNames(text, b.start(), b.end(), s.end())) {
        continue; // "a surge in February and March has eased": two dates of one clause, one tense
      }
      if (b.end() <= h.start()) {
        start = b.end();
      } else if (b.start() >= h.end()) {
        end = b.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /**
   * Whether the boundary at {@code [from, to)} is an "and" between two calendar names ("February and March",
   * "Friday and Saturday"): it coordinates two dates, not two clauses.
   */
  private boolean joinsCalendarNames(String text, int from, int to, int limit) {
    if (!text.substring(from, to).strip().equals("and")) {
      return false;
    }
    String prev = TimeText.nextWord(text, TimeText.prevWordStart(text, from), from);
    String next = TimeText.nextWord(text, to, limit);
    return calendarName(prev) && calendarName(next);
  }

  private boolean calendarName(String word) {
    return lex.months.containsKey(word) || lex.weekdays.containsKey(word);
  }

  private static boolean outside(int[] clause, int pos) {
    return pos < clause[0] || pos >= clause[1];
  }

  /** "to be" right before the participle at {@code pos}: an infinitival passive ("talks to be held"). */
  private static boolean infinitivalPassive(String text, int pos) {
    int b = TimeText.prevWordStart(text, pos);
    return TimeText.prevWord(text, pos).equals("be") && TimeText.prevWord(text, b).equals("to");
  }

  private static boolean inside(java.util.List<Recogniser.Hit> others, int pos) {
    for (Recogniser.Hit o : others) {
      if (pos >= o.start() && pos < o.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far a cue stands from the expression, in characters; a cue after it counts a few more, since the verb
   * that governs a dated phrase comes before it ("what happened on October 7th will happen again").
   */
  private static int distance(Recogniser.Hit h, int start, int end) {
    return end <= h.start() ? h.start() - end : start - h.end() + AFTER;
  }
}

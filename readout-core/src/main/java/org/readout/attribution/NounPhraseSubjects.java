package org.readout.attribution;

import java.util.List;
import java.util.Locale;

/**
 * Subjects of a verb cue written as noun phrases the slot walk of {@link SubjectFinder} does not reach:
 * a name before an appositive ("Jane Roe, a spokeswoman for the port, said"), a name as the appositive of
 * a description ("the host of the show, John Doe, said"), and an unnamed group ("Western diplomats
 * warned"). Immutable and thread-safe.
 */
final class NounPhraseSubjects {
  private final SubjectFinder subjects;
  private final SubjectWords classes;

  NounPhraseSubjects(SubjectFinder subjects, SubjectWords classes) {
    this.subjects = subjects;
    this.classes = classes;
  }

  /** Words of an appositive at most, between a name and its verb cue ("Jane Roe, a … , said"). */
  private static final int APPOSITIVE_WORDS = 16;

  /**
   * The speaker of a verb cue after an appositive: the person named right before an appositive that
   * opens with a word of {@code appositiveOpeners} ("Jane Roe, a spokeswoman for the port authority,
   * said"; "“…,” Senator Jane Roe, a Democrat from Columbus, Ohio, said" — the appositive may hold commas
   * of its own), or the person named as the appositive of a title or description ("The company's chief
   * executive, John Doe, said"; "“…,” the host of the show, John Doe, said"). {@code comma} is the comma
   * right before the cue. Null when neither shape holds.
   */
  Resolved appositive(String text, int from, int comma, List<Resolved> resolved) {
    Resolved last = SubjectFinder.endingAt(resolved, comma);
    if (last != null && last.speaker().isPerson() && !subjects.governed(text, last.mention().start())) {
      int p = last.mention().start();
      while (p > from && text.charAt(p - 1) == ' ') {
        p--;
      }
      if (p > from && text.charAt(p - 1) == ',') {
        int close = p;
        int open = Math.max(Math.max(text.lastIndexOf(',', p - 2), text.lastIndexOf('”', p - 2)),
            Math.max(text.lastIndexOf('"', p - 2), from - 1));
        boolean description = SubjectFinder.words(text, open + 1, p - 1) <= APPOSITIVE_WORDS
            && !SubjectFinder.clauseBreak(text, open + 1, p - 1)
            && resolved.stream().noneMatch(r -> r.mention().start() > open && r.mention().end() < close
                && !SubjectFinder.possessive(text, r.mention().end()) && !subjects.governed(text, r.mention().start()));
        if (description) {
          return last;
        }
      }
    }
    int end = comma;
    for (int k = 0; k < 3; k++) {
      int open = text.lastIndexOf(',', end - 1);
      if (open < from || SubjectFinder.words(text, open + 1, comma) > APPOSITIVE_WORDS || SubjectFinder.clauseBreak(text, open + 1, comma)) {
        return null;
      }
      if (classes.appositiveOpeners().contains(ContentSpans.firstWord(text, open + 1, comma))) {
        Resolved r = subjects.beforeAside(text, from, open, resolved);
        if (r != null && (r.speaker().isPerson() || r.speaker().isGroup()
            || r.mention().kind() == SpeakerMention.Kind.NAMED)) {
          return r;
        }
      }
      end = open;
    }
    return null;
  }

  /**
   * An unnamed group as written ("officials", "Western diplomats", "the Democrats"): the plural head
   * {@code [head, end)} and up to three modifiers before it (capitalised words, adjectives; not a
   * determiner or a verb), as an unresolved group speaker.
   */
  Resolved group(String text, int from, int head, int end, List<Resolved> resolved) {
    int start = head;
    for (int k = 0; k < 3; k++) {
      int e = start;
      while (e > from && text.charAt(e - 1) == ' ') {
        e--;
      }
      int s = e;
      while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
        s--;
      }
      if (s == e || SubjectFinder.endingAt(resolved, e) != null) {
        break;
      }
      String w = text.substring(s, e);
      String lw = w.toLowerCase(Locale.ROOT);
      if (!GROUP_DETERMINERS.contains(lw) && Character.isLowerCase(w.charAt(0)) && !modifierLike(lw)) {
        // "none of my fellow ministers responded", "the claims his advisers made": not a group that speaks
        return null;
      }
      boolean modifier = Character.isUpperCase(w.charAt(0)) && !classes.openers().contains(lw) || modifierLike(lw);
      if (!modifier) {
        break;
      }
      start = s;
    }
    String written = text.substring(start, end);
    Speaker g = new Speaker(Character.toUpperCase(written.charAt(0)) + written.substring(1), "", "", "", "group");
    return new Resolved(new SpeakerMention(start, end, written, SpeakerMention.Kind.GROUP, g), g);
  }

  /** Words of an unnamed speaker's description after its determiner, at most. */
  private static final int DESCRIPTION_WORDS = 8;

  /**
   * An unnamed speaker described right after an inverted cue that trails a quote ("“…,” says a restaurant owner
   * in Memphis.", "“…,” said one longtime resident."): a word of {@code descriptionDeterminers} at
   * {@code from} (past spaces), then words up to punctuation, a word of {@code descriptionStops} or
   * {@link #DESCRIPTION_WORDS} words; no time expression ("said the next day") and no verb of its own ("…,”
   * suggested the state is at war": a clause, not a speaker). The speaker is the description as written (a person without a dictionary id); its
   * reference runs on to the clause's end, so that a relative clause about the speaker ("a woman whose son
   * …") is not taken for reported words. Null when no description stands there.
   */
  Resolved description(String text, int from, int end) {
    int p = from;
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    int start = p;
    int[] w = nextWord(text, p, end);
    if (w == null || w[0] != p || !classes.descriptionDeterminers().contains(lower(text, w))) {
      return null;
    }
    int last = -1;
    int words = 0;
    p = w[1];
    while (words < DESCRIPTION_WORDS) {
      int q = p;
      while (q < end && text.charAt(q) == ' ') {
        q++;
      }
      int[] n = nextWord(text, q, end);
      if (n == null || n[0] != q) {
        break;
      }
      String lw = lower(text, n);
      if (classes.timeWords().contains(lw) || classes.descriptionVerbs().contains(lw)) {
        return null;
      }
      boolean afterOf = text.regionMatches(true, Math.max(0, q - 3), "of ", 0, 3);
      if (classes.descriptionStops().contains(lw)
          || classes.descriptionDeterminers().contains(lw) && !lw.equals("one") && !afterOf) {
        break;
      }
      last = n[1];
      words++;
      p = n[1];
    }
    if (last > 0 && text.regionMatches(true, last - 3, " of", 0, 3)) {
      // "one resident of" before a stop word: the description ends before "of"
      last -= 3;
    }
    if (last <= w[1] || SubjectFinder.possessive(text, last)) {
      return null;
    }
    int clauseEnd = last;
    while (clauseEnd < end && ",;.!?:—()“”\"".indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    while (clauseEnd > last && text.charAt(clauseEnd - 1) == ' ') {
      clauseEnd--;
    }
    String written = text.substring(start, last);
    Speaker s = new Speaker(written, "", "", "", "person");
    return new Resolved(new SpeakerMention(start, clauseEnd, written, SpeakerMention.Kind.NAMED, s), s);
  }

  /**
   * An unnamed speaker described between a quote's close and its cue ("“…,” a local teacher said.", "“…,” the
   * head of the union said."): the words from the closing mark (past a comma and spaces) to {@code nounEnd}, the
   * end of the subject's last word, are all one description ({@link #description}). Null otherwise.
   */
  Resolved descriptionBefore(String text, int from, int nounEnd) {
    int close = Math.max(text.lastIndexOf('”', nounEnd - 1), text.lastIndexOf('"', nounEnd - 1));
    if (close < from || nounEnd - close > 80) {
      return null;
    }
    int p = close + 1;
    while (p < nounEnd && (text.charAt(p) == ',' || text.charAt(p) == ' ')) {
      p++;
    }
    Resolved d = description(text, p, nounEnd);
    return d != null && d.mention().start() == p && p + d.mention().surface().length() == nounEnd ? d : null;
  }

  /** The next word at or after {@code p} before {@code end} as {start, end} (letters, digits, inner hyphens and apostrophes), or null. */
  private static int[] nextWord(String text, int p, int end) {
    if (p >= end || !Character.isLetterOrDigit(text.charAt(p))) {
      return null;
    }
    int e = p;
    while (e < end && (Character.isLetterOrDigit(text.charAt(e))
        || (text.charAt(e) == '-' || text.charAt(e) == '’' || text.charAt(e) == '\'') && e + 1 < end
        && Character.isLetterOrDigit(text.charAt(e + 1)))) {
      e++;
    }
    return new int[] {p, e};
  }

  private static String lower(String text, int[] w) {
    return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code r} is a description {@link #description} made ("a restaurant owner in Memphis"), as written. */
  static boolean described(Resolved r) {
    String s = r.mention().surface();
    return r.mention().kind() == SpeakerMention.Kind.NAMED && r.speaker().id().isEmpty() && !s.isEmpty()
        && Character.isLowerCase(s.charAt(0)) && r.speaker().name().equals(s);
  }

  /** Words that may stand right before an unnamed group that speaks ("the officials", "both sides"). */
  private static final java.util.Set<String> GROUP_DETERMINERS = java.util.Set.of("the", "these", "those", "both",
      "all", "some", "many", "several", "most", "other", "and", "two", "three", "four", "top", "senior", "local");

  private static boolean modifierLike(String lw) {
    return lw.endsWith("an") || lw.endsWith("ish") || lw.endsWith("ese") || lw.endsWith("al") || lw.endsWith("ic")
        || lw.equals("senior") || lw.equals("other") || lw.equals("some") || lw.equals("many") || lw.equals("several");
  }
}

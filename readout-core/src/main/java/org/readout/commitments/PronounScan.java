package org.readout.commitments;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pronoun and complementizer scans over a clause's text for the {@link SubjectResolver}: the pronoun subject right
 * before a cue ("we seek to", "our policy will not"), the first or last subject pronoun in a span, the end of the
 * last complementizer. Offsets are into the string given; the word lists come from the {@link CommitmentLexicon}.
 * Immutable and thread-safe.
 */
final class PronounScan {
  private final CommitmentLexicon lexicon;

  /** A government's own policy or body standing for it after a possessive ("our policy will not …"; lexicon.yaml). */
  private final Pattern ownBody;

  PronounScan(CommitmentLexicon lexicon) {
    this.lexicon = lexicon;
    this.ownBody = lexicon.subjectPattern("own-body");
  }

  int lastComplementizer(String t, int from, int to) {
    Matcher m = lexicon.complementizer.matcher(t);
    m.region(from, to);
    int last = from;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /** Offset of the first subject pronoun in [from, to), or -1. */
  int firstPronoun(String t, int from, int to) {
    return pronounOffset(t, from, to, true);
  }

  static String wordAt(String t, int pos) {
    int e = pos;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return t.substring(pos, e);
  }

  /** The last subject pronoun in [from, to) ("Today, we reaffirm", "He described"), or null. */
  String lastPronoun(String t, int from, int to) {
    int at = pronounOffset(t, from, to, false);
    if (at < 0) {
      return null;
    }
    int end = at;
    while (end < to && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return t.substring(at, end);
  }

  /** Offset of the first (or last) word in [from, to) that is a person or group pronoun, or -1. */
  int pronounOffset(String t, int from, int to, boolean first) {
    int found = -1;
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(t.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < to && Character.isLetter(t.charAt(i))) {
        i++;
      }
      if (i > w) {
        String word = t.substring(w, i);
        if (!word.equals("I")
            && (lexicon.personPronoun.matcher(word).matches() || lexicon.groupPronoun.matcher(word).matches())) {
          if (first) {
            return w;
          }
          found = w;
        }
      }
    }
    return found;
  }

  /** The subject pronoun of a possessive word ending right before {@code at} ("our " → "we"), or null. */
  static String possessiveBefore(String t, int clauseStart, int at) {
    int e = at;
    while (e > clauseStart && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    int w = e;
    while (w > clauseStart && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    if (w == e || (w > clauseStart && Character.isLetterOrDigit(t.charAt(w - 1)))) {
      return null;
    }
    return switch (t.substring(w, e).toLowerCase(Locale.ROOT)) {
      case "our" -> "we";
      case "their" -> "they";
      case "his" -> "he";
      case "her" -> "she";
      default -> null;
    };
  }

  /** A pronoun subject directly before a weak cue ("we seek to", "they will"). */
  String pronounBefore(String t, int clauseStart, int cueStart) {
    int from = cueStart;
    // "We also will continue …", "they still are ready to …": the pronoun may stand one or two words back, across
    // what may stand between a subject and its cue (adjacent-gap: an adverb, a short parenthetical).
    for (int words = 0; words < 3; words++) {
      while (from > clauseStart && Character.isWhitespace(t.charAt(from - 1))) {
        from--;
      }
      int w = from;
      while (w > clauseStart && Character.isLetter(t.charAt(w - 1))) {
        w--;
      }
      if (w == from) {
        return null;
      }
      String word = t.substring(w, from);
      if (lexicon.personPronoun.matcher(word).matches() || lexicon.groupPronoun.matcher(word).matches()) {
        return from == cueStart || lexicon.adjacentGap.matcher(t.substring(from, cueStart)).matches() ? word : null;
      }
      if (ownBody.matcher(word).matches()) {
        // "Our policy will not …", "their government intends to …": the possessor is the subject
        String owner = possessiveBefore(t, clauseStart, w);
        return owner != null && (from == cueStart || lexicon.adjacentGap.matcher(t.substring(from, cueStart)).matches())
            ? owner : null;
      }
      from = w;
    }
    return null;
  }

}

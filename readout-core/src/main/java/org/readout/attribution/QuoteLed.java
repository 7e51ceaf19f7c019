package org.readout.attribution;

import java.util.List;

/**
 * The quote a trailing verb cue reports: "“…,” Jane Roe, a spokeswoman for the port, said on Monday."
 * The quote closes before the cue in the same sentence, only the speaker (with a title or an appositive)
 * stands between them, and at most a short tail follows the cue ("said on Monday", "told reporters").
 * Such a cue reports the quote, as a direct quote, and nothing else: the speaker's name or the tail is
 * not reported speech. The quote opens the sentence (or began in an earlier one).
 */
final class QuoteLed {
  /** Characters between a closing quote and its trailing cue, at most (a name with an appositive). */
  private static final int GAP = 110;
  /** Words after the cue in its clause, at most ("told reporters at the White House"). */
  private static final int TAIL_WORDS = 6;

  private QuoteLed() {
  }

  /** The quote {@code cue} trails, or null. */
  static Quote before(String text, Segment seg, Cue cue, List<Quote> quotes) {
    return before(text, seg, cue, quotes, cue.end());
  }

  /**
   * The quote {@code cue} trails, or null; the tail after the cue is counted from {@code tailFrom} (the end of
   * a speaker written after the cue: "“…,” says a woman whose son works here.").
   */
  static Quote before(String text, Segment seg, Cue cue, List<Quote> quotes, int tailFrom) {
    Quote led = null;
    for (Quote q : quotes) {
      if (q.close() > cue.start()) {
        break;
      }
      if (q.close() > seg.start()) {
        led = q;
      }
    }
    if (led == null || cue.start() - led.close() > GAP) {
      return null;
    }
    // the quote opens its sentence (or began in an earlier one): "Putin said “…”, and Biden said X" is not this;
    // an inverted cue right after the close with its speaker after it ("X is “…,” writes The Lakeside Journal")
    // reports the quote wherever it stands
    boolean inverted = tailFrom > cue.end() && trails(text, led, cue);
    for (int i = seg.start(); i < led.open() && !inverted; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return null;
      }
    }
    String gap = text.substring(led.close(), cue.start());
    if (ContentSpans.indexOfWord(gap, "and", 0, gap.length()) >= 0 || ContentSpans.indexOfWord(gap, "but", 0, gap.length()) >= 0) {
      return null;
    }
    for (int i = led.close(); i < cue.start(); i++) {
      char c = text.charAt(i);
      if (c == '.' && !abbreviation(text, i) || c == '!' || c == '?' || c == ';' || c == ':') {
        return null;
      }
    }
    int from = Math.max(cue.end(), Math.min(tailFrom, seg.end()));
    int end = from;
    while (end < seg.end() && ",;".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String tail = text.substring(from, end);
    // with the speaker after the cue ("…,” said a traveler at the airport — where …") the order is inverted, the
    // words after the speaker are about the speaker or the scene, however many
    if (from == cue.end() && SubjectFinder.words(text, from, end) > TAIL_WORDS || ContentSpans.indexOfWord(tail, "that", 0, tail.length()) >= 0
        || tail.indexOf('“') >= 0 || tail.indexOf('"') >= 0) {
      return null;
    }
    return led;
  }

  /** Whether {@code cue} stands right after {@code q}'s close, with only spaces and a comma between ("…,” writes X"). */
  static boolean trails(String text, Quote q, Cue cue) {
    if (q.close() > cue.start() || cue.start() - q.close() > 3) {
      return false;
    }
    for (int i = q.close(); i < cue.start(); i++) {
      if (" ,\u00a0".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code cue} stands right after the close of a quote in its segment ("…,” writes X"). */
  static boolean trailsAQuote(String text, Segment seg, Cue cue, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.close() > seg.start() && q.close() <= cue.start() && trails(text, q, cue)) {
        return true;
      }
    }
    return false;
  }

  /** "Mr.", "Dr.", an initial: a period that ends no sentence. */
  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return dot - s <= 3 && s < dot && Character.isUpperCase(text.charAt(s));
  }
}

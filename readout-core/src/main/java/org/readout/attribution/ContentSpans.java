package org.readout.attribution;

/**
 * What a cue reports: the span of its content in the text. A verb cue's content is the rest of its
 * clause ("said that …", "what X said is that …"), or what stands before the speaker when nothing
 * follows; a prepositional cue's ("according to X") is the clause after the speaker and its appositive,
 * or the clause before the cue when the cue trails it ("…, according to X"); a naming cue's is the
 * phrase it names. A time expression right after a cue ("said on Tuesday that") is when, not what.
 * Immutable and thread-safe.
 */
final class ContentSpans {
  /** Longest appositive after a speaker ("according to Jane Roe, a spokeswoman for the port, …"), in characters. */
  private static final int APPOSITIVE_CHARS = 90;

  private final CueLexicon cues;

  ContentSpans(CueLexicon cues) {
    this.cues = cues;
  }

  /**
   * Whether a verb cue only announces what follows ("Here’s what they’re saying:", "This is how she put it:"):
   * "what" or "how" right before its speaker and no words of content after it. Its quote, if one follows, is
   * still the speaker's; the announcement itself reports nothing.
   */
  static boolean announces(String text, Segment seg, Cue cue, Resolved who) {
    if (cue.kind() != Cue.Kind.VERB || who.mention().start() >= cue.start()) {
      return false;
    }
    int e = trimEnd(text, seg.start(), seg.end());
    return SubjectFinder.words(text, cue.end(), e) < 2 && freeRelativeBefore(text, seg.start(), who.mention().start());
  }

  /** Whether "what" or "how" stands right before the speaker at {@code at} ("Here’s what they’re saying"). */
  private static boolean freeRelativeBefore(String text, int from, int at) {
    int e = at;
    while (e > from && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    String w = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    return w.equals("what") || w.equals("how");
  }

  /** The content of a cue: the rest of the clause after it, or before the speaker for trailing cues; null if none. */
  int[] of(String text, Segment seg, Cue cue, Resolved who) {
    int s;
    int e = trimEnd(text, seg.start(), seg.end());
    if (cue.kind() == Cue.Kind.BEFORE || cue.kind() == Cue.Kind.PRONOUN) {
      int after = who.mention().end();
      int comma = text.indexOf(',', after);
      if (cue.start() - seg.start() > 10 && endsWithComma(text, seg.start(), cue.start())) {
        // "The plan is dead, according to Jane Roe, a spokeswoman": the cue trails its content
        s = seg.start();
        e = trimEnd(text, seg.start(), cue.start());
      } else if (comma >= 0 && comma < e && comma - after <= 40) {
        s = comma + 1;
        // "according to Jane Roe, a spokeswoman for the port, the plan is dead": past the appositive
        int close = text.indexOf(',', s);
        if (close > s && close < e && close - s <= APPOSITIVE_CHARS
            && cues.appositiveOpener(firstWord(text, s, close))) {
          s = close + 1;
        }
      } else if (cue.start() - seg.start() > 10) {
        s = seg.start();
        e = trimEnd(text, seg.start(), cue.start());
      } else {
        s = after;
      }
    } else if (cue.kind() == Cue.Kind.NAMING) {
      s = cue.end();
      int stop = s;
      while (stop < e && ",;.".indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      e = stop;
    } else if (ReportingFrames.pseudoCleft(text, seg.start(), who.mention().start(), cue.end(), e) > 0) {
      // "what the President said (to them) is that …": the complement follows the copula
      s = ReportingFrames.pseudoCleft(text, seg.start(), who.mention().start(), cue.end(), e);
    } else if (invertedAfterClause(text, seg, cue, who)) {
      // "Orders are up, said Jane Roe, president of X.": the inverted cue trails its content, the speaker
      // (and an appositive) follows it
      s = seg.start();
      e = trimEnd(text, seg.start(), cue.start());
    } else if (trailingAs(text, seg.start(), who.mention().start()) > seg.start() + 10
        && SubjectFinder.words(text, cue.end(), e) <= 3 && indexOfWord(text, "that", cue.end(), e) < 0) {
      // "Trade has doubled, as you reported to me last month.": the clause before the aside is what was said
      s = seg.start();
      e = trimEnd(text, seg.start(), trailingAs(text, seg.start(), who.mention().start()));
    } else {
      s = cue.end();
      int that = indexOfWord(text, "that", s, Math.min(e, s + 80));
      int between = that < 0 ? -1 : SubjectFinder.words(text, s, that);
      if (that >= 0 && (between <= 1 || between <= 4 && cues.tells(cue.text()))) {
        s = that + 4;
      } else {
        // "told the nation last night: prices are falling": the words after a colon a few words on
        int colon = text.indexOf(':', s);
        if (colon > s && colon < e && SubjectFinder.words(text, s, colon) <= 5 && text.substring(s, colon).indexOf('\n') < 0
            && SubjectFinder.words(text, colon + 1, e) >= 2) {
          s = colon + 1;
        }
      }
      if (SubjectFinder.words(text, s, e) < 2 && who.mention().start() > seg.start() + 10) {
        s = seg.start();
        e = trimEnd(text, seg.start(), Math.min(who.mention().start(), cue.start()));
      }
    }
    s = trimStart(text, s, e);
    e = trimEnd(text, s, e);
    // "said on Tuesday that …": a time expression is when it was said, not what
    int t = cues.afterTime(text, s, e);
    if (t > s) {
      s = text.startsWith("that ", t) ? t + 5 : t;
    }
    s = trimStart(text, s, e);
    e = trimEnd(text, s, e);
    return e - s >= 2 && SubjectFinder.words(text, s, e) >= 1 ? new int[] {s, e} : null;
  }

  /**
   * Whether a verb cue stands inverted after a comma that ends its content, its speaker right after it and
   * nothing but an appositive after the speaker ("Orders are up, said Jane Roe, president of X.").
   */
  private boolean invertedAfterClause(String text, Segment seg, Cue cue, Resolved who) {
    if (cue.kind() != Cue.Kind.VERB || who.mention().start() < cue.end() || cue.start() - seg.start() <= 10
        || !endsWithComma(text, seg.start(), cue.start()) || !text.substring(cue.end(), who.mention().start()).isBlank()) {
      return false;
    }
    int e = trimEnd(text, seg.start(), seg.end());
    int after = who.mention().end();
    if (after >= e) {
      return true;
    }
    if (text.charAt(after) != ',') {
      return false;
    }
    // "…, president of X", "…, a spokeswoman for Y": a lower-case word or an appositive opener follows
    int p = after + 1;
    while (p < e && text.charAt(p) == ' ') {
      p++;
    }
    return p < e && (Character.isLowerCase(text.charAt(p)) || cues.appositiveOpener(firstWord(text, p, e)));
  }

  /**
   * The comma or dash opening a trailing "as X said" aside whose speaker starts at {@code speaker} ("…, as you
   * mentioned"), or -1.
   */
  static int trailingAs(String text, int from, int speaker) {
    int p = speaker;
    while (p > from && text.charAt(p - 1) == ' ') {
      p--;
    }
    if (p - 2 <= from || !text.regionMatches(true, p - 2, "as", 0, 2)
        || p - 3 >= from && Character.isLetter(text.charAt(p - 3))) {
      return -1;
    }
    p -= 2;
    while (p > from && text.charAt(p - 1) == ' ') {
      p--;
    }
    char c = p > from ? text.charAt(p - 1) : ' ';
    return c == ',' || c == '–' || c == '—' ? p - 1 : -1;
  }

  private static boolean endsWithComma(String text, int from, int to) {
    int p = to;
    while (p > from && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    return p > from && text.charAt(p - 1) == ',';
  }

  /** The first word of {@code [s, e)}, lowercase. */
  static String firstWord(String text, int s, int e) {
    int p = s;
    while (p < e && !Character.isLetter(text.charAt(p))) {
      p++;
    }
    int q = p;
    while (q < e && Character.isLetter(text.charAt(q))) {
      q++;
    }
    return text.substring(p, q).toLowerCase(java.util.Locale.ROOT);
  }

  static int indexOfWord(String text, String word, int from, int to) {
    for (int i = Math.max(0, from); i + word.length() <= to; i++) {
      if (text.regionMatches(i, word, 0, word.length())
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + word.length() >= text.length() || !Character.isLetter(text.charAt(i + word.length())))) {
        return i;
      }
    }
    return -1;
  }

  static int trimStart(String text, int s, int e) {
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
      s++;
    }
    return s;
  }

  static int trimEnd(String text, int s, int e) {
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:!?".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }
}

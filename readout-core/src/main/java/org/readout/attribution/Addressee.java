package org.readout.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "You" in a transcript turn: the interlocutor the turn answers or addresses, i.e. the speaker of the
 * nearest earlier turn by someone else ("As you noted, …" in an answer is the questioner; "you proposed
 * …" in a leader's reply is the other leader). A "you" with a modal before the cue is generic ("you
 * could say") and speaks for nobody. Stateless.
 */
final class Addressee {
  private static final Set<String> MODALS = Set.of("could", "would", "might", "can", "may", "should", "will",
      "must", "cannot", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "ll", "d");

  /**
   * "you" right after a noun phrase that a determiner opens ("the scenario you just described", "a point
   * you made"): the verb's object is that noun — a relative clause that names a topic, not reported words.
   */
  private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
      "\\b(?:the|a|an|this|these|those|your|our|his|her|their|its)\\s+(?:[\\w’'-]+\\s+){0,2}"
          + "(?!(?:that|which|who|what|if|as|and|but|or|so|because|when|whether|said|told|say|think|know|believe)\\s*$)"
          + "[a-z][\\w’'-]*\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);

  private Addressee() {
  }

  /** The speaker "you" addresses in {@code turn}, or null (no earlier turn by someone else). */
  static Speaker of(List<Turn> turns, Turn turn) {
    if (turn == null) {
      return null;
    }
    int i = turns.indexOf(turn);
    for (int k = i - 1; k >= 0; k--) {
      Speaker s = turns.get(k).speaker();
      if (!s.name().equals(turn.speaker().name())) {
        return s;
      }
    }
    return null;
  }

  /** Adds each "you" of {@code seg} outside quotes, resolved to {@code addressee}, in text order. */
  static void add(String text, Segment seg, Speaker addressee, List<Quote> quotes, List<Resolved> resolved) {
    int from = seg.start();
    while (true) {
      int i = ContentSpans.indexOfWord(text, "you", from, seg.end());
      int j = ContentSpans.indexOfWord(text, "You", from, seg.end());
      int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
      if (at < 0) {
        return;
      }
      from = at + 3;
      if (inQuote(quotes, at)) {
        continue;
      }
      SpeakerMention m = new SpeakerMention(at, at + 3, text.substring(at, at + 3), SpeakerMention.Kind.NAMED, addressee);
      int pos = 0;
      while (pos < resolved.size() && resolved.get(pos).mention().start() < at) {
        pos++;
      }
      resolved.add(pos, new Resolved(m, addressee));
    }
  }

  /** Whether {@code who} is a "you" whose verb follows a modal ("you could say"): generic, nobody's words. */
  static boolean generic(String text, Resolved who, Cue cue) {
    SpeakerMention m = who.mention();
    if (!m.surface().equalsIgnoreCase("you") || m.end() > cue.start()) {
      return false;
    }
    if (RELATIVE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
      return true;
    }
    for (String w : text.substring(m.end(), cue.start()).toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      if (MODALS.contains(w)) {
        return true;
      }
    }
    return text.regionMatches(true, m.end(), "’d", 0, 2) || text.regionMatches(true, m.end(), "’ll", 0, 3);
  }

  private static boolean inQuote(List<Quote> quotes, int offset) {
    for (Quote q : quotes) {
      if (q.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}

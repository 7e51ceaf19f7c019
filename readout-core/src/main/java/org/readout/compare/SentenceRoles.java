package org.readout.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Sentence;

/**
 * The discourse role of each sentence of a statement, from its text and turn structure: a question (a
 * sentence ending in "?", or any sentence of a journalist's turn opened by "Q" in a transcript), a
 * moderator's or operator's line, a pleasantry ("Thank you."), an atmosphere or procedure remark
 * ("the conversation was frank and constructive"), or content. Only content sentences take part in
 * cross-side pairing. Stateless.
 */
final class SentenceRoles {
  /** The role of one sentence. */
  enum Role {
    CONTENT, QUESTION, MODERATOR, PLEASANTRY, ATMOSPHERE;

    boolean content() {
      return this == CONTENT;
    }
  }

  /** A transcript turn label at the start of a line: "Q", "Q:", "MR. SULLIVAN:", "SENIOR ADMINISTRATION OFFICIAL:". */
  private static final Pattern TURN = Pattern.compile(
      "(?m)^[ \\t>*_]*(?:(Q|QUESTION)(?:[:.]|\\s)|([A-Z][A-Z.'’\\- ]{1,60}):)");

  private SentenceRoles() {
  }

  static List<Role> of(String text, List<Sentence> sentences) {
    return of(text, sentences, StanceLexicon.BUNDLED);
  }

  static List<Role> of(String text, List<Sentence> sentences, StanceLexicon lex) {
    // turn boundaries: offset -> role of the turn it opens
    List<int[]> turns = new ArrayList<>(); // {offset, 0 content | 1 question | 2 moderator}
    Matcher m = TURN.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        turns.add(new int[] {m.start(), 1});
      } else {
        String label = m.group(2).trim().toLowerCase(Locale.ROOT);
        boolean mod = lex.moderator.stream().anyMatch(label::startsWith);
        turns.add(new int[] {m.start(), mod ? 2 : 0});
      }
    }
    List<Role> out = new ArrayList<>(sentences.size());
    int t = -1;
    for (Sentence s : sentences) {
      while (t + 1 < turns.size() && turns.get(t + 1)[0] <= s.start()) {
        t++;
      }
      int turn = t < 0 ? 0 : turns.get(t)[1];
      out.add(role(s.text(), turn, lex));
    }
    return out;
  }

  static Role role(String sentence, int turn, StanceLexicon lex) {
    String bare = bare(sentence);
    if (turn == 1 || sentence.strip().endsWith("?") || sentence.strip().endsWith("?\"") || sentence.strip().endsWith("?”")) {
      return Role.QUESTION;
    }
    if (turn == 2) {
      return Role.MODERATOR;
    }
    if (bare.isEmpty() || lex.pleasantries.contains(bare) || words(bare) <= 3) {
      return Role.PLEASANTRY;
    }
    if (lex.atmosphere.in(sentence) && !lex.accusation.in(sentence) && words(bare) <= 30 && !hasPosition(sentence, lex)) {
      return Role.ATMOSPHERE;
    }
    return Role.CONTENT;
  }

  /** An atmosphere cue in a sentence that also states a position ("frank" talks about escalation) keeps it content. */
  private static boolean hasPosition(String s, StanceLexicon lex) {
    return lex.support.in(s) || lex.negation.in(s) || lex.concrete.in(s);
  }

  /** Lower case, turn label, punctuation and extra spaces removed. */
  static String bare(String s) {
    String x = s.toLowerCase(Locale.ROOT).replaceFirst("^[a-z.'’\\- ]{1,40}:\\s*", "");
    return x.replaceAll("[^\\p{L}\\p{Nd}' -]", " ").replaceAll("\\s+", " ").trim();
  }

  private static int words(String bare) {
    return bare.isEmpty() ? 0 : bare.split(" ").length;
  }
}

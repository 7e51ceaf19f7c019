package org.readout.commitments;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Mention;

/**
 * The other party of the talks a speaker is recounting in his transcript turn: at a news conference with one guest a
 * leader may turn to his call with another ("With regard to my conversation with the US President, … We agreed to
 * …"). A "we agreed" that follows in the same turn binds the speaker's side and that party, not the guest. Set by the
 * first state or organisation named right after "conversation / talks / call / meeting / negotiations with"; a new
 * turn forgets it. Single-threaded, one per statement.
 */
final class TalksCounterpart {
  private static final Pattern TALKS = Pattern.compile(
      "\\b(?:conversation|talks|(?:phone\\s+|telephone\\s+|video\\s+)?call|meeting|negotiations|summit)\\s+with\\s+",
      Pattern.CASE_INSENSITIVE);
  /** How far after "with" the party's mention may start ("with the US President": the title words before it). */
  private static final int WINDOW = 40;

  private Object turn;
  private String party;

  /** Reads sentence {@code t} (starting at document offset {@code base}, mentions {@code ms}) of {@code turn}. */
  void track(DocState d, Object turn, String t, int base, List<Mention> ms) {
    if (turn != this.turn) {
      this.turn = turn;
      party = null;
    }
    if (turn == null) {
      return;
    }
    Matcher m = TALKS.matcher(t);
    while (m.find()) {
      for (Mention x : ms) {
        int at = x.start() - base;
        if (at < m.end() || at > m.end() + WINDOW || "pronoun".equals(x.rule()) || "group".equals(x.rule())) {
          continue;
        }
        List<String> es = d.entities(x);
        if (es != d.participants && es.size() == 1 && !es.get(0).equals(d.side) && !es.get(0).isBlank()) {
          party = es.get(0);
        }
        break;
      }
    }
  }

  /**
   * The party of the talks the current turn recounts when it is not one of the meeting's participants (the meeting's
   * own guest needs no anchor), else null.
   */
  String recounted(DocState d) {
    return party != null && !d.participants.contains(party) ? party : null;
  }
}

package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import org.readout.model.Sentence;

/** A stretch of one sentence inside one speaker turn (or outside any turn): the attributor's reading unit. */
record Segment(int sentence, int start, int end, Turn turn) {

  /**
   * The statement cut into segments: each sentence, split where a turn's label falls inside it, trimmed, with the
   * turn it belongs to (null outside any turn).
   */
  static List<Segment> of(String text, List<Sentence> sentences, List<Turn> turns) {
    List<Sentence> sents = sentences.isEmpty()
        ? List.of(new Sentence(0, 0, text.length(), text, List.of())) : sentences;
    List<Segment> out = new ArrayList<>();
    int ti = 0;
    for (Sentence s : sents) {
      int cur = s.start();
      while (ti < turns.size() && turns.get(ti).labelEnd() <= cur) {
        ti++;
      }
      for (int k = ti; k < turns.size() && turns.get(k).labelStart() < s.end(); k++) {
        Turn t = turns.get(k);
        if (t.labelEnd() <= cur) {
          continue;
        }
        add(text, s.index(), cur, t.labelStart(), turns, out);
        cur = Math.max(cur, t.labelEnd());
      }
      add(text, s.index(), cur, s.end(), turns, out);
    }
    return out;
  }

  private static void add(String text, int sentence, int start, int end, List<Turn> turns, List<Segment> out) {
    int s = ContentSpans.trimStart(text, start, end);
    int e = end;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s) {
      return;
    }
    // the last turn whose label ends at or before the segment (turns are sorted and do not overlap)
    Turn owner = null;
    int lo = 0;
    int hi = turns.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (turns.get(mid).labelEnd() <= s) {
        owner = turns.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (owner != null && s >= Math.max(owner.end(), owner.labelEnd() + 1)) {
      owner = null;
    }
    out.add(new Segment(sentence, s, e, owner));
  }
}

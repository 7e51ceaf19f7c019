package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.readout.model.Mention;

/**
 * Clause bounds inside one sentence for the {@link CommitmentExtractor}: an act's clause runs between
 * the lexicon's boundaries ("; ", ", which ", ", but ", …) and ", and" before a new subject. Offsets are
 * relative to the sentence. Immutable and thread-safe.
 */
final class Clauses {
  private final CommitmentLexicon lexicon;

  Clauses(CommitmentLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Sorted pairs {start, end} of clause boundaries in the sentence (relative offsets). */
  int[] boundaries(String t, List<Mention> ms, int base) {
    List<int[]> bs = new ArrayList<>();
    Matcher m = lexicon.boundary.matcher(t);
    while (m.find()) {
      // ", which resumed in late November in Vienna, will be constructive": a relative clause closed by
      // a comma is a parenthetical, not the end of the act's clause.
      if (m.group().startsWith(", which") && t.indexOf(',', m.end()) > 0) {
        continue;
      }
      bs.add(new int[] {m.start(), m.end()});
    }
    int i = t.indexOf(", and ");
    while (i >= 0) {
      int next = i + 6;
      if (startsSubject(t, next, ms, base)) {
        bs.add(new int[] {i, next});
      }
      i = t.indexOf(", and ", next);
    }
    bs.sort(Comparator.comparingInt(b -> b[0]));
    int[] flat = new int[bs.size() * 2];
    for (int k = 0; k < bs.size(); k++) {
      flat[2 * k] = bs.get(k)[0];
      flat[2 * k + 1] = bs.get(k)[1];
    }
    return flat;
  }

  private boolean startsSubject(String t, int pos, List<Mention> ms, int base) {
    for (Mention m : ms) {
      if (m.start() - base == pos) {
        return true;
      }
    }
    int e = pos;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return lexicon.clauseSubjectStarters.contains(t.substring(pos, e).toLowerCase(Locale.ROOT));
  }

  static int clauseStart(int[] bounds, int pos) {
    int start = 0;
    for (int k = 0; k < bounds.length; k += 2) {
      if (bounds[k + 1] <= pos) {
        start = bounds[k + 1];
      }
    }
    return start;
  }

  static int clauseEnd(String t, int[] bounds, int pos) {
    for (int k = 0; k < bounds.length; k += 2) {
      if (bounds[k] >= pos) {
        return trimEnd(t, bounds[k]);
      }
    }
    return trimEnd(t, t.length());
  }

  static int trimEnd(String t, int end) {
    while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || ".,;:".indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }
}

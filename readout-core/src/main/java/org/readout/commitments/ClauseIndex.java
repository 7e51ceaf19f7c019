package org.readout.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.readout.analysis.text.Span;
import org.readout.clauses.Clause;
import org.readout.model.Mention;

/**
 * How the {@link CommitmentExtractor} reads one sentence's clauses (the {@code clauses} layer): the clause
 * holding a cue, its top-level clause (an act's bounds), the condition that governs it, and where a
 * subject is not an actor. Stateless and thread-safe.
 */
final class ClauseIndex {
  private ClauseIndex() {
  }

  /** The smallest clause holding {@code offset} (a complement before its frame), or null. */
  static Clause innermost(List<Clause> cls, int offset) {
    Clause best = null;
    for (Clause c : cls) {
      if (c.contains(offset) && (best == null || c.span().length() <= best.span().length())) {
        best = c;
      }
    }
    return best;
  }

  static Clause byIndex(List<Clause> cls, int index) {
    for (Clause c : cls) {
      if (c.index() == index) {
        return c;
      }
    }
    return null;
  }

  /** The top-level clause around {@code c} (itself when it has no parent), or null. */
  static Clause top(List<Clause> cls, Clause c) {
    Clause at = c;
    while (at != null && at.parent() >= 0) {
      Clause p = byIndex(cls, at.parent());
      if (p == null) {
        break;
      }
      at = p;
    }
    return at;
  }

  /**
   * The condition governing {@code c}: its own, else the nearest enclosing clause's, else (for a frame such
   * as "warned that … if …") its complement's; null when none.
   */
  static Span condition(List<Clause> cls, Clause c) {
    for (Clause at = c; at != null; at = at.parent() >= 0 ? byIndex(cls, at.parent()) : null) {
      if (at.conditional()) {
        return at.condition();
      }
    }
    if (c != null && c.frame()) {
      for (Clause k : cls) {
        if (k.parent() == c.index() && k.conditional()) {
          return k.condition();
        }
      }
    }
    return null;
  }

  /** True when {@code offset} lies inside a condition ("If I promised, then …"). */
  static boolean inCondition(List<Clause> cls, int offset) {
    for (Clause c : cls) {
      if (c.conditional() && c.condition().start() <= offset && offset < c.condition().end()) {
        return true;
      }
    }
    return false;
  }

  /** A pluperfect predicate ("had agreed to", "had promised"): a past event recounted, not an act. */
  static boolean pastEvent(Clause c, String t, int base) {
    if (c == null || c.predicate() == null) {
      return false;
    }
    int from = c.predicate().start() - base;
    return t.regionMatches(true, from, "had ", 0, 4);
  }

  /** The conditions of the sentence's clauses, relative to the sentence start {@code base}. */
  static List<int[]> conditions(List<Clause> cls, int base) {
    List<int[]> out = new ArrayList<>();
    for (Clause c : cls) {
      if (c.conditional()) {
        out.add(new int[] {c.condition().start() - base, c.condition().end() - base});
      }
    }
    return out;
  }

  /**
   * A strong warning in another clause than the act that would own it is an act of its own ("… proposed
   * talks; a strike would be a grave mistake with serious consequences").
   */
  static boolean separate(Act owner, Act act) {
    return act.hit.rule().strong() && act.hit.rule().kind() == CommitmentKind.WARNING
        && owner.hit.rule().kind() != CommitmentKind.WARNING && act.clause != null && owner.clause != null
        && act.clause.index() != owner.clause.index();
  }

  /**
   * True when the actor before a modal cue sits inside a phrase headed by something else ("the harm to both
   * countries will …", "the costs for Moscow would …"): the actor is not the clause's subject.
   */
  static boolean actorInsidePhrase(CommitmentLexicon lexicon, String t, Clause inner, int base, List<Mention> ms,
                                   int cueStart) {
    if (inner == null || inner.subject() == null) {
      return false;
    }
    int from = inner.subject().start() - base;
    for (Mention m : ms) {
      int ms0 = m.start() - base;
      if (ms0 >= from && m.end() - base <= cueStart) {
        Matcher p = lexicon.subjectPreposition.matcher(t.substring(from, ms0));
        return p.find();
      }
    }
    return false;
  }
}

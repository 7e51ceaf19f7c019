package org.readout.commitments;

import java.util.List;

/** An accepted speech act under construction (offsets relative to the sentence). Short-lived, mutable. */
final class Act {
  /** The cue that opened it. */
  record Hit(CommitmentLexicon.Rule rule, int start, int end) {
  }

  Hit hit;
  int clauseStart;
  int clauseEnd;
  List<String> actors;
  List<String> addressees = List.of();
  List<String> speakers;
  boolean joint;
  /** The subject is a word for several parties ("the two leaders"), whether or not all are known. */
  boolean group;
  /** The subject is a noun phrase naming its parties ("Both sides", "Ukraine and the United States"), not a pronoun. */
  boolean named;
  boolean inferred;
  boolean negated;
  boolean refrain;
  /** The kind when the subject changes it ("we must …" binds the speaker: a pledge), else null. */
  CommitmentKind kind;
  /** The innermost clause holding the cue (clauses layer), or null. */
  org.readout.clauses.Clause clause;
}

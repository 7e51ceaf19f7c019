package org.readout.commitments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;

/**
 * A later statement as the {@link Tracker} reads it, each sentence read once however many commitments it
 * is scored against (a corpus scan scores one statement against hundreds): the sentence's keys and stems,
 * its status cues with the stems of the clause each governs, its follow-up cue, whether it refers back.
 * Obtain with {@link Tracker#read(AnalyzedStatement)}. Not thread-safe (sentences are read lazily).
 */
public final class LaterStatement {
  /** One status cue found in a sentence, with the content stems of the clause it governs. */
  record CueClause(TrackingLexicon.Cue cue, Set<String> clauseStems) {
  }

  /** One sentence, read. */
  record Reading(Sentence sentence, Set<String> keys, Set<String> stems, List<CueClause> cues,
                 TrackingLexicon.Cue anyCue, TrackingLexicon.Cue follow, boolean backReference, boolean negated) {
    /** The first cue (lexicon order) whose clause holds one of {@code matched}, or null. */
    TrackingLexicon.Cue governing(Set<String> matched) {
      for (CueClause c : cues) {
        for (String w : c.clauseStems()) {
          if (matched.contains(w)) {
            return c.cue();
          }
        }
      }
      return null;
    }
  }

  private final TrackingLexicon lexicon;
  private final CommitmentLexicon commitments;
  final AnalyzedStatement doc;
  final String side;
  final List<Mention> mentions;
  private final Map<Integer, Reading> read = new HashMap<>();

  LaterStatement(TrackingLexicon lexicon, CommitmentLexicon commitments, AnalyzedStatement doc) {
    this.lexicon = lexicon;
    this.commitments = commitments;
    this.doc = doc;
    this.side = Sides.actorOf(doc.meta().side()).orElse("");
    this.mentions = doc.mentions().isEmpty() ? commitments.fallback.mentions(doc, side) : doc.mentions();
  }

  public AnalyzedStatement doc() {
    return doc;
  }

  /** True when {@code s} (a sentence of this statement) holds a status cue. */
  public boolean hasCue(Sentence s) {
    return read(s).anyCue() != null;
  }

  /** True when {@code s} holds follow-up language. */
  public boolean hasFollowUp(Sentence s) {
    return read(s).follow() != null;
  }

  /** The keys of {@code s} an {@link ActObject} can match. */
  public Set<String> keys(Sentence s) {
    return read(s).keys();
  }

  /** The reading of {@code s} (a sentence of this statement), made on first use. */
  Reading read(Sentence s) {
    return read.computeIfAbsent(s.index(), i -> {
      String text = s.text();
      List<CueClause> cues = new ArrayList<>();
      for (TrackingLexicon.Cue c : lexicon.cues) {
        java.util.regex.Matcher m = c.pattern().matcher(text);
        while (m.find()) {
          int[] cl = Tracker.clause(text, m.start(), m.end());
          cues.add(new CueClause(c, lexicon.trackStems(text.substring(cl[0], cl[1]))));
        }
      }
      TrackingLexicon.Cue follow = lexicon.followUp(text);
      return new Reading(s, ActObject.sentenceKeys(lexicon, text), lexicon.trackStems(text), List.copyOf(cues),
          cues.isEmpty() ? null : cues.get(0).cue(), follow, lexicon.backReference.matcher(text).find(),
          commitments.negated(text));
    });
  }
}

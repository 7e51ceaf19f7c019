package org.readout.time;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One recognition rule of the temporal tagger: a pattern, a priority for overlapping matches, a cheap
 * test that lets the pattern be skipped for most sentences, and the normaliser that turns its match into
 * a value. The rules form a table ({@link Recogniser}); the tagger never switches on rule names.
 *
 * @param name       the rule name written to evidence ({@code date-mdy}, {@code ago}, …)
 * @param pattern    the compiled pattern, with named groups the normaliser reads
 * @param priority   the higher wins between overlapping matches of equal length
 * @param mayMatch   false when the sentence cannot hold a match (no month name, no digit, …)
 * @param normaliser the value of a match
 * @param phrases    when not null, matches are these whole-word phrases (one hash lookup per word, for long
 *                   lists such as "now", "in the near future"), and {@code pattern} only reads their groups
 */
record TemporalRule(String name, Pattern pattern, int priority, Predicate<Recogniser.Triggers> mayMatch,
                    Normaliser normaliser, org.readout.attribution.PhraseMatcher phrases) {

  /** Turns one match into a value, or null when the match is no date after all ("May" the modal). */
  @FunctionalInterface
  interface Normaliser {
    Normalisers.Value normalise(Normalisers.Match m);
  }
}

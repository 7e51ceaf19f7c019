/**
 * The clause layer: {@link org.readout.clauses.ClauseStage} splits every sentence into clauses
 * ({@link org.readout.clauses.Clause}) with rules over its tokens ({@link org.readout.clauses.ClauseParser},
 * cue words in {@code clauses.yaml}): predicate, subject and its actors, negation, modality, condition,
 * reporting frame and complement, question, transcript turn. Commitments read it instead of scanning
 * characters.
 */
package org.readout.clauses;

/**
 * Comparison of statements about one meeting ({@link org.readout.compare.Comparer}): the coverage matrix
 * (topic × statement), topic order, length asymmetry, one-sided and shared topics, emphasis differences,
 * sentence alignment ({@link org.readout.compare.SentenceAligner}), framing by log-likelihood keyness
 * ({@link org.readout.compare.Keyness}) and {@link org.readout.compare.Finding}s, each with evidence.
 * It reads the layers the analysis stages put on each statement (topics, attributions, commitments,
 * dated events) and never runs a stage again: each statement's commitments and the commitments both sides
 * report (commitment-match, firmness-difference), who each statement and side quotes
 * ({@link org.readout.compare.SpeakerShare}, {@link org.readout.compare.SideQuotes}), the speaker chain of
 * every evidence sentence ({@link org.readout.compare.Voice}), and a merged timeline of dated events.
 * Finding detection ({@code Findings}) is separate from the English wording of findings ({@code Wording}).
 * Results are records and do not depend on the order of the input statements.
 */
package org.readout.compare;

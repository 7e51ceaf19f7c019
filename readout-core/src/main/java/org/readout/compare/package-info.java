/**
 * Comparison of statements about one meeting ({@link org.readout.compare.Comparer}): the coverage matrix
 * (topic × statement), topic order, length asymmetry, one-sided and shared topics, emphasis differences,
 * sentence alignment ({@link org.readout.compare.SentenceAligner}), framing by log-likelihood keyness
 * ({@link org.readout.compare.Keyness}) and {@link org.readout.compare.Finding}s, each with evidence.
 * Results are records and do not depend on the order of the input statements.
 */
package org.readout.compare;

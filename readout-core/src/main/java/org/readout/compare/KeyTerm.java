package org.readout.compare;

/**
 * A lemma one statement uses on a topic more than the other does.
 *
 * @param term       the lemma
 * @param count      occurrences in this statement's sentences on the topic
 * @param otherCount occurrences in the other statement's sentences on the topic
 * @param g2         log-likelihood keyness (Dunning's G2) of the difference
 */
public record KeyTerm(String term, int count, int otherCount, double g2) {
}

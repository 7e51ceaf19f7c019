package org.readout.compare;

import java.util.List;

/**
 * Two sentences of different statements that say the same thing in different words.
 *
 * @param a       the sentence in the statement that comes first in the comparison's (id) order
 * @param b       the sentence in the other statement
 * @param score   combined score in [0, 1] (see {@link SentenceAligner})
 * @param cosine  cosine similarity of the sentence embeddings
 * @param lexical Dice overlap of the two sentences' content lemmas
 * @param topics  topics both sentences are coded with, in codebook order
 * @param terms   content lemmas the two share, sorted
 */
public record Alignment(SentenceRef a, SentenceRef b, double score, double cosine, double lexical,
                        List<String> topics, List<String> terms) {
  public Alignment {
    topics = List.copyOf(topics);
    terms = List.copyOf(terms);
  }
}

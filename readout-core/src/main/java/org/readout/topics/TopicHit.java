package org.readout.topics;

/**
 * Why one sentence is coded with one topic.
 *
 * @param topic    topic id
 * @param sentence sentence index in its statement
 * @param start    inclusive offset into the statement text: the matched phrase, or the whole sentence when
 *                 only the semantic rule fired
 * @param end      exclusive offset
 * @param rule     {@code phrase}, {@code embedding} or {@code phrase+embedding}
 * @param phrase   the codebook phrase that matched, or {@code ""}
 * @param score    cosine similarity to the topic's closest example (always computed, also for phrase hits)
 * @param example  index of that closest example in the topic's list, or -1 when the topic has none
 */
public record TopicHit(String topic, int sentence, int start, int end, String rule, String phrase, double score,
                       int example) {
}

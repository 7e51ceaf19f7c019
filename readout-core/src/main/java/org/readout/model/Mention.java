package org.readout.model;

/**
 * A mention of an actor in the text, resolved to a canonical actor from the actor dictionary.
 *
 * @param sentence  index of the sentence holding the mention
 * @param start     inclusive offset into {@link Statement#text()}
 * @param end       exclusive offset
 * @param surface   the text as written
 * @param actorId   canonical actor id from the dictionary (e.g. {@code putin}, {@code RUS}, {@code NATO})
 * @param actorName display name of the canonical actor (e.g. {@code Vladimir Putin})
 * @param actorType {@code state}, {@code organisation}, {@code person}, {@code region}, {@code agreement},
 *                  {@code format}
 * @param entityId  the state (ISO 3166-1 alpha-3) or organisation id the actor stands for; for a
 *                  person, their state at the statement date; for a region, its state
 * @param rule      the rule that produced it ({@code dictionary}, {@code group}, {@code pronoun}, …)
 */
public record Mention(int sentence, int start, int end, String surface, String actorId, String actorName,
                      String actorType, String entityId, String rule) {
}

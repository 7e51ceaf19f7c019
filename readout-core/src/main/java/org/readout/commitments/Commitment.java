package org.readout.commitments;

import java.util.List;
import java.util.Objects;
import org.readout.model.Evidence;

/**
 * One speech act found in one sentence. Immutable.
 *
 * @param id         stable id {@code <statement>#<sentence>.<n>} (n counts acts in the sentence from 1)
 * @param statement  statement id
 * @param sentence   sentence index
 * @param start      inclusive offset of the act's clause in {@code Statement.text()}
 * @param end        exclusive offset
 * @param text       {@code Statement.text().substring(start, end)}
 * @param kind       the speech act
 * @param negated    the act itself is denied ("did not agree", "has not proposed"); such a record binds no one
 *                   and is never to be shown as the act
 * @param refrain    the committed action is negative: a commitment NOT to act ("has no plans to station",
 *                   "will not", "is not going to", "agreed to refrain from"); {@code action} then holds the action
 *                   without its negation, so every consumer that shows the action shows {@link #statedAction()}
 *                   or the flag (the gold's {@code negated})
 * @param actors     committing or positioning parties, ISO alpha-3 / organisation ids, sorted
 * @param addressees parties the act is addressed to, sorted
 * @param speakers   persons who performed the act, where known (display names), sorted
 * @param speakerChain who voices the act, outermost reporter first, ending at the innermost speaker (from the
 *                   attribution stage); empty when no attribution covers it
 * @param action     the action span text (what is agreed, pledged, demanded …)
 * @param condition  the condition the act depends on, cue included, as written ("if Russia invades Ukraine",
 *                   "Should the talks fail", "in the event of an attack"), from the clause layer; {@code ""} when
 *                   unconditional. A conditional warning's actors are the side issuing it, never the party the
 *                   condition names
 * @param topics     topic ids of the sentence, sorted
 * @param reportedBy the actor whose statement reports the act (the statement's side), or {@code ""}
 * @param rule       id of the lexicon rule that fired
 * @param confidence 0..1, how sure the extractor is (weak cues and inferred actors lower it)
 */
public record Commitment(String id, String statement, int sentence, int start, int end, String text,
                         CommitmentKind kind, boolean negated, boolean refrain, List<String> actors,
                         List<String> addressees, List<String> speakers, List<SpeakerLink> speakerChain, String action,
                         String condition, List<String> topics, String reportedBy, String rule, double confidence) {
  public Commitment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text;
    actors = List.copyOf(actors);
    addressees = List.copyOf(addressees);
    speakers = List.copyOf(speakers);
    speakerChain = speakerChain == null ? List.of() : List.copyOf(speakerChain);
    action = action == null ? "" : action;
    condition = condition == null ? "" : condition;
    topics = List.copyOf(topics);
    reportedBy = reportedBy == null ? "" : reportedBy;
    rule = rule == null ? "" : rule;
  }

  /** The record without a speaker chain (callers that predate attribution, stored rows without one). */
  public Commitment(String id, String statement, int sentence, int start, int end, String text,
                    CommitmentKind kind, boolean negated, boolean refrain, List<String> actors,
                    List<String> addressees, List<String> speakers, String action, String condition,
                    List<String> topics, String reportedBy, String rule, double confidence) {
    this(id, statement, sentence, start, end, text, kind, negated, refrain, actors, addressees, speakers, List.of(),
        action, condition, topics, reportedBy, rule, confidence);
  }

  /** True when this record binds its actors (a commissive kind, not negated). */
  public boolean binding() {
    return kind.commissive() && !negated;
  }

  /**
   * The action as the act states it: a refrain's action with its negation ("not station such systems
   * there"), so a negative commitment never reads as a positive one where only the action is shown.
   */
  public String statedAction() {
    if (!refrain || action.isEmpty()) {
      return action;
    }
    String lower = action.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("not ") || lower.startsWith("never ") || lower.startsWith("no ") ? action : "not " + action;
  }

  public boolean conditional() {
    return !condition.isEmpty();
  }

  public Evidence evidence() {
    return new Evidence(statement, sentence, start, end, rule);
  }

  public Commitment withTopics(List<String> newTopics) {
    return new Commitment(id, statement, sentence, start, end, text, kind, negated, refrain, actors, addressees,
        speakers, speakerChain, action, condition, newTopics.stream().distinct().sorted().toList(), reportedBy, rule,
        confidence);
  }

  /** A copy with the given speakers (sorted, de-duplicated here) and speaker chain. */
  public Commitment withSpeakers(List<String> newSpeakers, List<SpeakerLink> chain) {
    return new Commitment(id, statement, sentence, start, end, text, kind, negated, refrain, actors, addressees,
        newSpeakers.stream().distinct().sorted().toList(), chain, action, condition, topics, reportedBy, rule,
        confidence);
  }

  /** The innermost voice of the act (last link of the chain), or {@code ""}. */
  public String innermostSpeaker() {
    return speakerChain.isEmpty() ? "" : speakerChain.get(speakerChain.size() - 1).speaker();
  }
}

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
 * @param negated    the act itself is denied ("did not agree"); such a record is not binding
 * @param refrain    the committed action is to not act ("has no intention of", "will not")
 * @param actors     committing or positioning parties, ISO alpha-3 / organisation ids, sorted
 * @param addressees parties the act is addressed to, sorted
 * @param speakers   persons who performed the act, where known (display names), sorted
 * @param speakerChain who voices the act, outermost reporter first, ending at the innermost speaker (from the
 *                   attribution stage); empty when no attribution covers it
 * @param action     the action span text (what is agreed, pledged, demanded …)
 * @param condition  the condition span text, or {@code ""} when unconditional
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

package org.readout.clauses;

import java.util.List;
import java.util.Objects;
import org.readout.analysis.text.Span;

/**
 * One clause of a sentence, found by {@link ClauseParser}. Offsets refer to {@code Statement.text()}.
 * Absent parts are {@code null} spans and {@code ""} strings. Immutable.
 *
 * @param index         position in the statement's clause list (the {@code clauses} layer)
 * @param sentence      index of the sentence holding the clause
 * @param span          the whole clause; a reporting frame's span includes its complement clause
 * @param parent        index of the enclosing clause (the frame of a complement), or -1 for a top-level clause
 * @param role          {@link Role#MAIN}, {@link Role#COORDINATE} (after a boundary such as "; " or ", but") or
 *                      {@link Role#COMPLEMENT} (what a reporting frame reports)
 * @param subject       the subject noun phrase, or null when none precedes the predicate (imperatives,
 *                      sentence fragments)
 * @param subjectActors actor entity ids of the mentions inside the subject (the {@code mentions} layer), in text
 *                      order, distinct; empty for pronouns and nouns that name no actor
 * @param pronoun       the subject when it is a single pronoun ({@code we}, {@code they}), lower case, else ""
 * @param predicate     from the first auxiliary or verb to the main verb ("will not station", "remains"), or null
 * @param verb          lemma of the main verb ("station"), or ""
 * @param negation      the negation cue of the clause as written ("not", "no plans to", "refrain from"), or ""
 * @param negationAt    offset of the negation cue, or -1
 * @param modality      will, would, could, may, must, ready, hope or intend (from {@code clauses.yaml}), or ""
 * @param condition     the condition's span, cue included ("if the talks fail", "Should they go ahead"), or null
 * @param conditionCue  the condition cue, lower case ("if", "unless", "should"), or ""
 * @param reporting     the reporting verb of a frame ("said", "warned", "made clear"), or ""
 * @param complement    what the frame reports (after "that"), or null; also a clause of its own, with this
 *                      clause as parent
 * @param question      the clause is part of a question (the sentence ends with "?" or opens with an
 *                      interrogative and holds one)
 * @param turn          the transcript label of the turn the sentence belongs to ("Q", "MS. PSAKI"), or ""
 * @param bodyStart     offset where the clause's own words begin, after the connective that opens it (", and the
 *                      U.S. will …" → "the U.S. will …"; "but", "while", "which" …); {@code start()} when none
 */
public record Clause(int index, int sentence, Span span, int parent, Role role, Span subject,
                     List<String> subjectActors, String pronoun, Span predicate, String verb, String negation,
                     int negationAt, String modality, Span condition, String conditionCue, String reporting,
                     Span complement, boolean question, String turn, int bodyStart) {
  /** How a clause stands in its sentence. */
  public enum Role {
    MAIN, COORDINATE, COMPLEMENT
  }

  public Clause {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
    subjectActors = List.copyOf(subjectActors);
    pronoun = pronoun == null ? "" : pronoun;
    verb = verb == null ? "" : verb;
    negation = negation == null ? "" : negation;
    modality = modality == null ? "" : modality;
    conditionCue = conditionCue == null ? "" : conditionCue;
    reporting = reporting == null ? "" : reporting;
    turn = turn == null ? "" : turn;
    if (bodyStart < span.start() || bodyStart > span.end()) {
      bodyStart = span.start();
    }
  }

  /**
   * Where the clause's own words begin: after its connective when the clause is coordinated with an earlier
   * one in the sentence ({@link Role#COORDINATE}); a sentence's first clause keeps an opening "And so, …".
   */
  public int contentStart() {
    return role == Role.COORDINATE ? bodyStart : span.start();
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public boolean negated() {
    return !negation.isEmpty();
  }

  public boolean conditional() {
    return condition != null;
  }

  /** True for a reporting frame ("X said that …") with its complement. */
  public boolean frame() {
    return complement != null;
  }

  /** True when {@code offset} lies in this clause. */
  public boolean contains(int offset) {
    return span.start() <= offset && offset < span.end();
  }

  /** True when {@code offset} lies in this clause but not in its complement (the frame's own words). */
  public boolean ownsOffset(int offset) {
    return contains(offset) && (complement == null || offset < complement.start() || offset >= complement.end());
  }

  /** The clause text. */
  public String text(CharSequence statementText) {
    return span.of(statementText);
  }
}

package org.readout.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.time.TimelineEvent;
import org.readout.topics.Codebook;
import org.readout.topics.CodedStatement;

/**
 * The result of comparing statements: the coded statements (sorted by id, so the result does not
 * depend on input order), the coverage matrix (codebook order), topic order per statement, sentence
 * alignments, framing on shared topics, the findings, and the cross-cutting layers: each statement's
 * commitments and attributions, commitments both sides report ({@code commitmentPairs}), who each
 * statement and side quotes, and the dated events of all statements. Immutable.
 *
 * @param commitments     per statement id (id order), its commitments in text order
 * @param commitmentPairs matching commitments of statements of different sides (pairs of statements in id
 *                        order; within a pair, in the order of the first statement's commitments)
 * @param attributions    per statement id, its attributions in text order
 * @param speakers        per statement id, who it quotes, most words first
 * @param quoted          per side (in order of the side's first statement id), who it quotes
 * @param events          merged dated events of all statements, by date then label
 * @param accounts        which statements are the sides' accounts, which were set aside and why (see
 *                        {@link Accounts}); every statement compared when the caller made no selection
 */
public record Comparison(Codebook codebook, List<CodedStatement> statements, List<TopicCoverage> topics,
                         Map<String, List<String>> topicOrder, List<Alignment> alignments, List<Framing> framings,
                         List<Finding> findings, Map<String, List<Commitment>> commitments,
                         List<CommitmentPairs.Pair> commitmentPairs, Map<String, List<Attribution>> attributions,
                         Map<String, List<SpeakerShare>> speakers, List<SideQuotes> quoted, List<TimelineEvent> events,
                         Accounts.Selection accounts) {
  public Comparison(Codebook codebook, List<CodedStatement> statements, List<TopicCoverage> topics,
                    Map<String, List<String>> topicOrder, List<Alignment> alignments, List<Framing> framings,
                    List<Finding> findings, Map<String, List<Commitment>> commitments,
                    List<CommitmentPairs.Pair> commitmentPairs, Map<String, List<Attribution>> attributions,
                    Map<String, List<SpeakerShare>> speakers, List<SideQuotes> quoted, List<TimelineEvent> events) {
    this(codebook, statements, topics, topicOrder, alignments, framings, findings, commitments, commitmentPairs,
        attributions, speakers, quoted, events, new Accounts.Selection(
            statements.stream().map(CodedStatement::id).toList(), List.of(), List.of()));
  }

  public Comparison {
    java.util.Objects.requireNonNull(accounts, "accounts");
    statements = List.copyOf(statements);
    topics = List.copyOf(topics);
    topicOrder = frozen(topicOrder);
    alignments = List.copyOf(alignments);
    framings = List.copyOf(framings);
    findings = List.copyOf(findings);
    commitments = frozen(commitments);
    commitmentPairs = List.copyOf(commitmentPairs);
    attributions = frozen(attributions);
    speakers = frozen(speakers);
    quoted = List.copyOf(quoted);
    events = List.copyOf(events);
  }

  private static <T> Map<String, List<T>> frozen(Map<String, List<T>> m) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** This comparison with the account selection that chose its statements. */
  public Comparison withAccounts(Accounts.Selection selection) {
    return new Comparison(codebook, statements, topics, topicOrder, alignments, framings, findings, commitments,
        commitmentPairs, attributions, speakers, quoted, events, selection);
  }

  public Optional<CodedStatement> statement(String id) {
    return statements.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<TopicCoverage> topic(String id) {
    return topics.stream().filter(t -> t.topic().equals(id)).findFirst();
  }

  /** The commitments of one statement (empty for an unknown id). */
  public List<Commitment> commitmentsOf(String statement) {
    return commitments.getOrDefault(statement, List.of());
  }

  /** The speaker chain of one sentence: every attribution whose content overlaps it. */
  public List<Voice> voices(String statement, int sentence) {
    Optional<CodedStatement> s = statement(statement);
    if (s.isEmpty() || sentence < 0 || sentence >= s.get().sentences().size()) {
      return List.of();
    }
    Sentence x = s.get().sentences().get(sentence);
    return Speech.voices(attributions.getOrDefault(statement, List.of()), x.start(), x.end());
  }

  /** The speaker chain of a finding's evidence sentence. */
  public List<Voice> voices(Evidence e) {
    return voices(e.statement(), e.sentence());
  }

  /** The speaker chain of a commitment: the attributions overlapping its clause. */
  public List<Voice> voices(Commitment c) {
    return Speech.voices(attributions.getOrDefault(c.statement(), List.of()), c.start(), c.end());
  }
}

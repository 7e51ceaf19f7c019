package org.readout.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readout.topics.Codebook;
import org.readout.topics.CodedStatement;

/**
 * The result of comparing statements: the coded statements (sorted by id, so the result does not
 * depend on input order), the coverage matrix (codebook order), topic order per statement, sentence
 * alignments, framing on shared topics, and the findings. Immutable.
 */
public record Comparison(Codebook codebook, List<CodedStatement> statements, List<TopicCoverage> topics,
                         Map<String, List<String>> topicOrder, List<Alignment> alignments, List<Framing> framings,
                         List<Finding> findings) {
  public Comparison {
    statements = List.copyOf(statements);
    topics = List.copyOf(topics);
    topicOrder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topicOrder));
    alignments = List.copyOf(alignments);
    framings = List.copyOf(framings);
    findings = List.copyOf(findings);
  }

  public Optional<CodedStatement> statement(String id) {
    return statements.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<TopicCoverage> topic(String id) {
    return topics.stream().filter(t -> t.topic().equals(id)).findFirst();
  }
}

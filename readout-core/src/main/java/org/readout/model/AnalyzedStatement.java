package org.readout.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement with its text analysis: sentences (with tokens) and actor mentions. Produced by the
 * analysis pipeline; later stages (topics, commitments, attribution, time) read it.
 */
public record AnalyzedStatement(Statement statement, List<Sentence> sentences, List<Mention> mentions) {
  public AnalyzedStatement {
    Objects.requireNonNull(statement, "statement");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public static AnalyzedStatement of(Statement statement) {
    return new AnalyzedStatement(statement, List.of(), List.of());
  }

  public String id() {
    return statement.id();
  }

  public StatementMeta meta() {
    return statement.meta();
  }

  public String text() {
    return statement.text();
  }

  public AnalyzedStatement withSentences(List<Sentence> newSentences) {
    return new AnalyzedStatement(statement, newSentences, mentions);
  }

  public AnalyzedStatement withMentions(List<Mention> newMentions) {
    return new AnalyzedStatement(statement, sentences, newMentions);
  }

  /** Mentions inside sentence {@code index}, in text order. */
  public List<Mention> mentionsIn(int index) {
    return mentions.stream().filter(m -> m.sentence() == index).toList();
  }

  public int wordCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.wordCount();
    }
    return n;
  }
}

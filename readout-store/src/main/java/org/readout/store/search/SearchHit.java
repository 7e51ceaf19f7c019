package org.readout.store.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One statement found, with its best matching sentences.
 *
 * @param statement statement id
 * @param score     BM25 score of its best sentence plus a decaying share of the next ones
 * @param sentences the matching sentences, best first
 */
public record SearchHit(String statement, double score, String side, LocalDate date, String publisher, String title,
                        List<SentenceHit> sentences) {
  public SearchHit {
    sentences = List.copyOf(sentences);
  }

  /**
   * A matching sentence: index {@code -1} is the statement's title (offsets then into the title).
   *
   * @param start      offset of the sentence in the statement text
   * @param end        end offset
   * @param highlights matched spans, offsets into the statement text (or the title)
   */
  public record SentenceHit(int index, int start, int end, String text, double score, List<Span> highlights) {
    public SentenceHit {
      highlights = List.copyOf(highlights);
    }
  }

  /** A highlighted span: offsets into the statement text (or the title for sentence {@code -1}). */
  public record Span(int start, int end) {
  }
}

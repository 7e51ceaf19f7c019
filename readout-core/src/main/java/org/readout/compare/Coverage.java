package org.readout.compare;

import java.util.List;

/**
 * How much of one statement one topic takes.
 *
 * <p>Levels: {@code absent} — no sentence coded with the topic; {@code brief} — one sentence holding less
 * than {@value #EXTENDED_SHARE} of the statement's words; {@code extended} — two or more sentences, or a
 * share of at least {@value #EXTENDED_SHARE}.
 *
 * @param statement     statement id
 * @param level         {@code absent}, {@code brief} or {@code extended}
 * @param sentences     indexes of the coded sentences, ascending
 * @param words         words in those sentences (a sentence with several topics counts for each)
 * @param share         {@code words} / the statement's words, rounded to 4 places
 * @param firstSentence index of the first coded sentence, or -1 when absent
 */
public record Coverage(String statement, String level, List<Integer> sentences, int words, double share,
                       int firstSentence) {
  public static final String ABSENT = "absent";
  public static final String BRIEF = "brief";
  public static final String EXTENDED = "extended";
  /** Share of a statement's words from which one sentence already counts as extended coverage. */
  public static final double EXTENDED_SHARE = 0.20;

  public Coverage {
    sentences = List.copyOf(sentences);
  }

  public boolean present() {
    return !sentences.isEmpty();
  }

  static String levelOf(int sentenceCount, double share) {
    if (sentenceCount == 0) {
      return ABSENT;
    }
    return sentenceCount >= 2 || share >= EXTENDED_SHARE ? EXTENDED : BRIEF;
  }
}

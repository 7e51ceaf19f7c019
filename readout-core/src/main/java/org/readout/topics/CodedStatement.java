package org.readout.topics;

import java.util.ArrayList;
import java.util.List;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * An analysed statement with the topic hits of each sentence (in codebook order). Immutable.
 *
 * @param statement the analysed statement
 * @param hits      one list per sentence, indexed like {@link AnalyzedStatement#sentences()}
 */
public record CodedStatement(AnalyzedStatement statement, List<List<TopicHit>> hits) {
  public CodedStatement {
    hits = hits.stream().map(List::copyOf).toList();
  }

  public String id() {
    return statement.id();
  }

  public List<Sentence> sentences() {
    return statement.sentences();
  }

  /**
   * Words in sentence {@code index}: its token count ({@link Sentence#wordCount()}) when tokens are
   * present, else whitespace-separated chunks holding a letter or digit, so counts never drop to zero
   * in a pipeline without a token stage.
   */
  public int words(int index) {
    Sentence sentence = statement.sentences().get(index);
    if (!sentence.tokens().isEmpty()) {
      return sentence.wordCount();
    }
    String t = sentence.text();
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  /** Words in the statement: the sum of {@link #words(int)}. */
  public int words() {
    int n = 0;
    for (int i = 0; i < statement.sentences().size(); i++) {
      n += words(i);
    }
    return n;
  }

  /** Topic ids of sentence {@code index}, in codebook order. */
  public List<String> topicsOf(int index) {
    return hits.get(index).stream().map(TopicHit::topic).toList();
  }

  /** Indexes of the sentences coded with {@code topic}, ascending. */
  public List<Integer> sentencesWith(String topic) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      for (TopicHit h : hits.get(i)) {
        if (h.topic().equals(topic)) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }
}

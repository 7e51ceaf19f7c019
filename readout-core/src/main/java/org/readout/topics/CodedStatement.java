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

package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.topics.Codebook;
import org.readout.topics.CodedStatement;
import org.readout.topics.Topic;

/**
 * The topic matrix of a comparison: coverage of every codebook topic in every statement (sentences,
 * words, share, level), each statement's topic order, and the distinctive wording (keyness) of
 * statements of different sides on shared topics. Stateless.
 */
final class CoverageMatrix {
  static final int KEY_TERMS = 6;

  private CoverageMatrix() {
  }

  static List<TopicCoverage> coverage(Codebook codebook, List<CodedStatement> coded) {
    List<TopicCoverage> out = new ArrayList<>();
    for (Topic t : codebook.topics()) {
      Map<String, Coverage> row = new LinkedHashMap<>();
      for (CodedStatement c : coded) {
        List<Integer> idx = c.sentencesWith(t.id());
        int words = 0;
        for (int i : idx) {
          words += c.words(i);
        }
        int total = c.words();
        double share = total == 0 ? 0 : Math.round(10000.0 * words / total) / 10000.0;
        row.put(c.id(), new Coverage(c.id(), Coverage.levelOf(idx.size(), share), idx, words, share,
            idx.isEmpty() ? -1 : idx.get(0)));
      }
      out.add(new TopicCoverage(t.id(), t.label(), row));
    }
    return out;
  }

  static Map<String, List<String>> topicOrder(List<CodedStatement> coded, List<TopicCoverage> matrix) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      List<TopicCoverage> present = new ArrayList<>();
      for (TopicCoverage t : matrix) {
        if (t.presentIn(c.id())) {
          present.add(t);
        }
      }
      // stable sort keeps codebook order among topics first raised in the same sentence
      present.sort(Comparator.comparingInt(t -> t.coverage().get(c.id()).firstSentence()));
      out.put(c.id(), present.stream().map(TopicCoverage::topic).toList());
    }
    return out;
  }

  static List<Framing> framings(List<CodedStatement> coded, List<TopicCoverage> matrix) {
    List<Framing> out = new ArrayList<>();
    for (TopicCoverage t : matrix) {
      for (int i = 0; i < coded.size(); i++) {
        for (int j = 0; j < coded.size(); j++) {
          CodedStatement a = coded.get(i);
          CodedStatement b = coded.get(j);
          if (i == j || Comparer.sideOf(a).equals(Comparer.sideOf(b)) || !t.presentIn(a.id()) || !t.presentIn(b.id())) {
            continue;
          }
          List<KeyTerm> terms = Keyness.keyTerms(lemmas(a, t.topic()), lemmas(b, t.topic()), KEY_TERMS);
          if (!terms.isEmpty()) {
            out.add(new Framing(t.topic(), a.id(), b.id(), terms));
          }
        }
      }
    }
    return out;
  }

  private static List<String> lemmas(CodedStatement c, String topic) {
    List<String> out = new ArrayList<>();
    for (int i : c.sentencesWith(topic)) {
      out.addAll(Lemmas.of(c.sentences().get(i)));
    }
    return out;
  }
}

package org.readout.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;
import org.readout.topics.Embedder;

/**
 * Sentence vectors for {@link SentenceAligner} at corpus speed: every sentence gets its static vector
 * (which lives in the reference model's space), and the sentences of candidate pairs — pairs whose
 * alignment score under the static vectors is within {@link #margin()} of {@link SentenceAligner#MIN_SCORE}
 * or above — get the reference model's vector instead, so the pairs that can be reported are scored by
 * the reference model. Thread-safe if both embedders are.
 */
public final class HybridAlignmentVectors {
  /** Default margin below the minimum alignment score within which a pair is a candidate. */
  public static final double MARGIN = 0.10;

  private final Embedder fast;
  private final Embedder reference;
  private final double margin;
  private final AtomicLong sentences = new AtomicLong();
  private final AtomicLong refined = new AtomicLong();

  public HybridAlignmentVectors(Embedder fast, Embedder reference, double margin) {
    this.fast = fast;
    this.reference = reference;
    this.margin = margin;
  }

  public double margin() {
    return margin;
  }

  /** Sentences given vectors so far. */
  public long sentences() {
    return sentences.get();
  }

  /** Sentences given the reference model's vector so far. */
  public long refined() {
    return refined.get();
  }

  /** Vectors of every statement's sentences, by statement id (statements in the given order). */
  public Map<String, List<float[]>> vectors(List<CodedStatement> coded) {
    List<List<float[]>> fastVectors = new ArrayList<>();
    for (CodedStatement c : coded) {
      fastVectors.add(fast.embedAll(texts(c)));
    }
    List<boolean[]> candidate = new ArrayList<>();
    for (CodedStatement c : coded) {
      candidate.add(new boolean[c.sentences().size()]);
    }
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        double[][] score = SentenceAligner.score(coded.get(i), fastVectors.get(i), coded.get(j), fastVectors.get(j)).score();
        for (int a = 0; a < score.length; a++) {
          for (int b = 0; b < score[a].length; b++) {
            if (score[a][b] >= SentenceAligner.MIN_SCORE - margin) {
              candidate.get(i)[a] = true;
              candidate.get(j)[b] = true;
            }
          }
        }
      }
    }
    List<String> again = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < coded.size(); i++) {
      List<Sentence> ss = coded.get(i).sentences();
      total += ss.size();
      for (int a = 0; a < ss.size(); a++) {
        if (candidate.get(i)[a]) {
          again.add(ss.get(a).text());
        }
      }
    }
    List<float[]> exact = again.isEmpty() ? List.of() : reference.embedAll(again);
    Map<String, List<float[]>> out = new LinkedHashMap<>();
    int k = 0;
    for (int i = 0; i < coded.size(); i++) {
      List<float[]> v = new ArrayList<>(fastVectors.get(i));
      for (int a = 0; a < v.size(); a++) {
        if (candidate.get(i)[a]) {
          v.set(a, exact.get(k++));
        }
      }
      out.put(coded.get(i).id(), v);
    }
    sentences.addAndGet(total);
    refined.addAndGet(again.size());
    return out;
  }

  private static List<String> texts(CodedStatement c) {
    List<String> out = new ArrayList<>(c.sentences().size());
    for (Sentence s : c.sentences()) {
      out.add(s.text());
    }
    return out;
  }
}

package org.readout.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.readout.model.Sentence;

/**
 * Topic coding by the codebook's phrase rules alone (include phrases, vetoed inside exclude spans),
 * the same rule {@link TopicCoder} records as {@code phrase}. Microseconds a sentence and
 * deterministic, so it codes whole corpora (search fields, trends) where sentence embeddings would
 * take hours. Immutable and thread-safe.
 */
public final class PhraseCoder {
  private final Codebook codebook;
  private final PhraseMatcher matcher;

  public PhraseCoder(Codebook codebook) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.matcher = new PhraseMatcher(codebook.topics());
  }

  public Codebook codebook() {
    return codebook;
  }

  /** Topic ids of one sentence (codebook order); {@code sentence.tokens()} supply lemmas when present. */
  public List<String> topics(Sentence sentence) {
    return topics(Words.of(sentence));
  }

  /** Topic ids of a free-standing text. */
  public List<String> topics(String text) {
    return topics(Words.of(text));
  }

  private List<String> topics(Words words) {
    List<PhraseMatcher.Hit> hits = matcher.match(words);
    List<String> out = new ArrayList<>(2);
    List<Topic> topics = codebook.topics();
    for (int t = 0; t < topics.size(); t++) {
      for (PhraseMatcher.Hit h : hits) {
        if (h.topic() == t && !h.exclude() && !insideExclude(h, t, hits)) {
          out.add(topics.get(t).id());
          break;
        }
      }
    }
    return out;
  }

  private static boolean insideExclude(PhraseMatcher.Hit h, int topic, List<PhraseMatcher.Hit> all) {
    for (PhraseMatcher.Hit x : all) {
      if (x.topic() == topic && x.exclude() && x.start() <= h.start() && h.end() <= x.end()) {
        return true;
      }
    }
    return false;
  }
}

package org.readout;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.readout.actors.ActorStage;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.LimitStage;
import org.readout.analysis.text.PosStage;
import org.readout.analysis.text.SentenceStage;
import org.readout.analysis.text.TokenStage;
import org.readout.attribution.AttributionStage;
import org.readout.clauses.ClauseStage;
import org.readout.commitments.CommitmentStage;
import org.readout.time.TimeStage;
import org.readout.topics.TopicStage;

/**
 * The stages an engine can be assembled from, by name, in their natural order, each built from a
 * {@link ReadoutConfig} (as Lucene's {@code CustomAnalyzer} picks its filters by name). {@code clauses}
 * stands between actors and the stages that read clauses (topics, attribution, commitments).
 */
final class Stages {
  private static final Map<String, Function<ReadoutConfig, AnalysisStage>> FACTORIES = Map.of(
      "sentences", c -> new SentenceStage(c.splitter()),
      "limits", c -> new LimitStage(),
      "tokens", c -> new TokenStage(c.tokenizer(), c.lemmatizer()),
      "pos", c -> new PosStage(c.lemmatizer()),
      "actors", c -> new ActorStage(c.actors(), c.participants()),
      "clauses", c -> new ClauseStage(c.clauseParser(), c.splitter().labels()),
      "topics", c -> new TopicStage(c.topicCoder()),
      "attribution", c -> new AttributionStage(c.attributor()),
      "commitments", c -> new CommitmentStage(c.commitmentExtractor()),
      "time", c -> new TimeStage(c.temporalTagger()));

  /** Every stage name, in pipeline order ({@code pos} optional, {@code limits} a guard). */
  static final List<String> NAMES = List.of("sentences", "limits", "tokens", "pos", "actors", "clauses", "topics",
      "attribution", "commitments", "time");

  private Stages() {
  }

  /**
   * The stage named {@code name}, built from {@code config}.
   *
   * @throws IllegalArgumentException for an unknown name (listing the valid ones)
   */
  static AnalysisStage create(String name, ReadoutConfig config) {
    Function<ReadoutConfig, AnalysisStage> f = FACTORIES.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown stage '" + name + "'; valid stages: " + String.join(", ", available()));
    }
    return f.apply(config);
  }

  /** The names that can be built now, in pipeline order. */
  static List<String> available() {
    return NAMES.stream().filter(FACTORIES::containsKey).toList();
  }
}

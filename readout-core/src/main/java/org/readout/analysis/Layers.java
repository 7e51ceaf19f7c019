package org.readout.analysis;

import java.util.List;
import org.readout.attribution.Attribution;
import org.readout.clauses.Clause;
import org.readout.commitments.Commitment;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.time.TemporalExpression;
import org.readout.time.TimelineEvent;
import org.readout.topics.TopicHit;

/**
 * Every layer the bundled stages put on an {@link AnalyzedStatement}, in pipeline order, with the
 * stage that provides it (read a layer with {@code statement.require(Layers.ATTRIBUTIONS)}):
 *
 * <table>
 *   <caption>layers</caption>
 *   <tr><th>key</th><th>value</th><th>stage</th><th>requires</th></tr>
 *   <tr><td>{@link #SENTENCES}</td><td>sentences</td><td>{@code sentences}</td><td>—</td></tr>
 *   <tr><td>{@link #TOKENS}</td><td>sentences with tokens and lemmas</td><td>{@code tokens}</td><td>sentences</td></tr>
 *   <tr><td>{@link #POS}</td><td>tokens with POS tags</td><td>{@code pos} (optional)</td><td>tokens</td></tr>
 *   <tr><td>{@link #MENTIONS}</td><td>actor mentions</td><td>{@code actors}</td><td>sentences</td></tr>
 *   <tr><td>{@link #CLAUSES}</td><td>clauses (predicate, subject, negation, modality, condition, frame)</td><td>{@code clauses}</td><td>tokens, mentions</td></tr>
 *   <tr><td>{@link #TOPICS}</td><td>topic hits per sentence</td><td>{@code topics}</td><td>tokens</td></tr>
 *   <tr><td>{@link #ATTRIBUTIONS}</td><td>who said what</td><td>{@code attribution}</td><td>sentences, mentions</td></tr>
 *   <tr><td>{@link #COMMITMENTS}</td><td>speech acts with actors and speakers</td><td>{@code commitments}</td>
 *       <td>sentences, mentions, topics, attributions</td></tr>
 *   <tr><td>{@link #TEMPORAL}, {@link #EVENTS}</td><td>temporal expressions, dated events</td><td>{@code time}</td>
 *       <td>sentences</td></tr>
 * </table>
 */
public final class Layers {
  public static final LayerKey<List<Sentence>> SENTENCES = AnalyzedStatement.SENTENCES;
  public static final LayerKey<List<Sentence>> TOKENS = AnalyzedStatement.TOKENS;
  /** The sentences with Penn Treebank POS tags on their tokens (stage {@code pos}). */
  public static final LayerKey<List<Sentence>> POS = LayerKey.of("pos", List.class, "pos");
  public static final LayerKey<List<Mention>> MENTIONS = AnalyzedStatement.MENTIONS;
  /** Clauses of every sentence, in text order (a reporting frame before its complement). */
  public static final LayerKey<List<Clause>> CLAUSES = LayerKey.of("clauses", List.class, "clauses");
  /** Topic hits of each sentence, indexed like the sentences, in codebook order within one. */
  public static final LayerKey<List<List<TopicHit>>> TOPICS = LayerKey.of("topics", List.class, "topics");
  /** Attributions of quotes, reported speech and turns, sorted by offset. */
  public static final LayerKey<List<Attribution>> ATTRIBUTIONS = LayerKey.of("attributions", List.class, "attribution");
  /** Speech acts (agreement, pledge, …) in text order, with speaker chains. */
  public static final LayerKey<List<Commitment>> COMMITMENTS = LayerKey.of("commitments", List.class, "commitments");
  /** Temporal expressions with TIMEX3-style values, in text order. */
  public static final LayerKey<List<TemporalExpression>> TEMPORAL = LayerKey.of("temporal", List.class, "time");
  /** Dated events of this statement (unmerged; {@code Timeline.merge} merges several statements'). */
  public static final LayerKey<List<TimelineEvent>> EVENTS = LayerKey.of("events", List.class, "time");

  private Layers() {
  }
}

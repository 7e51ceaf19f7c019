package org.readout.compare;

import java.util.List;
import org.readout.model.Evidence;

/**
 * One comparison finding: a type, the topic it concerns ({@code ""} when none), the statements it is
 * about, one plain-English sentence an analyst could paste into a note, and the evidence sentences
 * (each naming the rule that produced the finding).
 *
 * <p>Types: {@code length-asymmetry}, {@code one-sided-topic} (and the weaker {@code topic-mentioned-briefly}), {@code shared-topic},
 * {@code emphasis-difference}, {@code main-topic}, {@code topic-order}, {@code convergence}, {@code framing-difference},
 * {@code commitment-match} (the same commitment reported by both sides) and {@code firmness-difference}
 * (the same matter reported with different firmness: agreement &gt; pledge &gt; readiness &gt; hope);
 * from the stance check: {@code mirror} (each side blames the other for the same kind of act), {@code contrast}
 * (opposite positions on one point; no longer made, too imprecise); about the meeting: {@code outcome} (breakthrough,
 * working-level transfer, stalemate or deterioration; {@code topic} holds the label), {@code initiative} (who asked
 * for the meeting), {@code one-sided-report} (what one side reports the other side's leader said or promised, which
 * the other side's account leaves out; no longer made, too imprecise).
 */
public record Finding(String type, String topic, List<String> statements, String text, List<Evidence> evidence) {
  public static final String LENGTH_ASYMMETRY = "length-asymmetry";
  public static final String ONE_SIDED_TOPIC = "one-sided-topic";
  public static final String SHARED_TOPIC = "shared-topic";
  public static final String EMPHASIS_DIFFERENCE = "emphasis-difference";
  public static final String MAIN_TOPIC = "main-topic";
  public static final String TOPIC_ORDER = "topic-order";
  public static final String CONVERGENCE = "convergence";
  public static final String FRAMING_DIFFERENCE = "framing-difference";
  public static final String COMMITMENT_MATCH = "commitment-match";
  public static final String FIRMNESS_DIFFERENCE = "firmness-difference";
  public static final String MIRROR = "mirror";
  public static final String CONTRAST = "contrast";
  public static final String OUTCOME = "outcome";
  public static final String INITIATIVE = "initiative";
  public static final String ONE_SIDED_REPORT = "one-sided-report";
  /**
   * A topic only one side's statements are coded with, which the other side covers in other words (a sentence
   * close to the raising ones): weaker than {@link #ONE_SIDED_TOPIC}; never in the short brief.
   */
  public static final String TOPIC_MENTIONED_BRIEFLY = "topic-mentioned-briefly";
  /** Every compared statement comes from one side: cross-side findings cannot be made. */
  public static final String SINGLE_SIDE = "single-side";

  public Finding {
    topic = topic == null ? "" : topic;
    statements = List.copyOf(statements);
    evidence = List.copyOf(evidence);
  }
}

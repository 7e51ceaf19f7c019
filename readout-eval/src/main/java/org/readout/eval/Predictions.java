package org.readout.eval;

import java.util.List;
import java.util.Set;

/**
 * What the analysis predicts, reduced to what the scorers compare. Offsets refer to the statement's normalised
 * text. These records are the eval's own, so the scorers do not depend on the analysis API (see {@link Analysis}).
 */
public final class Predictions {
  private Predictions() {
  }

  /**
   * A speech act. {@code refrain}: the committed action is negative (the gold's {@code negated}); {@code denied}:
   * the act itself is denied ("did not agree") — the gold annotates such acts as nothing, so denied predictions
   * are not counted as commitments.
   */
  public record Commitment(int start, int end, String kind, Set<String> actors, boolean refrain, boolean denied,
                           String condition, String text, String rule, double confidence) {
    public Commitment {
      actors = Set.copyOf(actors);
      condition = condition == null ? "" : condition;
    }

    /** A prediction with no confidence of its own (stubs): 1.0. */
    public Commitment(int start, int end, String kind, Set<String> actors, boolean refrain, boolean denied,
                      String condition, String text, String rule) {
      this(start, end, kind, actors, refrain, denied, condition, text, rule, 1.0);
    }
  }

  /** An attribution: the content span, its type ({@code direct}, {@code indirect}, {@code turn}) and speaker. */
  public record Attribution(int start, int end, String type, String speaker, String speakerId, String speakerActor,
                            String text, String rule) {
  }

  /** A temporal expression and its value ({@code ""} when it could not be placed). */
  public record Date(int start, int end, String text, String value, String rule) {
  }

  /** A sentence span. */
  public record Sentence(int index, int start, int end) {
  }

  /** A piece of evidence: a sentence of one statement. */
  public record Evidence(String statement, int sentence, int start, int end) {
  }

  /**
   * A comparison finding: its type, topic ({@code ""} when none), the statements it concerns (in the order the
   * analysis gives them), its text and its evidence sentences.
   */
  public record Finding(String type, String topic, List<String> statements, String text, List<Evidence> evidence) {
    public Finding {
      statements = List.copyOf(statements);
      evidence = List.copyOf(evidence);
    }
  }
}

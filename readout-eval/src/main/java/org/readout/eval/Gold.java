package org.readout.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The hand-annotated gold, as read from {@code eval/gold} (format: {@code eval/gold/GUIDELINES.md}). Plain
 * immutable records; {@link GoldSet} reads them. Every quote is an exact substring of the record's raw text.
 */
public final class Gold {
  private Gold() {
  }

  /** One annotated statement: {@code <half>/<id>.yaml}; only its {@code layers} are scored. */
  public record Statement(Path file, String half, String id, String corpus, String category, LocalDate date,
                          Set<String> layers, Excerpt excerpt, List<Commitment> commitments,
                          List<Attribution> attributions, List<Date> dates, Set<String> topics,
                          Set<String> unsureTopics) {
    /** The layers a statement file annotates when it does not say ({@code layers:}). */
    public static final Set<String> ALL_LAYERS = Set.of("commitments", "attributions", "dates");
    /** Every layer a statement file may list: the default three and {@code topics} (only when listed). */
    public static final Set<String> KNOWN_LAYERS = Set.of("commitments", "attributions", "dates", "topics");

    public Statement {
      layers = Set.copyOf(layers);
      commitments = List.copyOf(commitments);
      attributions = List.copyOf(attributions);
      dates = List.copyOf(dates);
      topics = Set.copyOf(topics);
      unsureTopics = Set.copyOf(unsureTopics);
    }
  }

  /** The annotated part of a long text: from the first words of its first turn to the last words of its last. */
  public record Excerpt(String from, String to) {
  }

  /** A speech act. {@code negated}: the committed action is negative ("will not deploy"). */
  public record Commitment(int index, String quote, String kind, Set<String> actors, boolean negated,
                           String condition, String speaker) {
    public Commitment {
      actors = Set.copyOf(actors);
    }
  }

  /** A reported utterance: {@code type} is {@code direct}, {@code indirect} or {@code turn}. */
  public record Attribution(int index, String quote, String type, String speaker, String speakerId) {
  }

  /** A temporal expression: {@code text} inside {@code quote}, with its TIMEX3 value. */
  public record Date(int index, String quote, String text, String type, String value) {
  }

  /**
   * A meeting of the comparison gold: {@code compare/<half>-<meeting>.yaml}. {@code scored} names the finding types
   * its annotator labelled (the others' predictions are not tallied for it); empty means every type.
   * {@code category} names the set the file belongs to ({@code ""} for the two-sided meetings).
   */
  public record Meeting(Path file, String half, String meeting, List<String> statements, List<Finding> findings,
                        List<Finding> not, List<String> scored, String category) {
    public Meeting {
      statements = List.copyOf(statements);
      findings = List.copyOf(findings);
      not = List.copyOf(not);
      scored = List.copyOf(scored);
    }

    /** Whether predictions of this finding type are scored for this meeting. */
    public boolean scores(String type) {
      return scored.isEmpty() || scored.contains(type);
    }
  }

  /**
   * An expected finding. Fields that a type does not use are {@code ""}: outcome has {@code label}; initiative,
   * one-sided-report and one-sided-topic have {@code side} (and a {@code quote} or {@code topic});
   * mirror, contrast and convergence have quotes {@code a} and {@code b}; length-asymmetry has {@code longer}.
   */
  public record Finding(int index, String type, String label, String side, String quote, String topic, String a,
                        String b, String longer) {
  }

  /** A file of labelled cross-side sentence pairs: {@code compare/<half>-pairs.yaml}. */
  public record Pairs(Path file, String half, List<Pair> pairs) {
    public Pairs {
      pairs = List.copyOf(pairs);
    }
  }

  /** Two sentences of records of different sides, labelled convergence, mirror, contrast or none. */
  public record Pair(int index, String aId, String aQuote, String bId, String bQuote, String label) {
  }
}

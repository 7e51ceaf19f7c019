package org.readout;

import java.util.List;
import java.util.function.Function;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;

/**
 * Engines the tests of every module share (through the core test-jar), built once through the
 * façade's builder from the bundled configuration. {@link #RULES} runs every standard stage with topics
 * coded by phrase rules only, so tests of the rule-based layers (attribution, commitments, time) need no
 * embedding model; comparisons use {@code Readout.standard()}.
 */
public final class TestEngines {
  /** The text stages only (sentences, tokens, actors): what ingest stores. */
  public static final Readout TEXT = Readout.builder().stages(Readout.TEXT_STAGES).build();
  /** Every standard stage; topics by codebook phrase rules only (no embedding model). */
  public static final Readout RULES = Readout.builder().embedder(null).build();
  /** Text stages and attribution. */
  public static final Readout ATTRIBUTION = Readout.builder().embedder(null)
      .stages("sentences", "tokens", "actors", "attribution").build();
  /** Sentences and time. */
  public static final Readout TIME = Readout.builder().embedder(null).stages("sentences", "time").build();

  private TestEngines() {
  }

  /** The commitments of {@code doc}, completing its analysis with {@link #RULES} where layers are missing. */
  public static List<Commitment> commitments(AnalyzedStatement doc) {
    return RULES.complete(doc).require(Layers.COMMITMENTS);
  }

  /** The attributions of {@code doc}, completing its analysis (actor mentions included) where missing. */
  public static List<Attribution> attributions(AnalyzedStatement doc) {
    return ATTRIBUTION.complete(doc).require(Layers.ATTRIBUTIONS);
  }

  /** Extraction as the CLI does it for a stored statement: completed with the layers it lacks. */
  public static Function<AnalyzedStatement, List<Commitment>> extractor() {
    return TestEngines::commitments;
  }

  /** Lexical tracking over the bundled lexicons. */
  public static Tracker tracker() {
    return ReadoutConfig.defaults().tracker(false);
  }
}

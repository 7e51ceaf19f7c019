package org.readout;

import java.util.List;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.model.AnalyzedStatement;

/**
 * Engines the stage tests share, built once through the façade's builder from the bundled
 * configuration. {@link #RULES} runs every standard stage with topics coded by phrase rules only, so
 * tests of the rule-based layers (attribution, commitments, time) need no embedding model.
 */
public final class TestEngines {
  /** The text stages only (sentences, tokens, actors): what ingest stores. */
  public static final Readout TEXT = Readout.builder().stages(Readout.TEXT_STAGES).build();
  /** Every standard stage; topics by codebook phrase rules only (no embedding model). */
  public static final Readout RULES = Readout.builder().embedder(null).build();
  /** Text stages and attribution. */
  public static final Readout ATTRIBUTION = Readout.builder().embedder(null)
      .stages("sentences", "tokens", "actors", "attribution").build();

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
}

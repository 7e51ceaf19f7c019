package org.readout.io;

import org.readout.Readout;

/**
 * Engines the tests of this module share, assembled through the façade from the bundled configuration:
 * the text stages, and every rule-based stage with topics by phrase rules only (no embedding model).
 */
public final class Engines {
  /** Sentences, tokens, actors: what ingest stores. */
  public static final Readout TEXT = Readout.builder().stages(Readout.TEXT_STAGES).build();
  /** Every standard stage, topics by codebook phrase rules only. */
  public static final Readout RULES = Readout.builder().embedder(null).build();
  /** Text stages and attribution. */
  public static final Readout ATTRIBUTION = Readout.builder().embedder(null)
      .stages("sentences", "tokens", "actors", "attribution").build();
  /** Sentences and time. */
  public static final Readout TIME = Readout.builder().embedder(null).stages("sentences", "time").build();

  private Engines() {
  }
}

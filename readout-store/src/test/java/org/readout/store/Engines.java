package org.readout.store;

import java.util.List;
import java.util.function.Function;
import org.readout.Readout;
import org.readout.ReadoutConfig;
import org.readout.analysis.Layers;
import org.readout.commitments.Commitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;

/** Engines the workspace tests share, assembled through the façade from the bundled configuration. */
public final class Engines {
  /** Sentences, tokens, actors: what ingest stores. */
  public static final Readout TEXT = Readout.builder().stages(Readout.TEXT_STAGES).build();
  /** Every standard stage, topics by codebook phrase rules only (no embedding model). */
  public static final Readout RULES = Readout.builder().embedder(null).build();

  private Engines() {
  }

  /** Extraction as the CLI does it: a stored statement completed with the missing layers. */
  public static Function<AnalyzedStatement, List<Commitment>> extractor() {
    return doc -> RULES.complete(doc).require(Layers.COMMITMENTS);
  }

  /** Lexical tracking over the bundled lexicons. */
  public static Tracker tracker() {
    return ReadoutConfig.defaults().tracker(false);
  }
}

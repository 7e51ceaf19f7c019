package org.readout.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.commitments.Commitment;
import org.readout.internal.Lanes;
import org.readout.model.AnalyzedStatement;
import org.readout.store.Workspace;
import org.readout.store.commitments.CommitmentStore;
import org.readout.store.commitments.CommitmentTracking;

/**
 * The commitments commands' access to the workspace: opens it (Flyway brings the schema, V2 included,
 * up to date), gives the tracking workflow over the workspace's connection, and keeps the commitments
 * tables in step incrementally: {@link #sync(PrintStream)} extracts only the statements whose current
 * text has not been extracted yet (one SQL query when nothing is pending), one statement at a time, from
 * the analysis stored at ingest (completed by the engine: topics, attribution, commitments). Statements whose
 * commitments were stored by {@code ingest --full} or an earlier extraction with the same analysis version
 * ({@link CommonOptions#analysisVersion()}) are current and not extracted again. One per command run;
 * not thread-safe.
 */
final class CommitmentsDb implements AutoCloseable {
  /** Above this many pending statements a progress bar is drawn on stderr. */
  static final int PROGRESS_ABOVE = 20;
  /**
   * Above this many pending statements topics are coded by phrase rules only; embeddings would make a
   * corpus-sized first sync take hours. Statements extracted in small batches (the usual ingest of a few
   * files) get both.
   */
  static final int BULK_ABOVE = 200;
  /** Statements whose commitments are written in one transaction by {@link #sync(PrintStream)}. */
  static final int SYNC_BATCH = 500;

  private final Workspace ws;
  private final CommonOptions common;
  private Readout engine;
  private Readout bulkEngine;
  private Readout textEngine;
  private CommitmentTracking tracking;
  private int lastPending;

  private CommitmentsDb(Workspace ws, CommonOptions common) {
    this.ws = ws;
    this.common = common;
  }

  static CommitmentsDb open(CommonOptions common) {
    return new CommitmentsDb(Workspace.open(common.dbPath()), common);
  }

  /** The extraction engine: the commitments command's stages, with or without sentence embeddings. */
  private Readout engine(boolean embeddings) {
    if (embeddings) {
      engine = engine == null ? common.readout(CommitmentsCommand.STAGES, true, s -> s) : engine;
      return engine;
    }
    bulkEngine = bulkEngine == null ? common.readout(CommitmentsCommand.STAGES, false, s -> s) : bulkEngine;
    return bulkEngine;
  }

  private Function<AnalyzedStatement, List<Commitment>> extractor(boolean embeddings) {
    return doc -> engine(embeddings).complete(doc).require(Layers.COMMITMENTS);
  }

  /** The tracking workflow, matching later statements by shared words (no model is loaded). */
  CommitmentTracking tracking() {
    if (tracking == null) {
      tracking = new CommitmentTracking(new CommitmentStore(ws.connection()), extractor(true),
          engine(false).config().tracker(false), common.analysisVersion());
    }
    return tracking;
  }

  /** Tracking with lexical matching plus sentence embeddings (the engine's model and cache). */
  CommitmentTracking trackingWithEmbeddings() {
    return new CommitmentTracking(new CommitmentStore(ws.connection()), extractor(true),
        engine(true).config().tracker(true), common.analysisVersion());
  }

  Workspace workspace() {
    return ws;
  }

  /**
   * The statement {@code id} as analysed at ingest (sentences with tokens, mentions: what extraction reads,
   * and what the tracker adds the clause layer from), or analysed now if it was stored without sentences.
   */
  AnalyzedStatement analysed(String id) {
    AnalyzedStatement stored = ws.get(id).orElseThrow();
    if (!stored.sentences().isEmpty()) {
      return stored;
    }
    textEngine = textEngine == null ? common.readout(Readout.TEXT_STAGES, false, s -> s) : textEngine;
    return textEngine.analyze(stored.statement());
  }

  /**
   * How many statements the last {@link #sync} found missing or outdated (0: every statement's stored
   * commitments were current, e.g. stored by {@code ingest --full} with this analysis version).
   */
  int lastPending() {
    return lastPending;
  }

  /**
   * Extracts commitments from the statements not yet extracted by this analysis version (streaming, one at a time), drawing a
   * progress bar on {@code err} when there are more than {@link #PROGRESS_ABOVE}; returns how many.
   */
  int sync(PrintStream err) {
    List<String> pending = tracking().pending();
    lastPending = pending.size();
    if (pending.isEmpty()) {
      return 0;
    }
    boolean bar = pending.size() > PROGRESS_ABOVE;
    boolean bulk = pending.size() > BULK_ABOVE;
    if (bar) {
      err.println("extracting commitments from " + pending.size() + " statements not yet extracted"
          + (bulk ? " (topics by phrase rules only)" : ""));
    }
    CommitmentTracking sync = bulk
        ? new CommitmentTracking(new CommitmentStore(ws.connection()), extractor(false), engine(false).config().tracker(false),
            common.analysisVersion())
        : tracking();
    Progress progress = new Progress(err, bar, pending.size());
    int[] n = {0};
    // In bulk the engine is built by now (above) and extraction runs on one worker per core; statements are
    // read and their commitments written on this thread, in order. One transaction per SYNC_BATCH statements
    // instead of one each; an interrupted sync keeps the batches committed so far.
    try (Lanes<Map.Entry<AnalyzedStatement, List<Commitment>>> lanes = new Lanes<>(bulk ? Lanes.cores() : 1, 4,
        "extracting", r -> {
          if (sync.put(r.getKey(), r.getValue())) {
            n[0]++;
          }
          progress.advance(r.getKey().sentences().size());
        })) {
      for (int from = 0; from < pending.size(); from += SYNC_BATCH) {
        List<String> part = pending.subList(from, Math.min(pending.size(), from + SYNC_BATCH));
        sync.store().batch(() -> {
          for (String id : part) {
            AnalyzedStatement doc = analysed(id);
            lanes.submit(() -> Map.entry(doc, sync.extract(doc)));
          }
          lanes.finish();
        });
      }
    }
    progress.done();
    return n[0];
  }

  @Override
  public void close() {
    common.flush();
    ws.close();
  }
}

package org.readout.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.readout.Readout;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.store.Workspace;
import org.readout.store.commitments.CommitmentStore;
import org.readout.store.commitments.CommitmentTracking;
import org.readout.topics.TopicCoder;

/**
 * The commitments commands' access to the workspace: opens it (Flyway brings the schema, V2 included,
 * up to date), gives the tracking workflow over the workspace's connection, and keeps the commitments
 * tables in step incrementally: {@link #sync(PrintStream)} extracts only the statements whose current
 * text has not been extracted yet (one SQL query when nothing is pending), one statement at a time, from
 * the analysis stored at ingest (re-analysed only if stored without sentences). One per command run;
 * not thread-safe.
 */
final class CommitmentsDb implements AutoCloseable {
  /** Above this many pending statements a progress bar is drawn on stderr. */
  static final int PROGRESS_ABOVE = 20;
  /**
   * Above this many pending statements topics are coded by phrase rules only (see
   * {@link CommitmentsCommand#extractPhraseTopics}); embeddings would make a corpus-sized first sync
   * take hours. Statements extracted in small batches (the usual ingest of a few files) get both.
   */
  static final int BULK_ABOVE = 200;

  private final Workspace ws;
  private final CommitmentTracking tracking;
  private Readout readout;
  private Tracker tracker;

  private CommitmentsDb(Workspace ws) {
    this.ws = ws;
    // The embedder (model load) is only paid for by `track`: see tracking(true).
    this.tracking = tracking(Tracker.standard());
  }

  private CommitmentTracking tracking(Tracker t) {
    return new CommitmentTracking(new CommitmentStore(ws.connection()), CommitmentsCommand::extract, t);
  }

  private CommitmentTracking bulkTracking() {
    return new CommitmentTracking(new CommitmentStore(ws.connection()), CommitmentsCommand::extractPhraseTopics,
        Tracker.standard());
  }

  static CommitmentsDb open(Path file) {
    return new CommitmentsDb(Workspace.open(file));
  }

  CommitmentTracking tracking() {
    return tracking;
  }

  /** Tracking with lexical matching plus sentence embeddings (the topic coder's model and cache). */
  CommitmentTracking trackingWithEmbeddings() {
    tracker = tracker == null ? Tracker.standard().withEmbedder(TopicCoder.standard().embedder()) : tracker;
    return tracking(tracker);
  }

  Workspace workspace() {
    return ws;
  }

  /** The statement {@code id} as analysed at ingest, or analysed now if it was stored without sentences. */
  AnalyzedStatement analysed(String id) {
    AnalyzedStatement stored = ws.get(id).orElseThrow();
    if (!stored.sentences().isEmpty()) {
      return stored;
    }
    readout = readout == null ? Readout.standard() : readout;
    return readout.analyze(stored.statement());
  }

  /**
   * Extracts commitments from the statements not yet extracted (streaming, one at a time), drawing a
   * progress bar on {@code err} when there are more than {@link #PROGRESS_ABOVE}; returns how many.
   */
  int sync(PrintStream err) {
    List<String> pending = tracking.store().pending();
    if (pending.isEmpty()) {
      return 0;
    }
    boolean bar = pending.size() > PROGRESS_ABOVE;
    boolean bulk = pending.size() > BULK_ABOVE;
    if (bar) {
      err.println("extracting commitments from " + pending.size() + " statements not yet extracted"
          + (bulk ? " (topics by phrase rules only)" : ""));
    }
    CommitmentTracking sync = bulk ? bulkTracking() : tracking;
    Progress progress = new Progress(err, bar, pending.size());
    int n = 0;
    for (String id : pending) {
      AnalyzedStatement doc = analysed(id);
      if (sync.sync(doc)) {
        n++;
      }
      progress.advance(doc.sentences().size());
    }
    progress.done();
    return n;
  }

  @Override
  public void close() {
    ws.close();
  }
}

package org.readout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readout.Readout;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.store.StatementFilter;
import org.readout.store.Workspace;
import org.readout.store.commitments.CommitmentStore;
import org.readout.store.commitments.CommitmentTracking;
import org.readout.topics.TopicCoder;

/**
 * The commitments commands' access to the workspace: opens it (Flyway brings the schema, V2 included,
 * up to date), gives the tracking workflow over the workspace's connection, and the workspace's
 * statements as analysed when stored (re-analysed if stored without sentences). One per command run;
 * not thread-safe.
 */
final class CommitmentsDb implements AutoCloseable {
  private final Workspace ws;
  private final CommitmentTracking tracking;

  private CommitmentsDb(Workspace ws) {
    this.ws = ws;
    // Lexical matching plus sentence embeddings (the topic coder's model and cache) for tracking.
    this.tracking = new CommitmentTracking(new CommitmentStore(ws.connection()), CommitmentsCommand::extract,
        Tracker.standard().withEmbedder(TopicCoder.standard().embedder()));
  }

  static CommitmentsDb open(Path file) {
    return new CommitmentsDb(Workspace.open(file));
  }

  CommitmentTracking tracking() {
    return tracking;
  }

  /** Every statement in the workspace, analysed. */
  List<AnalyzedStatement> statements() {
    List<AnalyzedStatement> out = new ArrayList<>();
    Readout readout = null;
    for (Statement st : ws.statements(StatementFilter.ALL)) {
      Optional<AnalyzedStatement> stored = ws.get(st.id());
      if (stored.isPresent() && !stored.get().sentences().isEmpty()) {
        out.add(stored.get());
      } else {
        readout = readout == null ? Readout.standard() : readout;
        out.add(readout.analyze(st));
      }
    }
    return out;
  }

  /** Brings the commitments table in step with the workspace's statements; returns them. */
  List<AnalyzedStatement> sync() {
    List<AnalyzedStatement> docs = statements();
    tracking.sync(docs);
    return docs;
  }

  @Override
  public void close() {
    ws.close();
  }
}

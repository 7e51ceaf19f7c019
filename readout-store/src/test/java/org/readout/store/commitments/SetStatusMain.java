package org.readout.store.commitments;

import java.nio.file.Path;
import java.time.LocalDate;
import org.readout.commitments.Status;
import org.readout.store.Workspace;
import org.readout.TestEngines;

/** A second process for tests: records a user's decision, as {@code readout commitments set} does. */
public final class SetStatusMain {
  private SetStatusMain() {
  }

  /** Arguments: workspace file, commitment id, status. */
  public static void main(String[] args) {
    try (Workspace ws = Workspace.open(Path.of(args[0]))) {
      CommitmentTracking t = new CommitmentTracking(new CommitmentStore(ws.connection()), TestEngines.extractor(),
          TestEngines.tracker());
      t.set(args[1], Status.parse(args[2]).orElseThrow(), null, "decided by hand", "analyst", LocalDate.of(2030, 7, 2));
    }
  }
}

package org.readout.store;

/**
 * What one ingest run did to the workspace.
 *
 * @param added     statements new to the workspace
 * @param unchanged statements already present with the same text hash and metadata (nothing written)
 * @param updated   statements whose id was present with a different text hash or metadata (replaced)
 * @param sentences sentences written (for added and updated statements)
 */
public record IngestReport(int added, int unchanged, int updated, long sentences) {
  public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0);

  public int total() {
    return added + unchanged + updated;
  }

  /** Adds one outcome. */
  public IngestReport plus(Outcome outcome, int sentenceCount) {
    return switch (outcome) {
      case ADDED -> new IngestReport(added + 1, unchanged, updated, sentences + sentenceCount);
      case UPDATED -> new IngestReport(added, unchanged, updated + 1, sentences + sentenceCount);
      case UNCHANGED -> new IngestReport(added, unchanged + 1, updated, sentences);
    };
  }

  /** The effect of ingesting one statement. */
  public enum Outcome { ADDED, UNCHANGED, UPDATED }
}

package org.readout.store;

import java.time.Instant;
import org.readout.model.StatementMeta;

/**
 * One row of the workspace listing: a statement's metadata plus what the store knows about it.
 *
 * @param meta       publication metadata
 * @param sha256     SHA-256 of the normalised text
 * @param source     where it was read from
 * @param ingestedAt when it was added or last updated
 * @param sentences  number of sentences in the stored analysis (0 if none)
 */
public record WorkspaceEntry(StatementMeta meta, String sha256, String source, Instant ingestedAt, int sentences) {
}

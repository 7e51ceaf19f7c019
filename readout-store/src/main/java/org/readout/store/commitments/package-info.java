/**
 * Commitments in the workspace: {@link org.readout.store.commitments.CommitmentStore} (tables of
 * {@code db/migration/V2__commitments.sql}: commitments, their history, which statement versions were
 * extracted) and {@link org.readout.store.commitments.CommitmentTracking}, the workflow behind
 * {@code readout commitments list|set} and {@code readout track}. Both work over the workspace's JDBC
 * connection and are not thread-safe.
 */
package org.readout.store.commitments;

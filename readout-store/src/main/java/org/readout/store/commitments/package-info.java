/**
 * Commitments in the workspace: {@link org.readout.store.commitments.CommitmentStore} (tables of
 * {@code db/migration/V2__commitments.sql}: commitments, their history, which statement versions were
 * extracted) and {@link org.readout.store.commitments.CommitmentTracking}, the workflow behind
 * {@code readout commitments list|set} and {@code readout track}. Both work over the workspace's JDBC
 * connection and are not thread-safe.
 *
 * <p>Extraction is incremental, not at ingest: {@code commitments list} and {@code track} first extract
 * the statements listed by {@link org.readout.store.commitments.CommitmentStore#pending()} (never
 * extracted, or text changed), one at a time from the analysis stored at ingest; an up-to-date
 * workspace costs one SQL query. Ingest stays independent of the commitments lexicon, and a lexicon
 * change can be applied by clearing {@code commitment_extractions}. Tracking streams only later-dated
 * statements and analyses only those passing a lexical prefilter (see
 * {@link org.readout.store.commitments.CommitmentTracking#track(org.readout.store.Workspace,
 * java.util.function.Function, java.util.function.Consumer)}).
 */
package org.readout.store.commitments;

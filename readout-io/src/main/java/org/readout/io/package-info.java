/**
 * Formats in (ingest only; reports are in readout-report): {@link org.readout.io.Ingest} turns files, folders, JSON Lines and URLs into normalised
 * {@link org.readout.model.Statement}s; {@link org.readout.io.IngestOptions} says how. Everything under
 * {@code org.readout.io.internal} is implementation and may change. Null policy: no parameter may be
 * null unless its javadoc says so.
 */
package org.readout.io;

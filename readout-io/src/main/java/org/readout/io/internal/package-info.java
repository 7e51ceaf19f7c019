/**
 * Ingest internals: decoding ({@link org.readout.io.internal.TextDecoder}), normalisation
 * ({@link org.readout.io.internal.TextNormaliser}), front matter, HTML extraction, JSON Lines
 * streaming, URL fetching and the engine ({@link org.readout.io.internal.Sources}). Not a public API.
 */
package org.readout.io.internal;

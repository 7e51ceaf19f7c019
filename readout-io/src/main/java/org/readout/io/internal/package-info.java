/**
 * Ingest internals: decoding ({@link org.readout.io.internal.TextDecoder}), front matter, HTML
 * extraction, JSON Lines streaming, URL fetching and the engine ({@link org.readout.io.internal.Sources});
 * the text itself is normalised by readout-core's {@link org.readout.text.TextNormaliser}. Not a public API.
 */
package org.readout.io.internal;

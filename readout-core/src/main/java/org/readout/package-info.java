/**
 * The façade: {@link org.readout.Readout} parses, analyses and compares statements; it is assembled once
 * ({@link org.readout.Readout#builder()}) from a {@link org.readout.ReadoutConfig} (actor dictionary,
 * codebook, lexicons, embedder) and a pipeline of stages picked by name. {@link org.readout.ReadoutException}
 * is the one user-facing error type (a one-line message and an exit code). Everything here is immutable
 * and thread-safe.
 */
package org.readout;

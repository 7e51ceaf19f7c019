/**
 * When: temporal expressions found in statements and normalised against the statement date to
 * TIMEX3-style values ({@link org.readout.time.TemporalTagger}), and dated events merged into a
 * timeline ({@link org.readout.time.Timeline}). Lexicons are YAML resources beside this package.
 * Everything here is immutable and thread-safe once built.
 */
package org.readout.time;

/**
 * Who said what: attribution of direct quotes, reported speech and transcript turns to canonical
 * speakers, with the chain of reporters. The engine is {@link org.readout.attribution.Attributor};
 * cue and speaker lexicons are YAML resources beside this package. Everything here is immutable and
 * thread-safe once built.
 */
package org.readout.attribution;

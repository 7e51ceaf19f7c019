/**
 * Who said what: attribution of direct quotes, reported speech and transcript turns to canonical
 * speakers, with the chain of reporters. The engine is {@link org.readout.attribution.Attributor}.
 * Speakers are the actor dictionary's ({@code org.readout.actors}: canonical name and id, taken from
 * the actor stage's mentions); the YAML resources beside this package hold only the reporting cues,
 * pronouns and what the dictionary cannot express (the questioner, publishers' reporters). Everything here is immutable and
 * thread-safe once built.
 */
package org.readout.attribution;

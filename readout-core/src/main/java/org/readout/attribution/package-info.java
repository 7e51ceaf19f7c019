/**
 * Who said what: attribution of direct quotes, reported speech and transcript turns to canonical
 * speakers, with the chain of reporters. The engine is {@link org.readout.attribution.Attributor}.
 * Speakers are the actor dictionary's ({@code org.readout.actors}: canonical name and id, taken from
 * the actor stage's mentions); the YAML resources beside this package hold only the reporting cues,
 * pronouns and what the dictionary cannot express (the questioner, publishers' reporters, moderator
 * labels, and the title words and non-name words by which {@link org.readout.attribution.NameFinder}
 * finds people the dictionary does not hold: unresolved speakers with their written name).
 * Discourse roles: journalists' questions and moderators' lines report nothing, negated cues ("never
 * said") report nothing, "we" in an official's turn is his government. Quotes no cue introduces take
 * their speaker from the layout ({@link org.readout.attribution.QuoteLayouts}: labels, lead-ins,
 * continued quotes; a typographic quote left open at its paragraph's end ends there). Reporting frames
 * beyond "X said that": pseudo-clefts ("what X told them is that …"), degree words inside a cue
 * ("made very clear"). Organisations the dictionary does not hold ({@link org.readout.attribution.OrgNames},
 * head words in {@code speakers.yaml}) are unresolved institution speakers with their written name.
 * Everything here is immutable and thread-safe once built.
 */
package org.readout.attribution;

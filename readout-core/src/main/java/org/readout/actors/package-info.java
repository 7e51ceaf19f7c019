/**
 * Actors: the curated actor dictionary ({@link org.readout.actors.ActorDictionary}: states, organisations,
 * regions, persons with dated roles, agreements, formats — data in {@code actors.yaml}, user-extensible)
 * and the analysis stage that finds and resolves actor mentions ({@link org.readout.actors.ActorStage},
 * stage name {@code actors}).
 *
 * <p>Public boundary: {@code ActorDictionary} (find, holderOf, resolve), {@code ActorStage}, and the
 * value types {@code Actor}, {@code RoleTerm}, {@code ActorType}. Everything else (token stream, phrase
 * trie, scanner, YAML reader) is package-private. All public types are immutable and thread-safe; no
 * method returns null (absent values are {@code Optional} or empty strings).
 */
package org.readout.actors;

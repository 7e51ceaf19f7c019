/**
 * Commitments and positions: speech acts that bind or position a party (agreement, pledge,
 * readiness, hope, proposal, demand, warning), extracted per sentence with actors, addressees,
 * speakers, action and condition spans, and evidence; plus the tracking vocabulary (statuses,
 * history, compliance scores) and the {@link org.readout.commitments.Tracker} that suggests status
 * changes from later statements.
 *
 * <h2>Negation</h2>
 * Two different things are recorded separately on {@link org.readout.commitments.Commitment}:
 * <ul>
 *   <li>{@code negated = true}: the act itself is denied ("did not agree", "no agreement was reached",
 *       "refused to commit", "has not proposed"). The record is kept as evidence of a non-commitment;
 *       {@link org.readout.commitments.Commitment#binding()} is false and tracking ignores it.</li>
 *   <li>{@code refrain = true}: a real commitment whose content is to NOT act ("has no intention of
 *       invading", "will not deploy", "pledged to refrain from"). Per issue 4 "has no intention of" is a
 *       {@code pledge}: it binds the speaker, so it is tracked like any pledge; a later report that the
 *       party did the thing is a breach.</li>
 * </ul>
 *
 * <h2>Firmness and compliance</h2>
 * Firmness orders the commissive kinds: agreement (4) &gt; pledge (3) &gt; readiness (2) &gt; hope (1);
 * proposal, demand and warning are positions, not commitments of the speaker (firmness 0).
 * Compliance follows the G7/G20 Research Group convention, see {@link org.readout.commitments.Status#compliance()}.
 *
 * <h2>Actors</h2>
 * Actors come from the statement's actor mentions (the ActorStage: a person acting in office counts
 * for their state via {@code Mention.entityId()}; group mentions such as "the two leaders" stand for
 * both participants). Only when a statement has no mentions at all does a small stand-in matcher
 * ({@code fallback-actors.yaml}) supply them. "we" is the author's side except in joint statements.
 *
 * <h2>Data</h2>
 * {@code lexicon.yaml} (cue rules, conditions, clause boundaries and patterns, negators — one list for
 * extraction and tracking), {@code tracking.yaml} (progress / fulfilment / stalled / breach cues,
 * back-references, stopwords), {@code fallback-actors.yaml}; loaded into {@link
 * org.readout.commitments.CommitmentLexicon} and {@link org.readout.commitments.TrackingLexicon} when an
 * engine is assembled.
 *
 * <h2>Stage</h2>
 * {@link org.readout.commitments.CommitmentStage} (stage {@code commitments}) reads the {@code topics}
 * and {@code attributions} layers: each commitment's topics are its sentence's, who voices it comes from
 * the attributions; neither is computed again.
 *
 * <p>All types here are immutable values or thread-safe engines.
 */
package org.readout.commitments;

/**
 * Meetings found in bulk text: statements grouped into the calls, summits and visits they report
 * ({@link org.readout.meetings.MeetingGrouper}), from their dates, the parties named in their titles
 * and leads (actor mentions resolved by the actor dictionary), their kind (readout, preview, briefing,
 * joint statement…) and cross-references ("upcoming call with President Putin", "your meeting with
 * President Xi last night"). Cues are YAML data ({@code meetings.yaml}, {@link org.readout.meetings.MeetingCues}).
 *
 * <p>Pure: no I/O beyond loading cues; the workspace (readout-store) supplies
 * {@link org.readout.meetings.MeetingInput}s and keeps user merges and splits
 * ({@link org.readout.meetings.MeetingEdit}). Every membership carries its reason and evidence. All
 * public types are immutable and thread-safe.
 */
package org.readout.meetings;

package org.readout.meetings;

import org.readout.model.Evidence;

/**
 * Why a statement belongs to a meeting.
 *
 * @param statement the statement id
 * @param role      {@code readout}, {@code joint-statement}, {@code remarks-before}, {@code press-conference},
 *                  {@code announcement}, {@code preview}, {@code briefing}, {@code statement}, {@code remarks},
 *                  {@code follow-up}, or {@code debrief} (a statement of another meeting that reports on this
 *                  one, e.g. a call with allies after the summit: a secondary membership)
 * @param primary   false only for {@code debrief} memberships: the statement's own meeting is another one
 * @param reason    a sentence a reader can check ("title names a call with Vladimir Putin")
 * @param evidence  where the reason rests: statement, sentence index ({@code -1} = the title, offsets
 *                  into the title), character offsets, and the rule ({@code meetings:title},
 *                  {@code meetings:reference}, {@code meetings:date}, {@code meetings:place},
 *                  {@code meetings:copy}, {@code meetings:user})
 */
public record Membership(String statement, String role, boolean primary, String reason, Evidence evidence) {
}

package org.readout.meetings;

/** Working data of {@link MeetingGrouper}: how a unit joined its cluster, the reason and its evidence. */
record Join(String reason, int sentence, int start, int end, String rule) {
}

package org.readout.attribution;

/** A stretch of one sentence inside one speaker turn (or outside any turn): the attributor's reading unit. */
record Segment(int sentence, int start, int end, Turn turn) {
}

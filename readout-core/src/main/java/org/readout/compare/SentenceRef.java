package org.readout.compare;

/**
 * A sentence of a statement, with its character offsets into the statement text.
 *
 * @param statement statement id
 * @param sentence  sentence index
 * @param start     inclusive offset into the statement text
 * @param end       exclusive offset
 */
public record SentenceRef(String statement, int sentence, int start, int end) {
}

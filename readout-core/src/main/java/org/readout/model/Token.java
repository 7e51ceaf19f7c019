package org.readout.model;

/**
 * A token with offsets into the statement text.
 *
 * @param start inclusive offset into {@link Statement#text()}
 * @param end   exclusive offset
 * @param text  the surface form, equal to {@code statement.text().substring(start, end)}
 * @param lemma lowercase lemma (falls back to the lowercased surface)
 * @param pos   Penn Treebank tag, or {@code ""} when POS tagging was not run
 */
public record Token(int start, int end, String text, String lemma, String pos) {
}

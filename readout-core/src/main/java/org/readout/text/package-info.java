/**
 * Text normalisation, which defines the offsets: {@link org.readout.text.TextNormaliser} turns raw
 * statement text (Markdown, plain text, or text extracted from HTML) into the one normalised string
 * that {@link org.readout.model.Statement#text()} holds and that its SHA-256 is taken of. Every
 * character offset in Readout (sentences, tokens, mentions, evidence, stored analyses) is an index
 * into that string, so its rules are fixed: the result is a fixed point of normalisation, the same
 * input always gives the same text, and a change to the rules (or to {@code normaliser.yaml}) changes
 * the offsets of statements ingested afterwards.
 *
 * <p>Public API: {@link org.readout.text.TextNormaliser#normalise(String)} and
 * {@link org.readout.text.TextNormaliser#normalise(String, org.readout.text.TextNormaliser.Syntax)};
 * the other classes are the steps, package-private.
 */
package org.readout.text;

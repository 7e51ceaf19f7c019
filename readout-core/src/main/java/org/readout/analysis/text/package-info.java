/**
 * Text analysis: sentence splitting ({@link org.readout.analysis.text.SentenceStage}), tokens and
 * lemmas ({@link org.readout.analysis.text.TokenStage}) and optional POS tags
 * ({@link org.readout.analysis.text.PosStage}). Everything here works on character offsets into
 * {@link org.readout.model.Statement#text()} and is immutable and thread-safe once built. Word lists
 * (abbreviations, sentence starters, lemma exceptions) are data in YAML files beside these classes.
 */
package org.readout.analysis.text;

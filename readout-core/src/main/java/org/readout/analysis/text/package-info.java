/**
 * Text analysis: sentence splitting ({@link org.readout.analysis.text.SentenceStage}), tokens and
 * lemmas ({@link org.readout.analysis.text.TokenStage}) and optional POS tags
 * ({@link org.readout.analysis.text.PosStage}). Everything here works on character offsets into
 * {@link org.readout.model.Statement#text()} and is immutable and thread-safe once built. Word lists
 * (abbreviations, sentence starters, speaker-label words, lemma exceptions) are data in
 * {@code sentences.yaml} and {@code lemmas.yaml} beside these classes.
 *
 * <p>Conventions later stages can rely on:
 * <ul>
 *   <li><b>Speaker turns.</b> A transcript label ({@code MR. SULLIVAN:}, {@code Q}, {@code Aide to the
 *   President Yury Ushakov:}) always starts a sentence and prefixes the first sentence of its turn; it
 *   is never a sentence of its own. Find it with
 *   {@code splitter.labels().labelAt(text, sentence.start())} and name the speaker with
 *   {@link org.readout.analysis.text.SpeakerLabels#speaker}. A turn runs until the next labelled
 *   sentence.</li>
 *   <li><b>Separators.</b> {@code * * *} and the omission mark {@code <…>} belong to no sentence.</li>
 *   <li><b>Tokens.</b> Hyphenated words are one token ({@code de-escalation}); {@code U.S.} is one
 *   token and {@code U.S.-Russia} is {@code U.S.}, {@code -}, {@code Russia}; possessive and
 *   contracted {@code ’s} and {@code n’t} are split off (Penn Treebank style).</li>
 *   <li><b>Lemmas.</b> Always lower case (Locale.ROOT, so a Turkish default locale changes nothing);
 *   rule-based without POS ({@link org.readout.analysis.text.Lemmatizer}); capitalised mid-sentence
 *   words keep their surface form as likely proper nouns. POS is {@code ""} unless
 *   {@link org.readout.analysis.text.PosStage} ran.</li>
 * </ul>
 */
package org.readout.analysis.text;

/**
 * Topic coding: a {@link org.readout.topics.Codebook} (YAML data, default resource
 * {@code org/readout/topics/codebook.yaml}, or a user file) and the {@link org.readout.topics.TopicCoder},
 * which codes each sentence by phrase rules ({@link org.readout.topics.PhraseMatcher}) and by cosine
 * similarity of in-process sentence embeddings ({@link org.readout.topics.BgeEmbedder}, cached by
 * {@link org.readout.topics.CachingEmbedder}) to each topic's example sentences. Every hit records its
 * rule, phrase, span and score. All public types are immutable or thread-safe.
 */
package org.readout.topics;

/**
 * Helpers shared by the stage families of readout-core and not part of its API: the one YAML lexicon
 * loader ({@link org.readout.internal.YamlData}) and the similarity measures
 * ({@link org.readout.internal.Similarity}). Other modules should not depend on them, except on the ordered worker
 * pool ({@link org.readout.internal.Lanes}, with {@link org.readout.internal.Futures}) that the CLI's analysis
 * and the store's tracking share.
 */
package org.readout.internal;

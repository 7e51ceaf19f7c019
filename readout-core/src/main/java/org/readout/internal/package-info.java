/**
 * Helpers shared by the stage families of readout-core and not part of its API: the one YAML lexicon
 * loader ({@link org.readout.internal.YamlData}) and the similarity measures
 * ({@link org.readout.internal.Similarity}). Other modules should not depend on them.
 */
package org.readout.internal;

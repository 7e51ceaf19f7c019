/**
 * The stage contract: an {@link org.readout.analysis.AnalysisStage} reads the layers it
 * {@code requires()} from an {@link org.readout.model.AnalyzedStatement} and adds the layers it
 * {@code provides()}; a {@link org.readout.analysis.Pipeline} checks when it is built that every stage's
 * inputs come from an earlier stage. {@link org.readout.analysis.Layers} lists every layer of the bundled
 * stages and the stage that makes it. The stage families live in their own packages
 * ({@code analysis.text}, {@code actors}, {@code topics}, {@code attribution}, {@code commitments},
 * {@code time}); the façade assembles them by name.
 */
package org.readout.analysis;

/**
 * The evaluation of Readout's analysis against the hand-annotated gold under {@code eval/gold}: commitments,
 * attributions and dates per statement, and comparison findings per meeting and sentence pair.
 * {@link org.readout.eval.Evaluation} runs it, {@link org.readout.eval.ReportWriter} renders it, and
 * {@link org.readout.eval.Analysis} is the one seam to the analysis ({@link org.readout.eval.ReadoutAnalysis}).
 */
package org.readout.eval;

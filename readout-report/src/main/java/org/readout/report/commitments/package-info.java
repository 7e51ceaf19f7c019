/**
 * Renderers for commitments: JSON in the shape of issue 4 (plus {@code negated}, {@code refrain},
 * {@code rule}, {@code confidence}, {@code compliance}), Markdown tables and CSV (RFC 4180).
 * Stateless and thread-safe.
 */
package org.readout.report.commitments;

/**
 * Renderers of a {@link org.readout.compare.Comparison}: JSON (schema in {@code docs/schema/compare.schema.json}),
 * a Markdown analyst's brief, one self-contained HTML file, and the coverage matrix as CSV. All
 * renderers are stateless and thread-safe, and their output is deterministic for a given comparison.
 */
package org.readout.report.compare;

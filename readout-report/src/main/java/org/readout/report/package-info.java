/**
 * Formats out: every report Readout prints — comparisons ({@code compare}), commitments, attributions,
 * timelines — as JSON, Markdown, HTML or CSV, one sub-package per report, and {@link
 * org.readout.report.AtomicFiles} for {@code --out}. Depends on readout-core only: a renderer takes
 * analysis results and returns text; it never reads input or the workspace. Every renderer is
 * stateless, thread-safe and deterministic. Null policy: no parameter may be null unless its javadoc
 * says so.
 */
package org.readout.report;

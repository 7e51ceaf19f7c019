/**
 * SVG charts (self-contained SVG 1.1 text, no scripts): {@link org.readout.report.svg.LineChart}, used by
 * {@code readout trends} and meant for the web workspace too.
 */
package org.readout.report.svg;

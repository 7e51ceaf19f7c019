/**
 * SVG charts (self-contained SVG 1.1 text, no scripts): {@link org.readout.io.svg.LineChart}, used by
 * {@code readout trends} and meant for the web workspace too. Moves to {@code readout-report} with the
 * other renderers.
 */
package org.readout.io.svg;

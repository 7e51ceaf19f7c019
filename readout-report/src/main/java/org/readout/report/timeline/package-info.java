/** Renderers of timelines: JSON, Markdown and a self-contained HTML page (inline SVG, all text escaped). */
package org.readout.report.timeline;

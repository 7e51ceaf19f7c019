/** Renderers of attributions: JSON, Markdown, CSV. Stateless and thread-safe. */
package org.readout.report.attribution;

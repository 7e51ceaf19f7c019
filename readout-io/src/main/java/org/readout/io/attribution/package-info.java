/** Renderers of attributions (JSON, Markdown, CSV) and the atomic text output the commands share. */
package org.readout.io.attribution;

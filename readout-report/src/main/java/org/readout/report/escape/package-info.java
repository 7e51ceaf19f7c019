/**
 * One escaper per output format, used by every renderer of readout-report (and by the CLI's own
 * listings): {@link org.readout.report.escape.HtmlEscaper}, {@link org.readout.report.escape.MarkdownEscaper},
 * {@link org.readout.report.escape.CsvWriter} (Apache Commons CSV, with protection against formula
 * injection) and {@link org.readout.report.escape.JsonWriter} (the one shared Jackson
 * {@code ObjectMapper}). Statement text and metadata are untrusted input: a renderer never writes them
 * except through these classes. All are stateless and thread-safe.
 */
package org.readout.report.escape;

/**
 * Full-text search beside the workspace: a Lucene index of sentences ({@link org.readout.store.search.SearchIndex})
 * with statement metadata, actor and topic fields, BM25 ranking grouped by statement, highlights as
 * offsets into the normalised statement text, and the per-month topic counts that trends read.
 */
package org.readout.store.search;

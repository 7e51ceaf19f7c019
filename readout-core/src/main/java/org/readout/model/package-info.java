/**
 * Readout's immutable data model: statements, sentences, tokens, mentions and evidence. Every value
 * is a record; nothing here is null unless its javadoc says so; every offset refers to the
 * normalised statement text ({@link org.readout.model.Statement#text()}).
 */
package org.readout.model;

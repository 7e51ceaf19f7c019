package org.readout.model;

/**
 * Where a finding rests: a statement, a sentence in it, and character offsets into the statement
 * text, plus the rule or model that produced the finding.
 */
public record Evidence(String statement, int sentence, int start, int end, String rule) {
}

package org.readout.compare;

import java.util.List;

/**
 * How one statement frames a shared topic against another: its key terms (by G2) on that topic.
 *
 * @param topic     topic id
 * @param statement the statement whose key terms these are
 * @param other     the statement it is contrasted with
 * @param terms     key terms, strongest first
 */
public record Framing(String topic, String statement, String other, List<KeyTerm> terms) {
  public Framing {
    terms = List.copyOf(terms);
  }
}

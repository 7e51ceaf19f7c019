package org.readout.compare;

import java.util.Map;
import java.util.Optional;

/**
 * One row of the coverage matrix: a topic and its {@link Coverage} in every compared statement (in
 * the comparison's statement order, absent ones included).
 */
public record TopicCoverage(String topic, String label, Map<String, Coverage> coverage) {
  public TopicCoverage {
    coverage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coverage));
  }

  public Optional<Coverage> in(String statement) {
    return Optional.ofNullable(coverage.get(statement));
  }

  public String levelIn(String statement) {
    return in(statement).map(Coverage::level).orElse(Coverage.ABSENT);
  }

  public boolean presentIn(String statement) {
    return in(statement).map(Coverage::present).orElse(false);
  }
}

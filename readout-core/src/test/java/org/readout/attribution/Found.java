package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.AnalysisAssertions;

/** Runs the bundled attribution engine on a hand-written statement and picks attributions out of its answer. */
final class Found {
  private Found() {
  }

  /** The statement's attributions, each checked for well-formed evidence. */
  static List<Attribution> run(AnalyzedStatement d) {
    List<Attribution> out = TestEngines.attributions(d);
    AnalysisAssertions.assertAttributions(d, out);
    return out;
  }

  /** The attributions of this type whose content contains the part. */
  static List<Attribution> of(List<Attribution> as, AttributionType type, String part) {
    return as.stream().filter(a -> a.type() == type && a.content().contains(part)).toList();
  }

  /** The one attribution of this type whose content contains the part (fails when there are none or several). */
  static Attribution one(List<Attribution> as, AttributionType type, String part) {
    List<Attribution> found = of(as, type, part);
    assertThat(found).as("%s attribution containing '%s' in %s", type, part, as).hasSize(1);
    return found.get(0);
  }
}

package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.of;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * A verb cue right after a determiner ({@code determiners} in {@code cues.yaml}) is a noun or a participle used as
 * an adjective, not a verb of saying: "his promise to build", "the calls for calm", "a proposed rule", "the added
 * protection"; the same words as verbs still report. Every sentence is hand-written (none is corpus text).
 */
class CueAfterDeterminerTest {
  private static AnalyzedStatement release(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2023, 4, 12), text);
  }

  @Test
  void nounsAndAdjectivesAfterADeterminerReportNothing() {
    List<Attribution> as = run(release("""
        Governor Nora Pell is delivering on her word and on his promise to rebuild the harbor bridges. The Harbor \
        Agency issued a proposed rule to widen the channel, and the added funds give the towns the protection \
        they asked for."""));
    assertThat(of(as, AttributionType.INDIRECT, "rebuild the harbor bridges")).isEmpty();
    assertThat(of(as, AttributionType.INDIRECT, "widen the channel")).isEmpty();
    assertThat(of(as, AttributionType.INDIRECT, "give the towns")).isEmpty();
  }

  @Test
  void theSameWordsAsVerbsStillReport() {
    List<Attribution> as = run(release("""
        Governor Nora Pell promised to rebuild the harbor bridges. The Harbor Agency proposed to widen the \
        channel before the spring."""));
    assertThat(one(as, AttributionType.INDIRECT, "rebuild the harbor bridges").speaker()).isEqualTo("Nora Pell");
    assertThat(one(as, AttributionType.INDIRECT, "widen the").speaker()).isEqualTo("Harbor Agency");
  }
}

package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, bracketed stand-ins for withheld names in background calls ("as [senior administration official]
 * said, …"): the stand-in speaks, named as the transcript labels that person's turns; a ground rule naming a
 * speaker by his own stand-in ("…, who will be referred to as a “senior administration official”") reports
 * nothing. Every sentence is hand-written (none is corpus text).
 */
class PlaceholderSpeakersTest {
  private static AnalyzedStatement call(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2022, 6, 9), text);
  }

  @Test
  void aBracketedStandInSpeaks() {
    List<Attribution> as = run(call("""
        MR. DOE: Thanks, everyone. On the line we have [senior administration official], who will be referred \
        to as a “senior administration official.” Over to you.

        SENIOR ADMINISTRATION OFFICIAL: Thanks. As [senior administration official] said, the clinics will open \
        on Monday in every state. And as [senior administration officials] noted earlier, pharmacies will carry \
        the doses too.
        """));
    Attribution first = one(as, AttributionType.INDIRECT, "clinics will open");
    assertThat(first.speaker()).isEqualTo("Senior Administration Official");
    assertThat(first.speakerId()).isEmpty();
    assertThat(one(as, AttributionType.INDIRECT, "pharmacies will carry").speaker())
        .isEqualTo("Senior Administration Officials");
    assertThat(Found.of(as, AttributionType.DIRECT, "senior administration official")).isEmpty();
    assertThat(Found.of(as, AttributionType.INDIRECT, "senior administration official")).isEmpty();
  }
}

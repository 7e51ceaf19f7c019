package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Title words before a name in a round-up label are the person's role, not part of the name: a long title
 * whose office is joined by "&" ("Professor of Economics & Public Policy Jane Roe"), an occupation written
 * as a title ("Economist Jane Roe"), and a given name that is also a listed common word right after a title
 * ("Sen. Bill Roe", "Rep. August Doe"). Every sentence is hand-written (none is corpus text).
 */
class LabelTitlesTest {
  private static AnalyzedStatement roundup(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2025, 6, 2), text);
  }

  @Test
  void aNameAfterAnOfficeJoinedByAmpersandIsThePerson() {
    List<Attribution> as = run(roundup("""
        Economists reacted to the figures:

        Lakeside College Professor of Finance & Public Affairs Nora Pell: “Far better than the forecasts… A fine \
        month.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "Far better than the forecasts").speaker()).isEqualTo("Nora Pell");
  }

  @Test
  void anOccupationBeforeTheNameIsItsRole() {
    List<Attribution> as = run(roundup("""
        Economists reacted to the figures:

        Economist Tomas Varga: “Remarkable. Good news for savers.”
        """));
    Attribution a = one(as, AttributionType.DIRECT, "Good news for savers");
    assertThat(a.speaker()).isEqualTo("Tomas Varga");
    assertThat(a.role()).isEqualTo("Economist");
  }

  @Test
  void aListedWordRightAfterATitleIsAGivenName() {
    List<Attribution> as = run(roundup("""
        Lawmakers praised the agreement:

        Sen. Bill Rennick: “A great deal for the growers of our state.”

        Rep. August Holm: “A win for the workers of the valley.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "growers of our state").speaker()).isEqualTo("Bill Rennick");
    assertThat(one(as, AttributionType.DIRECT, "workers of the valley").speaker()).isEqualTo("August Holm");
  }
}

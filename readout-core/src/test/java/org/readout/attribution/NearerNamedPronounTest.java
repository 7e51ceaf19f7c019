package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, he/she after a person the actor dictionary does not hold: the pronoun stands for the person named
 * last before it, not for a dictionary leader named further back. Every sentence is hand-written (none is
 * corpus text).
 */
class NearerNamedPronounTest {
  private static AnalyzedStatement news(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2025, 5, 5), text);
  }

  @Test
  void heAfterAnUnlistedExecutiveIsTheExecutiveNotTheEarlierPresident() {
    List<Attribution> as = run(news("""
        President Trump put new duties on imported washers in March. Chief Executive Tomasz Brennick said the \
        duties should close the price gap for his plants. “The duties finally level the field for us,” he said \
        during a call with analysts."""));
    assertThat(one(as, AttributionType.DIRECT, "level the field").speaker()).isEqualTo("Tomasz Brennick");
  }

  @Test
  void heStillStandsForTheLeaderWhenTheLeaderIsNamedLast() {
    List<Attribution> as = run(news("""
        Chief Executive Tomasz Brennick welcomed the duties on imported washers. President Trump spoke to workers \
        at the plant on Friday. “We are bringing the jobs home,” he said."""));
    assertThat(one(as, AttributionType.DIRECT, "bringing the jobs home").speaker()).isEqualTo("Donald Trump");
  }

  @Test
  void heAfterAnUnlistedPersonWithAnAppositiveIsThatPerson() {
    List<Attribution> as = run(news("""
        President Trump toured the valley last week. Orders are up, said Walt Heberling, president of Heberling \
        Tools. “We have not been this busy in years,” he said."""));
    assertThat(one(as, AttributionType.DIRECT, "this busy in years").speaker()).isEqualTo("Walt Heberling");
  }
}

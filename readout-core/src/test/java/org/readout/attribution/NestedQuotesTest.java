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
 * Single-quoted speech nested in a quote ("“… Jane Roe told me, ‘…,’ and …,” said John Doe."): the stretch a
 * speech verb inside the quote opens is a direct quote of that verb's subject, reported by the quote's
 * speaker; typographic (‘ ’) and straight (' ') marks alike, apostrophes inside words are no marks. Every
 * sentence is hand-written (none is corpus text).
 */
class NestedQuotesTest {
  private static AnalyzedStatement news(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2025, 7, 1), text);
  }

  /** The one direct quote containing the part that no other direct quote holds (the innermost). */
  private static Attribution inner(List<Attribution> as, String part) {
    List<Attribution> found = of(as, AttributionType.DIRECT, part);
    List<Attribution> inner = found.stream()
        .filter(a -> found.stream().noneMatch(b -> b != a && b.start() > a.start() && b.end() <= a.end()
            || b != a && b.start() >= a.start() && b.end() < a.end()))
        .toList();
    assertThat(found).as("direct quotes containing '%s' in %s", part, as).hasSize(2);
    assertThat(inner).hasSize(1);
    return inner.get(0);
  }

  @Test
  void aTypographicSingleQuoteAfterAVerbInAQuoteIsItsSubjectsDirectQuote() {
    List<Attribution> as = run(news("""
        The clerk spoke about the harvest.

        “The growers called me on Monday. Marta Kell told me, ‘We’ve never seen a year like this one,’ and she \
        was right,” said Tomas Varga, the county clerk.
        """));
    Attribution inner = inner(as, "never seen a year like this");
    assertThat(inner.speaker()).isEqualTo("Marta Kell");
    assertThat(inner.content()).startsWith("We’ve never").doesNotContain("she was right");
    assertThat(inner.reportedBy()).contains("Tomas Varga");
    assertThat(one(as, AttributionType.DIRECT, "growers called me").speaker()).isEqualTo("Tomas Varga");
  }

  @Test
  void aStraightSingleQuoteAfterAVerbInAQuoteIsItsSubjectsDirectQuote() {
    List<Attribution> as = run(news("""
        The clerk spoke about the river.

        “I met the director last week. Marta Kell said, 'The river is higher than ever.' Then we drove home,” \
        said Tomas Varga.
        """));
    Attribution inner = inner(as, "river is higher");
    assertThat(inner.speaker()).isEqualTo("Marta Kell");
    assertThat(inner.content()).isEqualTo("The river is higher than ever.");
  }

  @Test
  void noSingleQuoteAfterTheVerbLeavesTheReportedSpeechIndirect() {
    List<Attribution> as = run(news("""
        “Marta Kell said the river is higher than ever, and the growers’ fields are wet,” said Tomas Varga.
        """));
    assertThat(of(as, AttributionType.DIRECT, "river is higher").stream().map(Attribution::speaker))
        .containsOnly("Tomas Varga");
  }
}

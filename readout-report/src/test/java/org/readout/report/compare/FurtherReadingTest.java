package org.readout.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurtherReadingTest {
  private static final FurtherReading READING = new FurtherReading("2021-12-07-biden-putin", List.of(
      new FurtherReading.Item("2021-06-16-biden-putin", "Summit <in> Geneva", LocalDate.of(2021, 6, 16), "US",
          "earlier-meeting", "same participants, 174 days before"),
      new FurtherReading.Item("wh:x", "A *briefing*", LocalDate.of(2021, 12, 8), "", "follow-up",
          "takes up 'the teams will follow up'")));

  @Test
  void markdownListsTheItemsRankedWithRelationDateAndReasonEscaped() {
    String md = READING.markdown();
    assertThat(md).startsWith("\n## Further reading\n\n1. **Summit &lt;in&gt; Geneva** (earlier meeting, 2021-06-16, US)"
        + " — same participants, 174 days before `2021-06-16-biden-putin`\n2. **A \\*briefing\\*** (follow up, 2021-12-08)");
  }

  @Test
  void htmlIsEscapedAndGoesBeforeTheEndOfTheBody() {
    String page = READING.appendTo("<html><body><h1>Brief</h1></body></html>");
    assertThat(page).contains("<h1>Brief</h1><section class=\"further-reading\">").endsWith("</section>\n</body></html>");
    assertThat(page).contains("Summit &lt;in&gt; Geneva").doesNotContain("<in>");
  }

  @Test
  void noItemsNoSection() {
    assertThat(FurtherReading.NONE.markdown()).isEmpty();
    assertThat(FurtherReading.NONE.appendTo("<body></body>")).isEqualTo("<body></body>");
  }
}

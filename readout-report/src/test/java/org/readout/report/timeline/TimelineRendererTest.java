package org.readout.report.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.testing.SharedCorpus;
import org.readout.model.AnalyzedStatement;
import org.readout.time.TemporalExpression;
import org.readout.time.TimelineEvent;
import org.readout.TestEngines;
import org.readout.ReadoutConfig;

class TimelineRendererTest {
  private static final String RU = "2021-12-07-biden-putin-video-call/ru-meeting-with-us-president.md";

  @Test
  void flagshipRussianReadoutPlacesItsDates() throws Exception {
    AnalyzedStatement d = meeting(RU);
    TimelineReport r = TimelineReport.of(List.of(d).stream().map(TestEngines.TIME::complete).toList(), ReadoutConfig.defaults().timeline());
    assertThat(value(r, "late November")).isEqualTo("2021-11");
    assertThat(find(r, "late November").modifier()).isEqualTo("late");
    assertThat(value(r, "five years ago")).isEqualTo("2016");
    assertThat(find(r, "five years ago").modifier()).isEqualTo("APPROX");
    assertThat(value(r, "June 2021")).isEqualTo("2021-06");
    assertThat(find(r, "June 2021").event()).isEqualTo("Russian-American summit in Geneva");
    assertThat(value(r, "2015")).isEqualTo("2015");
    assertThat(find(r, "2015").event()).isEqualTo("Minsk agreements");
    for (TemporalExpression x : r.expressions()) {
      assertThat(d.text().substring(x.start(), x.end())).isEqualTo(x.text());
    }
    assertThat(r.events()).extracting(TimelineEvent::date).startsWith("2015").contains("2021-06", "2021-11", "2021-12-07");
    assertThat(r.events()).extracting(TimelineEvent::date).isSorted();
    JsonNode json = new ObjectMapper().readTree(TimelineRenderer.json(r));
    assertThat(json.get("expressions").get(0).fieldNames()).toIterable().startsWith("statement", "sentence", "start", "end",
        "text", "value", "granularity", "modifier", "anchor");
    assertThat(json.get("events").get(0).get("evidence").get(0).has("statement")).isTrue();
  }

  @Test
  void mergesTheMeetingAcrossStatementsOfTheSameMeeting() {
    List<AnalyzedStatement> docs = List.of(meeting(RU),
        meeting("2021-12-07-biden-putin-video-call/us-readout.md"));
    TimelineReport r = TimelineReport.of(docs.stream().map(TestEngines.TIME::complete).toList(), ReadoutConfig.defaults().timeline());
    TimelineEvent meeting = r.events().stream().filter(e -> e.date().equals("2021-12-07")).findFirst().orElseThrow();
    assertThat(meeting.evidence()).extracting(TimelineEvent.EventEvidence::statement)
        .contains("ru-meeting-with-us-president", "us-readout");
  }

  @Test
  void htmlIsSelfContainedAndEscapesText() {
    TemporalExpression x = new TemporalExpression("s<1>", 0, 0, 5, "<script>alert(1)</script>", "2021", "year", "", "",
        "a & b \"summit\"", "year");
    TimelineEvent e = new TimelineEvent("2021", "<img src=x onerror=alert(1)>", "meeting",
        List.of(new TimelineEvent.EventEvidence("s<1>", 0, 0, 5)));
    String html = TimelineRenderer.html(new TimelineReport(List.of(x), List.of(e)));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script>").doesNotContain("<img")
        .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;").contains("a &amp; b &quot;summit&quot;")
        .doesNotContain("src=\"http").doesNotContain("<link");
    assertThat(TimelineRenderer.markdown(new TimelineReport(List.of(x), List.of(e)))).doesNotContain("<script>");
  }

  private static TemporalExpression find(TimelineReport r, String text) {
    return r.expressions().stream().filter(x -> x.text().contains(text)).findFirst().orElseThrow();
  }

  private static String value(TimelineReport r, String text) {
    return find(r, text).value();
  }

  private static AnalyzedStatement meeting(String relative) {
    return TestEngines.TEXT.analyze(SharedCorpus.meetingStatement(relative));
  }
}

package org.readout.report.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.attribution.Attribution;
import org.readout.attribution.AttributionType;

class AttributionRendererTest {
  private static final Attribution A = new Attribution("s1", 3, 10, 30, AttributionType.DIRECT, "Joseph R. Biden", "biden",
      "USA", "President", "said", "a \"quoted\", | <b>word</b>\nnext", List.of("Jake Sullivan"), List.of("sullivan"), "He",
      "quote+cue-verb");

  @Test
  void jsonHasTheIssueShapeInStableOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(AttributionRenderer.json(List.of(A)));
    JsonNode a = root.get("attributions").get(0);
    List<String> names = new ArrayList<>();
    a.fieldNames().forEachRemaining(names::add);
    assertThat(names).startsWith("statement", "sentence", "start", "end", "type", "speaker", "speakerActor", "role", "cue",
        "content", "reportedBy", "speakerId", "reportedByIds");
    assertThat(a.get("speaker").asText()).isEqualTo("Joseph R. Biden");
    assertThat(a.get("speakerId").asText()).isEqualTo("biden");
    assertThat(a.get("reportedByIds").get(0).asText()).isEqualTo("sullivan");
    assertThat(a.get("type").asText()).isEqualTo("direct");
    assertThat(a.get("reportedBy").get(0).asText()).isEqualTo("Jake Sullivan");
    assertThat(a.get("content").asText()).isEqualTo(A.content());
  }

  @Test
  void csvQuotesFieldsAndMarkdownEscapesCells() {
    String csv = AttributionRenderer.csv(List.of(A));
    assertThat(csv).startsWith("statement,sentence,start,end,type,speaker,speakerActor,role,cue,content,reportedBy,speakerId,reportedByIds,rule\r\n");
    assertThat(csv).contains(",Jake Sullivan,biden,sullivan,quote+cue-verb\r\n");
    assertThat(csv).contains("\"a \"\"quoted\"\", | <b>word</b>\nnext\"");
    String md = AttributionRenderer.markdown(List.of(A));
    assertThat(md).contains("| Joseph R. Biden | biden | USA |");
    assertThat(md).contains("\\|").contains("&lt;b&gt;").doesNotContain("<b>");
    assertThat(md.lines().filter(l -> l.startsWith("| s1")).count()).isEqualTo(1);
  }
}

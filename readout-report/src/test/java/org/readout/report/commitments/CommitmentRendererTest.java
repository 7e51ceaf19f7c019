package org.readout.report.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;
import org.readout.report.AtomicFiles;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.TrackedCommitment;

class CommitmentRendererTest {
  static final Commitment C = new Commitment("s:1#2.1", "s:1", 2, 10, 40, "Russia proposed a \"reset\", quickly",
      CommitmentKind.PROPOSAL, false, false, List.of("RUS"), List.of("USA"), List.of(), "a \"reset\", quickly", "",
      List.of("diplomatic-missions"), "RUS", "proposal.proposed", 0.9);

  @Test
  void jsonHasTheIssueShapeInOrder() throws Exception {
    String json = CommitmentRenderer.render(List.of(TrackedCommitment.fresh(C, "m", LocalDate.of(2021, 12, 7))),
        CommitmentFormat.JSON);
    JsonNode c = new ObjectMapper().readTree(json).get("commitments").get(0);
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).startsWith("id", "statement", "sentence", "start", "end", "text", "kind", "actors", "addressees",
        "speakers", "speakerChain", "action", "condition", "topics", "reportedBy", "status", "history");
    assertThat(c.get("kind").asText()).isEqualTo("proposal");
    assertThat(c.get("history").get(0).get("evidence").get("statement").asText()).isEqualTo("s:1");
    assertThat(c.get("history").get(0).get("by").asText()).isEqualTo("auto");
    assertThat(c.get("status").asText()).isEqualTo("open");
  }

  @Test
  void csvQuotesCommasAndQuotes() {
    String csv = CommitmentRenderer.render(List.of(TrackedCommitment.fresh(C, "m", null)), CommitmentFormat.CSV);
    assertThat(csv.split("\r\n")).hasSize(2);
    assertThat(csv).contains("\"a \"\"reset\"\", quickly\"");
  }

  @Test
  void markdownEscapesPipes() {
    Commitment piped = new Commitment("x#0.1", "x", 0, 0, 5, "a | b", CommitmentKind.HOPE, false, false, List.of("USA"),
        List.of(), List.of(), "a | b", "", List.of(), "USA", "hope.hoped", 0.75);
    String md = CommitmentRenderer.render(List.of(TrackedCommitment.fresh(piped, "", null)), CommitmentFormat.MD);
    assertThat(md).contains("a \\| b").startsWith("| id | kind |");
  }

  /** A conditional refrain pledge (hand-written): its negation and condition reach every format. */
  static final Commitment REFRAIN = new Commitment("s:2#1.1", "s:2", 1, 0, 70,
      "Canada has no plans to base fighter jets on the island unless the talks collapse", CommitmentKind.PLEDGE, false,
      true, List.of("CAN"), List.of(), List.of(), "base fighter jets on the island", "unless the talks collapse",
      List.of(), "CAN", "pledge.refrain.no-intention", 0.9);

  @Test
  void negationAndConditionTravelToJsonMarkdownAndCsv() throws Exception {
    List<TrackedCommitment> ts = List.of(TrackedCommitment.fresh(REFRAIN, "m", null));
    JsonNode c = new ObjectMapper().readTree(CommitmentRenderer.render(ts, CommitmentFormat.JSON)).get("commitments")
        .get(0);
    assertThat(c.get("refrain").asBoolean()).isTrue();
    assertThat(c.get("negated").asBoolean()).isFalse();
    assertThat(c.get("condition").asText()).isEqualTo("unless the talks collapse");
    String md = CommitmentRenderer.render(ts, CommitmentFormat.MD);
    assertThat(md).contains("pledge (refrain)").contains("| not base fighter jets on the island |")
        .contains("| unless the talks collapse |");
    String[] csv = CommitmentRenderer.render(ts, CommitmentFormat.CSV).split("\r\n");
    List<String> header = List.of(csv[0].split(","));
    List<String> row = List.of(csv[1].split(","));
    assertThat(row.get(header.indexOf("refrain"))).isEqualTo("true");
    assertThat(row.get(header.indexOf("condition"))).isEqualTo("unless the talks collapse");
  }

  @Test
  void atomicWriteReplacesTheFileAndLeavesNoTemp(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.json");
    AtomicFiles.write(out, "one");
    AtomicFiles.write(out, "two");
    assertThat(Files.readString(out)).isEqualTo("two");
    try (var s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(out);
    }
  }

  @Test
  void unknownFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> CommitmentFormat.parse("xml")).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("json, md, csv");
  }
}

package org.readout.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.report.AtomicFiles;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.compare.Comparison;
import org.readout.commitments.TrackedCommitment;
import org.readout.model.AnalyzedStatement;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

class CompareRenderersTest {
  static AnalyzedStatement statement(String id, String side, String title, String text) {
    StatementMeta meta = new StatementMeta(id, title, LocalDate.of(2022, 1, 2), "Pub \"" + side + "\", Inc", side, "readout",
        "m", "", "", "");
    return Readout.standard().analyze(Statement.of(meta, text, id));
  }

  static final Comparison HOSTILE = Readout.standard().compare(List.of(
      statement("evil", "RU", "<b>Title</b>", "The leaders discussed Ukraine. <script>alert('x')</script> was posted on the embassy site."),
      statement("good", "US", "Plain, \"quoted\" title", "The presidents discussed Ukraine and sanctions.")));

  /** Hand-written readouts with a paired agreement, reported speech, a dated event and markup in every layer. */
  static final Comparison LAYERED = Readout.standard().compare(List.of(
      statement("alpha", "US", "Alpha", "President Biden spoke with President Putin of Russia. "
          + "The two presidents tasked their teams to follow up on <b>cyber</b> matters. "
          + "President Biden said that the <script>x</script> sanctions would follow. "
          + "The leaders recalled the 2015 Minsk agreements."),
      statement("beta", "RU", "Beta", "Vladimir Putin had a conversation with US President Joseph Biden. "
          + "The two leaders agreed to instruct their representatives to hold consultations on <b>cyber</b> matters. "
          + "Vladimir Putin stressed that Russia <i>never</i> threatened anyone.")));

  @Test
  void layersAreRenderedInEveryFormatAndEscapedInHtml() throws Exception {
    assertThat(LAYERED.commitmentPairs()).isNotEmpty();
    assertThat(LAYERED.events()).isNotEmpty();
    assertThat(LAYERED.quoted()).allSatisfy(q -> assertThat(q.speakers()).isNotEmpty());
    String html = CompareHtml.render(LAYERED);
    assertThat(html).contains("<h2>Who is quoted</h2>", "<h2>Commitments</h2>", "<h2>Timeline</h2>")
        .contains("&lt;b&gt;cyber&lt;/b&gt;").doesNotContain("<b>cyber", "<i>never", "<script>x");
    assertThat(html.split("<script>", -1)).hasSize(2);
    String md = CompareMarkdown.render(LAYERED);
    assertThat(md).contains("## Who is quoted", "## Commitments", "## Timeline", "Reported by both sides")
        .doesNotContain("<b>cyber", "<script>");
    JsonNode root = new ObjectMapper().readTree(CompareJson.render(LAYERED));
    assertThat(root.get("commitmentPairs").get(0).get("kind").asText()).isEqualTo("agreement");
    assertThat(root.get("statements").get(0).get("commitments").size()).isPositive();
  }

  @Test
  void aCommitmentHasOneJsonShapeInCompareAndInCommitments() throws Exception {
    ObjectMapper om = new ObjectMapper();
    JsonNode compare = om.readTree(CompareJson.render(LAYERED));
    for (JsonNode st : compare.get("statements")) {
      String id = st.get("id").asText();
      List<TrackedCommitment> fresh = LAYERED.commitmentsOf(id).stream()
          .map(k -> TrackedCommitment.fresh(k, "m", LocalDate.of(2022, 1, 2))).toList();
      JsonNode alone = om.readTree(CommitmentRenderer.render(fresh, CommitmentFormat.JSON)).get("commitments");
      assertThat(st.get("commitments")).as(id).isNotEmpty().isEqualTo(alone);
    }
  }

  @Test
  void layerFieldsCarryWhatTheSchemaRequires() throws Exception {
    ObjectMapper om = new ObjectMapper();
    JsonNode schema = om.readTree(Path.of("..", "docs", "schema", "compare.schema.json").toFile());
    JsonNode root = om.readTree(CompareJson.render(LAYERED));
    JsonNode props = schema.get("properties");
    JsonNode defs = schema.get("$defs");
    requireAll(schema, root);
    JsonNode statement = props.get("statements").get("items");
    for (JsonNode s : root.get("statements")) {
      requireAll(statement, s);
      for (JsonNode k : s.get("commitments")) {
        requireAll(defs.get("commitment"), k);
        assertThat(defs.get("kind").get("enum").toString()).contains(k.get("kind").asText());
        for (JsonNode v : k.get("speakerChain")) {
          requireAll(defs.get("speakerLink"), v);
        }
        for (JsonNode h : k.get("history")) {
          requireAll(defs.get("historyEntry"), h);
        }
      }
      for (JsonNode sp : s.get("speakers")) {
        requireAll(defs.get("speakerShare"), sp);
      }
    }
    for (JsonNode p : root.get("commitmentPairs")) {
      requireAll(props.get("commitmentPairs").get("items"), p);
      requireAll(defs.get("commitmentRef"), p.get("a"));
      requireAll(defs.get("commitmentRef"), p.get("b"));
    }
    for (JsonNode q : root.get("quoted")) {
      requireAll(props.get("quoted").get("items"), q);
    }
    for (JsonNode e : root.get("events")) {
      requireAll(props.get("events").get("items"), e);
      requireAll(defs.get("sentenceRef"), e.get("evidence").get(0));
    }
    String types = props.get("findings").get("items").get("properties").get("type").get("enum").toString();
    boolean withSpeakers = false;
    for (JsonNode f : root.get("findings")) {
      assertThat(types).contains("\"" + f.get("type").asText() + "\"");
      requireAll(props.get("findings").get("items"), f);
      for (JsonNode e : f.get("evidence")) {
        if (e.has("speakers")) {
          withSpeakers = true;
          e.get("speakers").forEach(v -> requireAll(defs.get("voice"), v));
        }
      }
    }
    assertThat(withSpeakers).isTrue();
    assertThat(types).contains("commitment-match", "firmness-difference");
  }

  @Test
  void htmlEscapesStatementTextAndIsSelfContained() {
    String html = CompareHtml.render(HOSTILE);
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).doesNotContain("<script>alert");
    assertThat(html).contains("&lt;b&gt;Title&lt;/b&gt;").doesNotContain("<b>Title</b>");
    // exactly one script element: our own inline one
    assertThat(html.split("<script>", -1)).hasSize(2);
    assertThat(html).doesNotContain("http://", "https://", "<link", "src=");
    assertThat(html).contains("data-topics=\"ukraine sanctions\"").contains("class=\"cell\"");
  }

  @Test
  void csvIsTheCoverageMatrixWithRfc4180Quoting() {
    String csv = CompareCsv.render(HOSTILE);
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("topic,label,evil:level,evil:sentences,evil:words,evil:share,evil:first,"
        + "good:level,good:sentences,good:words,good:share,good:first");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ukraine,Ukraine,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("human-rights,Human rights and democracy,absent"));
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(lines).hasSize(HOSTILE.topics().size() + 2);
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode root = new ObjectMapper().readTree(CompareJson.render(HOSTILE));
    JsonNode st = root.get("statements").get(0);
    assertThat(st.get("id").asText()).isEqualTo("evil");
    for (String f : List.of("id", "side", "publisher", "title", "date", "kind", "words", "sentences")) {
      assertThat(st.has(f)).as(f).isTrue();
    }
    JsonNode s0 = st.get("sentences").get(0);
    assertThat(s0.get("topics").get(0).asText()).isEqualTo("ukraine");
    assertThat(List.of("index", "start", "end", "text")).allSatisfy(f -> assertThat(s0.has(f)).isTrue());
    JsonNode ukraine = root.get("topics").get(0);
    assertThat(ukraine.get("id").asText()).isEqualTo("ukraine");
    JsonNode cov = ukraine.get("coverage").get("good");
    assertThat(List.of("level", "sentences", "words", "share", "firstSentence")).allSatisfy(f -> assertThat(cov.has(f)).isTrue());
    assertThat(root.get("findings").get(0).get("evidence").get(0).has("sentence")).isTrue();
    assertThat(root.has("alignments")).isTrue();
  }

  @Test
  void jsonCarriesEveryFieldTheSchemaRequires() throws Exception {
    ObjectMapper om = new ObjectMapper();
    JsonNode schema = om.readTree(Path.of("..", "docs", "schema", "compare.schema.json").toFile());
    JsonNode root = om.readTree(CompareJson.render(HOSTILE));
    requireAll(schema, root);
    JsonNode props = schema.get("properties");
    JsonNode statement = props.get("statements").get("items");
    requireAll(statement, root.get("statements").get(0));
    requireAll(statement.get("properties").get("sentences").get("items"), root.get("statements").get(0).get("sentences").get(0));
    requireAll(props.get("topics").get("items"), root.get("topics").get(0));
    requireAll(props.get("topics").get("items").get("properties").get("coverage").get("additionalProperties"),
        root.get("topics").get(0).get("coverage").get("evil"));
    requireAll(props.get("findings").get("items"), root.get("findings").get(0));
    assertThat(props.get("findings").get("items").get("properties").get("type").get("enum").toString())
        .contains(root.get("findings").get(0).get("type").asText());
  }

  private static void requireAll(JsonNode schema, JsonNode value) {
    for (JsonNode r : schema.get("required")) {
      assertThat(value.has(r.asText())).as("field " + r.asText()).isTrue();
    }
  }

  @Test
  void markdownIsABriefWithFindingsAndMatrix() {
    String md = CompareMarkdown.render(HOSTILE);
    assertThat(md).startsWith("# Comparison of 2 statements").contains("## Findings").contains("## Coverage matrix")
        .contains("| Ukraine |").contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void formatsParseAndRejectUnknown() {
    assertThat(CompareFormat.parse("MD")).isEqualTo(CompareFormat.MD);
    assertThatThrownBy(() -> CompareFormat.parse("pdf")).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("json, md, html, csv");
  }

  @Test
  void atomicWriteReplacesTheFileAndLeavesNoTemp(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/report.json");
    AtomicFiles.write(out, "one");
    AtomicFiles.write(out, "two");
    assertThat(Files.readString(out)).isEqualTo("two");
    try (var files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.json");
    }
  }
}

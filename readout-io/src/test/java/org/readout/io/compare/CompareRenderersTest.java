package org.readout.io.compare;

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
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.compare.Comparer;
import org.readout.compare.Comparison;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

class CompareRenderersTest {
  static AnalyzedStatement statement(String id, String side, String title, String text) {
    StatementMeta meta = new StatementMeta(id, title, LocalDate.of(2022, 1, 2), "Pub \"" + side + "\", Inc", side, "readout",
        "m", "", "", "");
    return Readout.standard().analyze(Statement.of(meta, text, id));
  }

  static final Comparison HOSTILE = Comparer.standard().compare(List.of(
      statement("evil", "RU", "<b>Title</b>", "The leaders discussed Ukraine. <script>alert('x')</script> was posted on the embassy site."),
      statement("good", "US", "Plain, \"quoted\" title", "The presidents discussed Ukraine and sanctions.")));

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
    assertThat(CompareCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CompareCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CompareCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CompareCsv.field("plain")).isEqualTo("plain");
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

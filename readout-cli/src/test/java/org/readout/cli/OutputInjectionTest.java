package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, items 6 and 7: statement text and metadata are data, never spreadsheet formulas (CSV) or
 * markup (Markdown), in every command that prints them.
 */
class OutputInjectionTest {
  private static final String HOSTILE = "\"><img src=x onerror=alert(1)>";

  @TempDir
  Path dir;

  /** A statement whose title, publisher, first sentence and quoted words all start with {@code lead}. */
  private Path statement(String name, String lead) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: \"" + lead + "SUM(A1)\"\ndate: 2021-12-07\npublisher: \"" + lead
        + "cmd\"\nside: US\nkind: readout\nmeeting: \"" + lead + "meeting\"\n---\n" + lead
        + "The two leaders agreed to continue talks.\n\nPresident Biden said: \"" + lead
        + "SUM(1+1) is what we will pay.\"\n");
    return p;
  }

  private static List<CSVRecord> csv(CliRun r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.out()))) {
      return parser.getRecords();
    }
  }

  private static void noCellStartsAFormula(List<CSVRecord> records, String lead) {
    assertThat(records).isNotEmpty();
    List<String> cells = new ArrayList<>();
    records.forEach(rec -> rec.forEach(cells::add));
    assertThat(cells).allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+")
        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
    // the text itself is kept, behind the quote that makes a spreadsheet read it as text
    assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("'" + lead));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@"})
  void listCsvCellsNeverStartAFormula(String lead) throws Exception {
    String db = dir.resolve("ws.db").toString();
    Path f = statement("a.md", lead);
    assertThat(CliRun.of("ingest", f.toString(), "--db", db).exit()).isZero();
    List<CSVRecord> rows = csv(CliRun.of("list", "--format", "csv", "--db", db));
    noCellStartsAFormula(rows, lead);
    assertThat(rows.get(0).get("title")).isEqualTo("'" + lead + "SUM(A1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@"})
  void commitmentsCsvCellsNeverStartAFormula(String lead) throws Exception {
    List<CSVRecord> rows = csv(CliRun.of("commitments", statement("a.md", lead).toString(), "--format", "csv"));
    noCellStartsAFormula(rows, lead);
    assertThat(rows.get(0).get("text")).isEqualTo("'" + lead + "The two leaders agreed to continue talks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@"})
  void attributionsCsvCellsNeverStartAFormula(String lead) throws Exception {
    List<CSVRecord> rows = csv(CliRun.of("attributions", statement("a.md", lead).toString(), "--format", "csv"));
    noCellStartsAFormula(rows, lead);
    assertThat(rows).anySatisfy(r -> assertThat(r.get("content")).isEqualTo("'" + lead + "SUM(1+1) is what we will pay."));
  }

  private Path hostileStatement() throws Exception {
    Path p = dir.resolve("in").resolve("evil.md");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: '" + HOSTILE + " <b>title</b>'\ndate: 2021-12-07\npublisher: '" + HOSTILE
        + "'\nside: US\nkind: readout\nmeeting: 2021-12-07-test\n---\nPresident Biden told President Putin that the "
        + "United States will impose strong economic measures in the event of military escalation.\n");
    return p;
  }

  private static void noRawHtml(CliRun r) {
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("| id | kind |")
        .doesNotContain("<img", "<b>", "<")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void commitmentsMarkdownEscapesAHostilePublisher() throws Exception {
    noRawHtml(CliRun.of("commitments", hostileStatement().toString(), "--format", "md"));
  }

  @Test
  void commitmentsListMarkdownEscapesAHostilePublisher() throws Exception {
    String db = dir.resolve("ws.db").toString();
    assertThat(CliRun.of("ingest", hostileStatement().toString(), "--db", db).exit()).isZero();
    noRawHtml(CliRun.of("commitments", "list", "--format", "md", "--db", db));
  }
}

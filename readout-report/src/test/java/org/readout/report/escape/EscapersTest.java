package org.readout.report.escape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One escaper per format: what each one turns hostile text into. */
class EscapersTest {
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  @Test
  void htmlEscapesMarkupAndBothQuotes() {
    assertThat(HtmlEscaper.escape(IMG + " & 'x'")).isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39;");
    assertThat(HtmlEscaper.escape("Kiev’s “plan” — é")).isEqualTo("Kiev’s “plan” — é");
    assertThat(HtmlEscaper.escape(null)).isEmpty();
  }

  @Test
  void markdownNeverPassesHtmlThrough() {
    assertThat(MarkdownEscaper.escape(IMG)).isEqualTo("\"&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(MarkdownEscaper.escape("&lt;b&gt; stays text")).isEqualTo("&amp;lt;b&amp;gt; stays text");
  }

  @Test
  void markdownEscapesControlCharactersAndLineBreaks() {
    assertThat(MarkdownEscaper.escape("*a* _b_ `c` [d](javascript:x) ~~e~~ f|g \\h"))
        .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](javascript:x) \\~\\~e\\~\\~ f\\|g \\\\h");
    assertThat(MarkdownEscaper.escape("one\ntwo\r\nthree")).isEqualTo("one two  three");
    assertThat(MarkdownEscaper.escape("Kiev’s plan, 3.5% (2021)")).isEqualTo("Kiev’s plan, 3.5% (2021)");
  }

  @Test
  void markdownAutolinksOnlyPlainHttpUrls() {
    assertThat(MarkdownEscaper.autolink("https://example.org/a_b?x=1&y=2")).isEqualTo("<https://example.org/a_b?x=1&y=2>");
    assertThat(MarkdownEscaper.autolink("https://x/><img src=x onerror=alert(1)>"))
        .isEqualTo("https://x/&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(MarkdownEscaper.autolink("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
  }

  @Property(tries = 500)
  void markdownOutputHasNoRawTagOrLineBreak(@ForAll String s) {
    String e = MarkdownEscaper.escape(s);
    assertThat(e).doesNotContain("<", ">", "\n", "\r");
    assertThat(e.replace("\\|", "")).doesNotContain("|");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
  void csvCellThatWouldStartAFormulaGetsAQuotePrefix(String lead) throws Exception {
    String csv = new CsvWriter("a", "b").row(lead + "HYPERLINK(\"http://x\")", "ok").toString();
    CSVRecord r = parse(csv).get(0);
    assertThat(r.get("a")).isEqualTo("'" + lead + "HYPERLINK(\"http://x\")");
    assertThat(r.get("b")).isEqualTo("ok");
  }

  @Test
  void csvQuotesLikeRfc4180() {
    String csv = new CsvWriter("id", "text").row("a,b", "say \"hi\"").row("two\nlines", "plain").row(null, 3).toString();
    assertThat(csv).isEqualTo("id,text\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",plain\r\n\"\",3\r\n");
    assertThat(CsvWriter.cell("safe = text")).isEqualTo("safe = text");
    assertThat(CsvWriter.cell("")).isEmpty();
  }

  @Property(tries = 500)
  void csvRoundTripsEveryCellBehindTheGuard(@ForAll String a, @ForAll String b) throws Exception {
    CSVRecord r = parse(new CsvWriter("a", "b").row(a, b).toString()).get(0);
    assertThat(r.get("a")).isEqualTo(CsvWriter.cell(a));
    assertThat(r.get("b")).isEqualTo(CsvWriter.cell(b));
    assertThat(r.get("a")).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
  }

  @Test
  void jsonIsPrettyOrderedAndEndsWithANewline() throws Exception {
    var o = JsonWriter.object();
    o.put("z", IMG);
    o.put("a", 1);
    String json = JsonWriter.write(o);
    assertThat(json).isEqualTo("{\n  \"z\" : \"\\\"><img src=x onerror=alert(1)>\",\n  \"a\" : 1\n}\n");
    assertThat(new ObjectMapper().readTree(json).get("z").asText()).isEqualTo(IMG);
    assertThat(JsonWriter.write(Map.of("k", List.of()))).isEqualTo("{\n  \"k\" : [ ]\n}\n");
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    try (var p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
      return p.getRecords();
    }
  }
}

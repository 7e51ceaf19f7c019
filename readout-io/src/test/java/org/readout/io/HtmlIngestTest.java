package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.Statement;

/** HTML pages: main text only, title and date from the page, flags for what the page lacks. */
class HtmlIngestTest {
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head>
        <meta charset="utf-8">
        <title>Readout of the Ministers' Call | Ministry of Foreign Affairs</title>
        <meta property="og:title" content="Readout of the Ministers’ Call">
        <meta property="og:site_name" content="Ministry of Foreign Affairs">
        <meta property="article:published_time" content="2024-02-14T17:30:00+00:00">
        <script>var tracking = "do not include";</script>
        <style>body { color: red }</style>
      </head><body>
        <header class="site-header"><a href="/">Home</a> Site banner text</header>
        <nav><ul><li><a href="/news">News menu item</a></li></ul></nav>
        <div class="cookie-banner">We use cookies.</div>
        <main>
          <h1>Readout of the Ministers’ Call</h1>
          <p class="date"><time datetime="2024-02-13">February 13, 2024</time></p>
          <p>The Minister spoke today with
             her counterpart about the ceasefire.</p>
          <p>Both ministers agreed to meet in Vienna&nbsp;next month. The Minister said “we will
             continue”.</p>
          <ul><li>First point agreed.</li><li>Second point agreed.</li></ul>
          <aside>Related: other readouts</aside>
          <div class="share-buttons">Share on social media</div>
        </main>
        <footer>Copyright footer text</footer>
      </body></html>
      """;

  @TempDir
  Path dir;

  @Test
  void extractsMainTextTitleAndDate() throws IOException {
    Path p = dir.resolve("ministers-call.html");
    Files.writeString(p, PAGE);
    IngestOptions opts = IngestOptions.defaults().withMetadata("us", null, null, null, "readout", "m-1");
    Statement st = Ingest.readSources(List.of(p.toString()), opts).get(0);
    assertThat(st.id()).isEqualTo("ministers-call");
    assertThat(st.meta().title()).isEqualTo("Readout of the Ministers’ Call");
    assertThat(st.meta().date()).isEqualTo(LocalDate.of(2024, 2, 14));
    assertThat(st.meta().publisher()).isEqualTo("Ministry of Foreign Affairs");
    assertThat(st.meta().side()).isEqualTo("US");
    assertThat(st.meta().kind()).isEqualTo("readout");
    assertThat(st.meta().meeting()).isEqualTo("m-1");
    assertThat(st.text().split("\n\n")).containsExactly("February 13, 2024",
        "The Minister spoke today with her counterpart about the ceasefire.",
        "Both ministers agreed to meet in Vienna next month. The Minister said “we will continue”.",
        "First point agreed.", "Second point agreed.");
    assertThat(st.text()).doesNotContain("tracking", "banner", "menu", "cookies", "Related", "Share", "Copyright");
  }

  @Test
  void keepsContentInsideAPageWideFormAndABoilerplateLookingWrapper() throws IOException {
    Path p = dir.resolve("aspnet.html");
    Files.writeString(p, "<html><body><form id=\"aspnetForm\"><div class=\"layout has-sidebar\"><nav>Menu</nav>"
        + "<div class=\"content\"><p>The envoy met the minister.</p></div><div class=\"sidebar\">Latest news</div>"
        + "<input type=\"submit\" value=\"Search\"></div></form></body></html>");
    assertThat(Ingest.read(p).get(0).text()).isEqualTo("The envoy met the minister.");
  }

  @Test
  void usesTitleTagAndTimeElementWhenMetaTagsAreMissing() throws IOException {
    Path p = dir.resolve("bare.htm");
    Files.writeString(p, "<html><head><title>Joint Statement</title></head><body><article><time datetime=\"2023-11-15\">"
        + "</time><p>The two sides issued a joint statement.</p></article></body></html>");
    Statement st = Ingest.read(p).get(0);
    assertThat(st.meta().title()).isEqualTo("Joint Statement");
    assertThat(st.meta().date()).isEqualTo(LocalDate.of(2023, 11, 15));
    assertThat(st.text()).isEqualTo("The two sides issued a joint statement.");
    assertThat(Ingest.read(p)).containsExactly(st);
  }
}

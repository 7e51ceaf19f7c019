package org.readout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;

/**
 * The server on a real SQLite workspace holding hostile hand-written statements: every page escapes
 * statement text, {@code javascript:} source URLs never become links, security headers and CSRF hold,
 * errors are pages with the right status and no stack trace, and the API mirrors the CLI's JSON.
 */
class WebServerTest {
  @TempDir
  static Path dir;
  static WebFixture fx;
  static String meetingId;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    fx = WebFixture.start(dir, List.of(HostileFixtures.meeting(dir)));
    JsonNode meetings = JSON.readTree(fx.get("/api/meetings").body()).get("meetings");
    assertThat(meetings).as("the two hostile readouts form one meeting").hasSize(1);
    meetingId = meetings.get(0).get("id").asText();
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * No hostile markup survives as markup in {@code html}, parsed as a browser would (jsoup): no script
   * but the page's own two files, no image, no event-handler attribute, no {@code javascript:} link.
   */
  static void assertEscaped(String html) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    assertThat(doc.select("script").eachAttr("src")).as("scripts")
        .allMatch(s -> s.equals("/static/readout.js") || s.startsWith("/webjars/htmx.org/"));
    assertThat(doc.select("script").stream().filter(s -> !s.hasAttr("src")).toList()).as("inline scripts").isEmpty();
    assertThat(doc.select("img")).as("images").isEmpty();
    for (org.jsoup.nodes.Element e : doc.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("hx-get")) {
          assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).as("%s of <%s>", a.getKey(), e.tagName())
              .doesNotStartWith("javascript:").doesNotStartWith("data:");
        }
      }
    }
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
  }

  @Test
  void listensOnLoopbackAndSaysWhere() {
    assertThat(fx.web.url()).isEqualTo("http://127.0.0.1:" + fx.web.port() + "/");
    assertThat(fx.web.port()).isPositive();
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicy() {
    HttpResponse<String> r = fx.get("/meetings");
    assertThat(r.statusCode()).isEqualTo(200);
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe-inline");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void meetingsListEscapesTitles() {
    String html = fx.get("/meetings").body();
    assertEscaped(html);
    assertThat(html).containsAnyOf("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(2)&gt;").contains(meetingId);
  }

  @Test
  void meetingPageEscapesEveryStatementAndDrawsTheHeatmap() {
    HttpResponse<String> r = fx.get("/meeting?id=" + q(meetingId));
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertEscaped(html);
    assertThat(html).contains("<svg").contains("class=\"heatmap\"").contains("/meeting/evidence?id=")
        .contains("&lt;img src=x onerror=alert(2)&gt;");
    assertThat(html).as("two statements side by side").containsPattern("(?s)<article class=\"statement\">.*<article class=\"statement\">");
  }

  @Test
  void meetingPageShowsTheCoreBriefAndTypesPairsByTheirFindings() throws Exception {
    String html = fx.get("/meeting?id=" + q(meetingId)).body();
    assertThat(html).containsPattern("<p class=\"headline\">[^<]+</p>");
    JsonNode cmp = JSON.readTree(fx.get("/api/meetings/compare?id=" + q(meetingId)).body());
    java.util.Set<String> pairTypes = new java.util.HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"pair pair-([a-z-]+)\"").matcher(html);
    while (m.find()) {
      pairTypes.add(m.group(1));
    }
    assertThat(pairTypes).isSubsetOf("aligned", "mirror", "contrast", "convergence");
    for (JsonNode f : cmp.get("findings")) {
      String type = f.get("type").asText();
      if (Brief.PAIR_TYPES.contains(type)) {
        assertThat(pairTypes).as("a %s finding links its pair", type).contains(type);
      }
    }
  }

  @Test
  void meetingsListShowsTheOutcomeOfAComparedMeeting() {
    String page = fx.get("/meeting?id=" + q(meetingId)).body(); // compares the meeting (then cached)
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"headline\">([^<]+)</p>").matcher(page);
    assertThat(m.find()).isTrue();
    String list = fx.get("/meetings").body();
    assertEscaped(list);
    assertThat(list).contains("<td class=\"outcome\">" + m.group(1) + "</td>");
  }

  @Test
  void statementPageShowsAJavascriptUrlAsTextNotALink() {
    String id = fx.get("/api/statements").body().contains("2031-03-04-call/us-readout") ? "2031-03-04-call/us-readout" : null;
    assertThat(id).isNotNull();
    String html = fx.get("/statement?id=" + q(id)).body();
    assertEscaped(html);
    assertThat(html).contains("<span class=\"url\">javascript:alert(3)</span>");
    String ru = fx.get("/statement?id=" + q("2031-03-04-call/ru-readout")).body();
    assertThat(ru).as("an https URL is a link, its & and <> escaped")
        .contains("href=\"https://example.org/ru?a=1&amp;b=2\"");
  }

  @Test
  void evidenceOfAHeatmapCellListsItsSentences() throws Exception {
    JsonNode cmp = JSON.readTree(fx.get("/api/meetings/compare?id=" + q(meetingId)).body());
    assertThat(cmp.has("findings")).isTrue();
    String html = fx.get("/meeting?id=" + q(meetingId)).body();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/meeting/evidence\\?[^\"]+)\"").matcher(html);
    boolean sawSentence = false;
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&");
      HttpResponse<String> ev = fx.get(href + "&fragment=1");
      assertThat(ev.statusCode()).isEqualTo(200);
      assertEscaped(ev.body());
      sawSentence |= ev.body().contains("class=\"evidence-item\"");
    }
    assertThat(sawSentence).as("at least one covered cell lists its evidence sentences").isTrue();
  }

  @Test
  void postWithoutCsrfTokenIsRefusedWithAPage() {
    HttpResponse<String> r = fx.postForm("/commitments/undo", "id=x");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("CSRF").doesNotContain("at org.").doesNotContain("Exception");
  }

  @Test
  void unknownThingsAre404PagesWithoutStackTraces() {
    HttpResponse<String> page = fx.get("/no-such-page");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("id=\"error-message\"").doesNotContain("at io.javalin");
    HttpResponse<String> meeting = fx.get("/meeting?id=" + q("<b>nope</b>"));
    assertThat(meeting.statusCode()).isEqualTo(404);
    assertThat(meeting.body()).contains("no meeting '&lt;b&gt;nope&lt;/b&gt;'");
    HttpResponse<String> api = fx.get("/api/meetings/compare?id=nope");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(api.body()).contains("\"error\"");
  }

  @Test
  void badInputIsA400WithTheReason() {
    HttpResponse<String> r = fx.get("/meetings?from=yesterday");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(org.jsoup.Jsoup.parse(r.body()).select("#error-message").text())
        .isEqualTo("from: 'yesterday' is not an ISO date (YYYY-MM-DD)");
  }

  @Test
  void apiMirrorsTheCliListAndIsDocumented() throws Exception {
    JsonNode list = JSON.readTree(fx.get("/api/statements").body());
    assertThat(list).hasSize(2);
    assertThat(list.get(0).fieldNames()).toIterable().contains("id", "side", "date", "kind", "title", "sha256", "sentences");
    String yaml = fx.get("/api/openapi.yaml").body();
    assertThat(yaml).startsWith("openapi: 3").contains("/api/meetings/compare").contains("/api/commitments");
  }

  /** List endpoints page ({@code offset}/{@code limit}, total in X-Total-Count) so a 15k-statement workspace is never one response. */
  @Test
  void apiListsArePaged() throws Exception {
    HttpResponse<String> first = fx.get("/api/statements?limit=1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("X-Total-Count")).hasValue("2");
    JsonNode one = JSON.readTree(first.body());
    JsonNode two = JSON.readTree(fx.get("/api/statements?offset=1&limit=1").body());
    assertThat(one).hasSize(1);
    assertThat(two).hasSize(1);
    assertThat(one.get(0).get("id").asText()).isNotEqualTo(two.get(0).get("id").asText());
    assertThat(JSON.readTree(fx.get("/api/statements?offset=5").body())).isEmpty();
    HttpResponse<String> meetings = fx.get("/api/meetings?limit=1");
    assertThat(JSON.readTree(meetings.body()).get("meetings")).hasSize(1);
    assertThat(Integer.parseInt(meetings.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(1);
    for (String bad : List.of("limit=0", "limit=20001", "offset=-1", "limit=ten")) {
      assertThat(fx.get("/api/statements?" + bad).statusCode()).as(bad).isEqualTo(400);
    }
  }

  /** Every view's export, in every format: the right type, a body that parses as that format, no live markup. */
  @Test
  void exportsInEveryFormat() throws Exception {
    for (String view : List.of("/meeting/export?id=" + q(meetingId) + "&", "/commitments/export?", "/meetings/export?",
        "/meeting/timeline/export?id=" + q(meetingId) + "&", "/statement/export?id=" + q("2031-03-04-call/us-readout") + "&")) {
      HttpResponse<String> json = fx.get(view + "format=json");
      assertThat(json.statusCode()).as(view + " json").isEqualTo(200);
      assertThat(json.headers().firstValue("Content-Type").orElse("")).as(view).startsWith("application/json");
      assertThat(JSON.readTree(json.body()).size()).as(view + " json").isPositive();
      HttpResponse<String> csv = fx.get(view + "format=csv");
      assertThat(csv.statusCode()).as(view + " csv").isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).as(view).startsWith("text/csv");
      List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
          .setSkipHeaderRecord(true).build().parse(new java.io.StringReader(csv.body())).getRecords();
      assertThat(rows).as(view + " csv rows").isNotEmpty();
      HttpResponse<String> md = fx.get(view + "format=md");
      assertThat(md.statusCode()).as(view + " md").isEqualTo(200);
      assertThat(md.headers().firstValue("Content-Type").orElse("")).as(view).startsWith("text/markdown");
      assertThat(md.body().charAt(0)).as(view + " md: a heading or a table").isIn('#', '|');
      assertThat(md.body()).as(view + " md").doesNotContain(HostileFixtures.SCRIPT).doesNotContain(HostileFixtures.IMG);
    }
  }

  @Test
  void meetingsListExportsWhatTheFiltersSelect() throws Exception {
    String page = fx.get("/meetings?side=RU").body();
    assertThat(page).contains("/meetings/export?side=RU&amp;format=csv");
    JsonNode all = JSON.readTree(fx.get("/meetings/export?format=json").body());
    assertThat(all.get("format").asText()).isEqualTo("readout-meetings/1");
    assertThat(all.get("meetings")).singleElement().satisfies(m -> assertThat(m.get("id").asText()).isEqualTo(meetingId));
    assertThat(JSON.readTree(fx.get("/meetings/export?format=json&side=XX").body()).get("meetings")).isEmpty();
    String csv = fx.get("/meetings/export?format=csv&side=RU").body();
    assertThat(csv).startsWith("meeting,meeting_date,mode,participants,sides,statement,role,primary,side,date,title,reason\r\n");
    assertThat(csv.split("\r\n")).as("header + one row per member statement").hasSize(3);
    assertThat(fx.get("/meetings/export?format=md").body()).contains("| " + "2031-03-04 |").contains(meetingId)
        .contains("&lt;script&gt;");
    HttpResponse<String> bad = fx.get("/meetings/export?format=xls");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("unknown format");
    assertThat(fx.get("/meetings?page=0").statusCode()).as("pages count from 1").isEqualTo(400);
    assertThat(fx.get("/meetings?page=99").statusCode()).as("a page past the end shows the last").isEqualTo(200);
  }

  @Test
  void meetingPageListsFurtherReadingOrSaysWhyNot() {
    String html = fx.get("/meeting?id=" + q(meetingId)).body();
    org.jsoup.nodes.Element related = org.jsoup.Jsoup.parse(html).getElementById("related");
    assertThat(related).as("the further-reading section").isNotNull();
    assertThat(related.text()).contains("Further reading").contains("readout index");
  }

  @Test
  void uploadsAboveTheLimitAreRefusedAndStoreNothing(@TempDir Path other) throws Exception {
    try (WebFixture small = WebFixture.start(other, List.of(), WebOptions.local(other.resolve("ws.db"), 0).withMaxUpload(2048))) {
      String page = small.get("/ingest").body();
      String csrf = WebFixture.csrf(page);
      String boundary = "----readout" + System.nanoTime();
      String big = "---\ntitle: Big\ndate: 2031-01-01\nside: US\n---\n" + "Words go here. ".repeat(1000);
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.md\"\r\n"
          + "Content-Type: text/markdown\r\n\r\n" + big + "\r\n--" + boundary + "--\r\n";
      HttpResponse<String> r = small.send(HttpRequest.newBuilder(URI.create(small.base() + "/ingest"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).doesNotContain("at org.").doesNotContain("at io.");
      assertThat(small.get("/api/statements").body().strip()).isEqualTo("[ ]");
    }
  }

  @Test
  void urlIngestKeepsThePrivateAddressGuard() {
    String csrf = WebFixture.csrf(fx.get("/ingest").body());
    String boundary = "----readout" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n" + fx.base() + "/api/statements\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<String> r = fx.send(HttpRequest.newBuilder(URI.create(fx.base() + "/ingest"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(org.jsoup.Jsoup.parse(r.body()).select("#error-message").text()).contains("127.0.0.1");
  }

  @Test
  void listeningBeyondLoopbackNeedsAToken() {
    assertThatThrownBy(() -> WebOptions.local(dir.resolve("x.db"), 0).withBind("0.0.0.0"))
        .isInstanceOf(ReadoutException.class).hasMessageContaining("needs --token");
    assertThat(WebOptions.local(dir.resolve("x.db"), 0).withToken("a-long-enough-token").withBind("0.0.0.0").bind())
        .isEqualTo("0.0.0.0");
    assertThat(Files.exists(dir.resolve("x.db"))).isFalse();
  }
}

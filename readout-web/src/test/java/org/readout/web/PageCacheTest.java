package org.readout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered pages are kept per request and workspace state: the same bytes with a strong ETag (304 on
 * If-None-Match), gzip only for a client that asks, every browser's own CSRF token in a cached form, a fresh page
 * after the workspace changes; and the meeting page shows the accounts compared with the others set aside.
 */
class PageCacheTest {
  @TempDir
  static Path dir;
  static WebFixture fx;
  static String meetingId;

  @BeforeAll
  static void start() throws Exception {
    Path folder = HostileFixtures.meeting(dir);
    FixtureFiles.write(folder, "us-briefing.md", """
        ---
        title: "Background Press Call by a Senior Administration Official on President Biden's Call with President Putin"
        date: 2031-03-04
        publisher: The White House
        side: US
        kind: briefing
        meeting: 2031-03-04-call
        ---
        SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone, for joining the call this afternoon.
        The President was direct with President Putin about arms control.
        """);
    fx = WebFixture.start(dir, List.of(folder));
    var meetings = WebServerTest.JSON.readTree(fx.get("/api/meetings").body()).get("meetings");
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).get("members")).as("the briefing is a member of the meeting: %s", meetings).hasSize(3);
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

  static HttpResponse<byte[]> raw(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.base() + path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theCsrfPlaceholderIsDrawnPerProcessAndEveryOccurrenceGetsTheToken() {
    assertThat(PageCache.CSRF_PLACEHOLDER).matches("RdtCsrf[A-Za-z]{20}");
    String page = "<form><input value=\"" + PageCache.CSRF_PLACEHOLDER + "\"></form>é<form><input value=\""
        + PageCache.CSRF_PLACEHOLDER + "\"></form>";
    PageCache.Entry e = new PageCache.Entry(1, page.getBytes(StandardCharsets.UTF_8), "text/html", java.util.Map.of());
    assertThat(e.hasCsrf).isTrue();
    assertThat(new String(e.withToken("tok123"), StandardCharsets.UTF_8))
        .isEqualTo(page.replace(PageCache.CSRF_PLACEHOLDER, "tok123"));
  }

  @Test
  void aRepeatedPageIsTheSameBytesWithAnETagAnd304WhenTheClientHasThem() throws Exception {
    HttpResponse<byte[]> first = raw("/meeting?id=" + q(meetingId));
    HttpResponse<byte[]> second = raw("/meeting?id=" + q(meetingId));
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(second.headers().firstValue("ETag")).contains(etag);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).doesNotContain("no-store").contains("no-cache");
    assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();
    HttpResponse<byte[]> again = raw("/meeting?id=" + q(meetingId), "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(raw("/meeting?id=" + q(meetingId), "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> api = raw("/api/meetings");
    assertThat(api.headers().firstValue("X-Total-Count")).as("the list's headers are kept with it").contains("1");
    assertThat(raw("/api/meetings").headers().firstValue("X-Total-Count")).contains("1");
  }

  @Test
  void gzipOnlyWhenTheClientAsksForIt() throws Exception {
    HttpResponse<byte[]> plain = raw("/meeting?id=" + q(meetingId));
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    HttpResponse<byte[]> gz = raw("/meeting?id=" + q(meetingId), "Accept-Encoding", "gzip, deflate");
    assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gz.body().length).isLessThan(plain.body().length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(raw("/meeting?id=" + q(meetingId), "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
        .isEmpty();
    HttpResponse<byte[]> js = raw("/webjars/htmx.org/2.0.4/dist/htmx.min.js", "Accept-Encoding", "gzip");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(raw("/static/readout.css").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(raw("/static/..%2Fopenapi.yaml").statusCode()).isEqualTo(404);
    assertThat(raw("/static/nothing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void aCachedFormCarriesEachBrowsersOwnCsrfToken() {
    WebFixture a = fx.newBrowser();
    WebFixture b = fx.newBrowser();
    String formA = a.get("/ingest").body();
    HttpResponse<String> pageB = b.get("/ingest");
    String tokenA = WebFixture.csrf(formA);
    String tokenB = WebFixture.csrf(pageB.body());
    assertThat(tokenA).isNotEqualTo(tokenB).doesNotContain(PageCache.CSRF_PLACEHOLDER);
    assertThat(pageB.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(Guard.CSRF_COOKIE + "=" + tokenB + ";"));
    assertThat(WebFixture.csrf(a.get("/ingest").body())).as("the same browser, the same token").isEqualTo(tokenA);
    assertThat(a.get("/ingest").headers().firstValue("ETag")).isNotEqualTo(pageB.headers().firstValue("ETag"));
  }

  @Test
  void theMeetingPageShowsTheAccountsComparedAndLinksTheStatementsSetAside() {
    String html = fx.get("/meeting?id=" + q(meetingId)).body();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    assertThat(doc.select("article.statement")).as("one account per side").hasSize(2);
    assertThat(doc.select("article.statement h3 a").eachAttr("href"))
        .containsExactlyInAnyOrder("/statement?id=2031-03-04-call%2Fus-readout", "/statement?id=2031-03-04-call%2Fru-readout");
    assertThat(doc.select("#set-aside li a").eachAttr("href")).containsExactly("/statement?id=2031-03-04-call%2Fus-briefing");
    assertThat(doc.select("#set-aside li").text()).contains("briefing");
    WebServerTest.assertEscaped(html);
  }

  @Test
  void aChangedWorkspaceGetsFreshPages(@TempDir Path other) throws Exception {
    try (WebFixture own = WebFixture.start(other, List.of(HostileFixtures.meeting(other)))) {
      String before = own.get("/api/statements").body();
      String etag = own.get("/api/statements").headers().firstValue("ETag").orElseThrow();
      String csrf = WebFixture.csrf(own.get("/ingest").body());
      String boundary = "----readout" + System.nanoTime();
      String text = "---\ntitle: A later statement\ndate: 2031-04-01\nside: US\n---\nThe talks in Geneva began today.\n";
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"later.md\"\r\n"
          + "Content-Type: text/markdown\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
      HttpResponse<String> r = own.send(HttpRequest.newBuilder(URI.create(own.base() + "/ingest"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      assertThat(r.statusCode()).isEqualTo(200);
      HttpResponse<String> after = own.get("/api/statements");
      assertThat(before).doesNotContain("A later statement");
      assertThat(after.body()).contains("A later statement");
      assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }
  }
}

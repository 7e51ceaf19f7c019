package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutException;
import org.readout.io.internal.UrlFetcher;
import org.readout.model.Statement;

/** http(s) sources against a real local server on port 0. */
class UrlIngestTest {
  private static final String MARKDOWN = "---\ntitle: \"Call readout\"\ndate: \"2024-06-01\"\nside: \"GB\"\n"
      + "kind: \"readout\"\n---\n\nThe Prime Minister spoke\nwith the Chancellor.\n";
  private static final String JSONL = "{\"id\":\"x:1\",\"title\":\"One\",\"date\":\"2024-01-02\",\"side\":\"FR\","
      + "\"text\":\"First record.\"}\n{\"id\":\"x:2\",\"title\":\"Two\",\"date\":\"2024-01-03\",\"side\":\"FR\","
      + "\"text\":\"Second record.\"}\n";

  private HttpServer server;
  private String base;
  private final IngestOptions local = IngestOptions.defaults().withAllowPrivate(true);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/page.html", ex -> send(ex, 200, "text/html; charset=utf-8", HtmlIngestTest.PAGE));
    server.createContext("/readout.md", ex -> send(ex, 200, "text/markdown", MARKDOWN));
    server.createContext("/feed.jsonl", ex -> send(ex, 200, "application/x-ndjson", JSONL));
    server.createContext("/image.png", ex -> send(ex, 200, "image/png", "\u0089PNG"));
    server.createContext("/big.txt", ex -> send(ex, 200, "text/plain", "word ".repeat(5000)));
    server.createContext("/missing", ex -> send(ex, 404, "text/plain", "not here"));
    server.createContext("/hop1", ex -> redirect(ex, "/hop2"));
    server.createContext("/hop2", ex -> redirect(ex, base + "/readout.md"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/ru.txt", ex -> {
      byte[] bytes = "Переговоры прошли в Женеве.".getBytes(java.nio.charset.Charset.forName("windows-1251"));
      ex.getResponseHeaders().set("Content-Type", "text/plain; charset=windows-1251");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static ReadoutException bad(Runnable r) {
    ReadoutException e = catchThrowableOfType(ReadoutException.class, r::run);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }

  @Test
  void fetchesAnHtmlPage() {
    Statement st = Ingest.readSources(List.of(base + "/page.html"), local.withMetadata("US", null, null, null, null, null))
        .get(0);
    assertThat(st.id()).isEqualTo("page");
    assertThat(st.source()).isEqualTo(base + "/page.html");
    assertThat(st.meta().url()).isEqualTo(base + "/page.html");
    assertThat(st.meta().title()).isEqualTo("Readout of the Ministers’ Call");
    assertThat(st.meta().date()).isEqualTo(LocalDate.of(2024, 2, 14));
    assertThat(st.text()).contains("The Minister spoke today with her counterpart about the ceasefire.")
        .doesNotContain("menu", "Copyright");
  }

  @Test
  void followsRedirectsToMarkdownWithFrontMatter() {
    Statement st = Ingest.readSources(List.of(base + "/hop1"), local).get(0);
    assertThat(st.id()).isEqualTo("readout");
    assertThat(st.meta().side()).isEqualTo("GB");
    assertThat(st.text()).isEqualTo("The Prime Minister spoke with the Chancellor.");
    assertThat(st.source()).isEqualTo(base + "/readout.md");
  }

  @Test
  void streamsJsonLinesFromAUrl() {
    List<Statement> got = new java.util.ArrayList<>();
    assertThat(Ingest.stream(base + "/feed.jsonl", local, got::add)).isZero();
    assertThat(got).extracting(Statement::id).containsExactly("x:1", "x:2");
  }

  @Test
  void honoursTheDeclaredCharsetWithoutAWarning() {
    List<String> warnings = new java.util.ArrayList<>();
    Statement st = Ingest.readSources(List.of(base + "/ru.txt"), local.withWarnings(warnings::add)
        .withMetadata("RU", LocalDate.of(2021, 6, 16), null, null, null, null)).get(0);
    assertThat(st.text()).isEqualTo("Переговоры прошли в Женеве.");
    assertThat(st.id()).isEqualTo("ru");
    assertThat(warnings).isEmpty();
  }

  @Test
  void refusesLoopbackWithoutAllowPrivate() {
    ReadoutException e = bad(() -> Ingest.readSources(List.of(base + "/page.html"), IngestOptions.defaults()));
    assertThat(e.getMessage()).contains(base + "/page.html", "refused", "loopback", "127.0.0.1", "--allow-private");
    assertThat(e.exitCode()).isEqualTo(ReadoutException.BAD_INPUT);
  }

  @Test
  void classifiesNonPublicAddresses() throws IOException {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "224.0.0.1", "100.64.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1", "::")) {
      assertThat(UrlFetcher.nonPublicReason(InetAddress.getByName(a))).as(a).isNotNull();
    }
    for (String a : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111")) {
      assertThat(UrlFetcher.nonPublicReason(InetAddress.getByName(a))).as(a).isNull();
    }
  }

  @Test
  void rejectsWrongContentTypeOversizedBodyHttpErrorsAndRedirectLoops() {
    assertThat(bad(() -> Ingest.readSources(List.of(base + "/image.png"), local)).getMessage())
        .contains("image.png", "unsupported content type 'image/png'");
    ReadoutException big = bad(() -> Ingest.readSources(List.of(base + "/big.txt"), local.withMaxBytes(1000)));
    assertThat(big.getMessage()).contains("big.txt", "over the limit of 1000");
    ReadoutException missing = bad(() -> Ingest.readSources(List.of(base + "/missing"), local));
    assertThat(missing.getMessage()).contains("HTTP 404");
    assertThat(missing.exitCode()).isEqualTo(ReadoutException.IO_FAILURE);
    assertThat(bad(() -> Ingest.readSources(List.of(base + "/loop"), local)).getMessage()).contains("redirects");
    assertThat(bad(() -> Ingest.readSources(List.of("ftp://example.org/x.md"), local)).getMessage())
        .contains("ftp://example.org/x.md");
  }
}

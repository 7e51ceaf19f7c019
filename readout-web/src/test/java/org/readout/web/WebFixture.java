package org.readout.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.Readout;
import org.readout.TestEngines;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.store.Workspace;

/** A real SQLite workspace with statements in it, a running server on port 0, and an HTTP client with cookies. */
final class WebFixture implements AutoCloseable {
  final Path db;
  final ReadoutWeb web;
  final HttpClient http;

  private WebFixture(Path db, ReadoutWeb web) {
    this.db = db;
    this.web = web;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Ingests {@code sources} (files or folders) as {@code readout ingest} would, then serves the workspace. */
  static WebFixture start(Path dir, List<Path> sources, WebOptions options) {
    Path db = options.db();
    List<AnalyzedStatement> docs = new ArrayList<>();
    for (Path p : sources) {
      for (Statement s : Ingest.read(p)) {
        docs.add(TestEngines.TEXT.analyze(s));
      }
    }
    try (Workspace ws = Workspace.open(db)) {
      ws.ingest(docs);
    }
    return new WebFixture(db, ReadoutWeb.start(options, Readout.standard(), TestEngines.TEXT));
  }

  static WebFixture start(Path dir, List<Path> sources) {
    return start(dir, sources, WebOptions.local(dir.resolve("ws.db"), 0));
  }

  /** The same server seen by a new browser (no cookies). */
  WebFixture newBrowser() {
    return new WebFixture(db, web);
  }

  String base() {
    return "http://127.0.0.1:" + web.port();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  HttpResponse<String> get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header(header, value).GET().build());
  }

  HttpResponse<String> postForm(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF token of the forms on a page. */
  static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return m.group(1);
  }


  @Override
  public void close() {
    web.close();
  }
}

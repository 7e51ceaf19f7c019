package org.readout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a token every request needs it: the login form sets a cookie; the API takes a bearer header. */
class TokenTest {
  static final String TOKEN = "s3cret-token-for-tests";
  @TempDir
  static Path dir;
  static WebFixture fx;

  @BeforeAll
  static void start() {
    fx = WebFixture.start(dir, List.of(), WebOptions.local(dir.resolve("ws.db"), 0).withToken(TOKEN));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void pagesRedirectToTheLoginFormAndTheApiSays401() {
    WebFixture fx = TokenTest.fx.newBrowser();
    HttpResponse<String> page = fx.get("/meetings?side=US");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=%2Fmeetings%3Fside%3DUS");
    HttpResponse<String> api = fx.get("/api/statements");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(fx.get("/api/statements", "Authorization", "Bearer wrong-token-xxxx").statusCode()).isEqualTo(401);
    assertThat(fx.get("/api/statements", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void aCachedResponseIsNeverServedWithoutTheToken() {
    WebFixture fx = TokenTest.fx.newBrowser();
    HttpResponse<String> ok = fx.get("/api/meetings", "Authorization", "Bearer " + TOKEN);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(fx.get("/api/meetings", "Authorization", "Bearer " + TOKEN).headers().firstValue("ETag"))
        .as("served from the cache").isEqualTo(ok.headers().firstValue("ETag")).isPresent();
    HttpResponse<String> without = fx.get("/api/meetings");
    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(without.body()).doesNotContain("readout-meetings/1");
    assertThat(fx.get("/api/meetings", "If-None-Match", ok.headers().firstValue("ETag").orElseThrow()).statusCode())
        .as("no 304 without the token either").isEqualTo(401);
  }

  @Test
  void loginWithTheRightTokenOpensThePages() {
    WebFixture fx = TokenTest.fx.newBrowser();
    assertThat(fx.get("/ingest").statusCode()).as("before login").isEqualTo(302);
    String form = fx.get("/login?next=/ingest").body();
    String csrf = WebFixture.csrf(form);
    HttpResponse<String> wrong = fx.postForm("/login", "_csrf=" + csrf + "&next=%2Fingest&token=nope");
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> ok = fx.postForm("/login", "_csrf=" + csrf + "&next=" + URLEncoder.encode("//evil.example/",
        StandardCharsets.UTF_8) + "&token=" + TOKEN);
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(ok.headers().firstValue("Location").orElseThrow()).as("no open redirect").isEqualTo("/");
    assertThat(fx.get("/ingest").statusCode()).isEqualTo(200);
  }
}

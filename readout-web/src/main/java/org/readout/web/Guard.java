package org.readout.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The server's safety rules, applied before every request: security headers (a strict
 * Content-Security-Policy: scripts and styles from this server only, no inline script), the access token
 * when one is set (a cookie set by the login form, or {@code Authorization: Bearer} for the JSON API), and
 * a CSRF token on every POST (double-submit: a random cookie, SameSite=Strict, echoed in a hidden form
 * field and compared in constant time).
 */
final class Guard {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  static final String SESSION_COOKIE = "readout_session";
  static final String CSRF_COOKIE = "readout_csrf";
  static final String CSRF_FIELD = "_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String token;
  private final String session;

  private final long maxUpload;

  Guard(String token, long maxUpload) {
    this.token = token;
    this.maxUpload = maxUpload;
    this.session = token == null ? null : digest("readout-session:" + token);
  }

  boolean tokenRequired() {
    return token != null;
  }

  /** Runs before every handler. */
  void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    String path = ctx.path();
    boolean open = path.equals("/login") || path.startsWith("/static/") || path.startsWith("/webjars/");
    if (token != null && !open && !authenticated(ctx)) {
      if (path.startsWith("/api/") || ctx.method() != HandlerType.GET) {
        throw new HttpResponseException(401, "a token is required (cookie from /login or Authorization: Bearer)",
            Map.of());
      }
      ctx.header("Location", "/login?next=" + URLEncoder.encode(pathWithQuery(ctx), StandardCharsets.UTF_8));
      throw new io.javalin.http.RedirectResponse(io.javalin.http.HttpStatus.FOUND, "sign in first");
    }
    if (ctx.method() == HandlerType.POST && ctx.req().getContentLengthLong() > maxUpload) {
      throw new HttpResponseException(413, "the request is larger than the upload limit of "
          + IngestPages.human(maxUpload) + " (readout serve --max-upload)", Map.of());
    }
    csrfToken(ctx);
    if (ctx.method() == HandlerType.POST && !bearer(ctx)) {
      String sent = ctx.formParam(CSRF_FIELD);
      String cookie = ctx.cookie(CSRF_COOKIE);
      if (sent == null || cookie == null || !same(sent, cookie)) {
        throw new HttpResponseException(403, "the form's CSRF token is missing or wrong; reload the page and retry",
            Map.of());
      }
    }
  }

  /** The CSRF token of this browser (set as a cookie on first visit). */
  static String csrfToken(Context ctx) {
    String have = ctx.attribute(CSRF_COOKIE);
    if (have != null) {
      return have;
    }
    String cookie = ctx.cookie(CSRF_COOKIE);
    if (cookie == null || !cookie.matches("[A-Za-z0-9_-]{20,64}")) {
      cookie = random();
      ctx.res().addHeader("Set-Cookie", CSRF_COOKIE + "=" + cookie + "; Path=/; HttpOnly; SameSite=Strict");
    }
    ctx.attribute(CSRF_COOKIE, cookie);
    return cookie;
  }

  /** Checks a login form's token; on success sets the session cookie. */
  boolean login(Context ctx, String given) {
    if (token == null || given == null || !same(given.strip(), token)) {
      return false;
    }
    ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict");
    return true;
  }

  private boolean authenticated(Context ctx) {
    if (bearer(ctx)) {
      return true;
    }
    String cookie = ctx.cookie(SESSION_COOKIE);
    return cookie != null && same(cookie, session);
  }

  private boolean bearer(Context ctx) {
    String auth = ctx.header("Authorization");
    return token != null && auth != null && auth.startsWith("Bearer ") && same(auth.substring(7).strip(), token);
  }

  static String pathWithQuery(Context ctx) {
    String q = ctx.queryString();
    return q == null ? ctx.path() : ctx.path() + "?" + q;
  }

  /** A local redirect target only (no scheme, no host, no protocol-relative //host). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    return next;
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

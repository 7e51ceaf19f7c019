package org.readout.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered responses of the GET pages and API calls that depend only on the request (path and query) and the
 * workspace's data ({@link WebData#generation()}): the bytes are made once and served from memory until the
 * workspace changes, with a strong ETag (a matching {@code If-None-Match} gets 304 and no body) and, when the
 * client accepts it, a gzip copy made once. The per-browser CSRF token is never part of the cached bytes: pages
 * are rendered with {@link #CSRF_PLACEHOLDER} (see {@link Templates#page}) and the token of the request is put in
 * when the page is sent. The token guard runs before ({@link Guard#before}), so a cached page is never served
 * to a request the guard refuses. Bounded by {@value #MAX_BYTES} bytes, least recently used first out.
 */
final class PageCache {
  /**
   * Stands for the request's CSRF token in cached bytes: letters only (escaping leaves it as it is), drawn at random
   * per process so that no statement text can hold it and receive a token.
   */
  static final String CSRF_PLACEHOLDER = placeholder();
  /** Request attribute: the handler is rendering for the cache (forms get the placeholder). */
  static final String RENDERING = "readout.cache.rendering";
  static final long MAX_BYTES = 96L * 1024 * 1024;
  private static final int GZIP_MIN = 1024;

  private final LongSupplier generation;
  private long bytes;
  private long cachedGeneration = Long.MIN_VALUE;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  PageCache(LongSupplier generation) {
    this.generation = generation;
  }

  /** One cached response: its body, content type, the headers that go with it, ETag, gzip copy (made on demand). */
  static final class Entry {
    final long generation;
    final byte[] body;
    final String contentType;
    final Map<String, String> headers;
    final String etag;
    final boolean hasCsrf;
    /** The body's bytes around each placeholder (split once, not per request); empty without a form. */
    final List<byte[]> around;
    private volatile byte[] gzip;

    Entry(long generation, byte[] body, String contentType, Map<String, String> headers) {
      this.generation = generation;
      this.body = body;
      this.contentType = contentType;
      this.headers = Map.copyOf(headers);
      String text = new String(body, StandardCharsets.UTF_8);
      this.hasCsrf = text.contains(CSRF_PLACEHOLDER);
      this.around = hasCsrf ? java.util.Arrays.stream(text.split(CSRF_PLACEHOLDER, -1))
          .map(part -> part.getBytes(StandardCharsets.UTF_8)).toList() : List.of();
      this.etag = hash(body);
    }

    long size() {
      byte[] g = gzip;
      return body.length + around.stream().mapToLong(a -> a.length).sum() + (g == null ? 0 : g.length) + 256;
    }

    /** The body with {@code token} in place of every placeholder. */
    byte[] withToken(String token) {
      byte[] t = token.getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
      for (int i = 0; i < around.size(); i++) {
        if (i > 0) {
          out.write(t, 0, t.length);
        }
        out.write(around.get(i), 0, around.get(i).length);
      }
      return out.toByteArray();
    }

    byte[] gzip() {
      byte[] g = gzip;
      if (g == null) {
        gzip = g = PageCache.gzip(body);
      }
      return g;
    }
  }

  /** The handler with its responses cached (GET only; any other status than 200 is not kept). */
  Handler wrap(Handler handler) {
    return ctx -> {
      if (ctx.method() != HandlerType.GET) {
        handler.handle(ctx);
        return;
      }
      String key = key(ctx);
      long gen = generation.getAsLong();
      Entry e = get(key, gen);
      if (e == null) {
        ctx.attribute(RENDERING, Boolean.TRUE);
        handler.handle(ctx);
        ctx.attribute(RENDERING, Boolean.FALSE);
        if (ctx.statusCode() != 200) {
          String r = ctx.result();
          if (r != null && r.contains(CSRF_PLACEHOLDER)) {
            ctx.result(r.replace(CSRF_PLACEHOLDER, Guard.csrfToken(ctx)));
          }
          return;
        }
        byte[] body = ctx.result() == null ? new byte[0] : ctx.result().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h : new String[] {"Content-Disposition", "X-Total-Count"}) {
          String v = ctx.res().getHeader(h);
          if (v != null) {
            headers.put(h, v);
          }
        }
        String type = ctx.res().getContentType();
        e = new Entry(gen, body, type == null ? "text/html; charset=utf-8" : type, headers);
        put(key, e);
      }
      send(ctx, e);
    };
  }

  /** The request's identity: path, query string, and whether htmx asked for a fragment. */
  static String key(Context ctx) {
    String q = ctx.queryString();
    return ctx.path() + (q == null ? "" : "?" + q) + (ctx.header("HX-Request") != null ? "|hx" : "");
  }

  private synchronized Entry get(String key, long gen) {
    if (gen != cachedGeneration) {
      return null;
    }
    Entry e = entries.get(key);
    return e == null || e.generation != gen ? null : e;
  }

  private synchronized void put(String key, Entry e) {
    if (e.generation != cachedGeneration) {
      if (e.generation < cachedGeneration && cachedGeneration != Long.MIN_VALUE) {
        return; // rendered from data older than what is cached now
      }
      entries.clear();
      bytes = 0;
      cachedGeneration = e.generation;
    }
    Entry old = entries.put(key, e);
    bytes += e.size() - (old == null ? 0 : old.size());
    var it = entries.entrySet().iterator();
    while (bytes > MAX_BYTES && it.hasNext()) {
      bytes -= it.next().getValue().size();
      it.remove();
    }
  }

  /** Entries kept now (tests). */
  synchronized int size() {
    return entries.size();
  }

  private synchronized void grew(Entry e, long before) {
    if (entries.containsValue(e)) {
      bytes += e.size() - before;
    }
  }

  private void send(Context ctx, Entry e) {
    String token = e.hasCsrf ? Guard.csrfToken(ctx) : null;
    String etag = "\"" + e.etag + (token == null ? "" : "-" + hash(token.getBytes(StandardCharsets.UTF_8)).substring(0, 8))
        + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("Vary", "Accept-Encoding");
    e.headers.forEach(ctx::header);
    ctx.contentType(e.contentType);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      ctx.result(new byte[0]);
      return;
    }
    if (token != null) {
      byte[] body = e.withToken(token);
      ctx.result(acceptsGzip(ctx) && body.length >= GZIP_MIN ? gzipped(ctx, gzip(body)) : body);
      return;
    }
    if (acceptsGzip(ctx) && e.body.length >= GZIP_MIN) {
      long before = e.size();
      byte[] g = e.gzip();
      grew(e, before);
      ctx.result(gzipped(ctx, g));
    } else {
      ctx.result(e.body);
    }
  }

  private static byte[] gzipped(Context ctx, byte[] g) {
    ctx.header("Content-Encoding", "gzip");
    return g;
  }

  static boolean acceptsGzip(Context ctx) {
    String ae = ctx.header("Accept-Encoding");
    if (ae == null) {
      return false;
    }
    for (String part : ae.split(",")) {
      String[] p = part.strip().split(";");
      if (p[0].strip().equalsIgnoreCase("gzip")) {
        return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
      }
    }
    return false;
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String t : ifNoneMatch.split(",")) {
      String s = t.strip();
      if (s.startsWith("W/")) {
        s = s.substring(2);
      }
      if (s.equals(etag) || s.equals("*")) {
        return true;
      }
    }
    return false;
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String placeholder() {
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder b = new StringBuilder("RdtCsrf");
    for (int i = 0; i < 20; i++) {
      int c = random.nextInt(52);
      b.append((char) (c < 26 ? 'a' + c : 'A' + c - 26));
    }
    return b.toString();
  }

  static String hash(byte[] b) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(b);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

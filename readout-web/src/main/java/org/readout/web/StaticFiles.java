package org.readout.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The stylesheet, script and htmx (from its WebJar) served from the class path: read once on first request and
 * kept, with an ETag and a day of browser caching (the names carry no user data). Replaces Javalin's static-file
 * handlers, which mount the whole application jar as a file system when the server starts (most of a second of
 * a warm start). Only names of letters, digits, '.', '-', '_' and '/' without ".." are looked up.
 */
final class StaticFiles {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
  private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js",
      "text/javascript; charset=utf-8", "map", "application/json", "svg", "image/svg+xml", "png", "image/png");

  private record File(byte[] body, byte[] gzip, String type, String etag) {
  }

  private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();

  void routes(RoutesConfig r) {
    r.get("/static/<path>", ctx -> send(ctx, "org/readout/web/static/", ctx.pathParam("path")));
    r.get("/webjars/<path>", ctx -> send(ctx, "META-INF/resources/webjars/", ctx.pathParam("path")));
  }

  private void send(Context ctx, String folder, String path) {
    if (!SAFE.matcher(path).matches() || path.contains("..")) {
      throw new WebData.NotFound("no file at " + ctx.path());
    }
    File f = files.computeIfAbsent(folder + path, StaticFiles::load)
        .orElseThrow(() -> new WebData.NotFound("no file at " + ctx.path()));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.header("ETag", f.etag());
    ctx.header("Vary", "Accept-Encoding");
    ctx.contentType(f.type());
    if (PageCache.matches(ctx.header("If-None-Match"), f.etag())) {
      ctx.status(304);
      ctx.result(new byte[0]);
    } else if (PageCache.acceptsGzip(ctx)) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(f.gzip());
    } else {
      ctx.result(f.body());
    }
  }

  private static Optional<File> load(String resource) {
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] body = in.readAllBytes();
      String ext = resource.substring(resource.lastIndexOf('.') + 1);
      return Optional.of(new File(body, PageCache.gzip(body), TYPES.getOrDefault(ext, "application/octet-stream"),
          "\"" + PageCache.hash(body) + "\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

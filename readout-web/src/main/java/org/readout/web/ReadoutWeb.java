package org.readout.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.readout.Readout;
import org.readout.ReadoutException;

/**
 * The web workspace ({@code readout serve}): Javalin serving server-rendered pages (precompiled jte
 * templates, SVG charts, htmx as progressive enhancement) and a JSON API under {@code /api/} over one
 * SQLite workspace. A thin caller: analysis goes through the façade ({@link Readout}), storage through the
 * store. Start with {@link #start}; {@link #port()} tells where it listens (port 0 picks a free one).
 */
public final class ReadoutWeb implements AutoCloseable {
  private final Javalin app;
  private final WorkspacePool pool;
  private final WebOptions options;

  private ReadoutWeb(Javalin app, WorkspacePool pool, WebOptions options) {
    this.app = app;
    this.pool = pool;
    this.options = options;
  }

  /**
   * Opens the workspace and starts listening.
   *
   * @param engine the engine for comparisons and commitments (every standard stage; its actor dictionary
   *               and codebook are used throughout)
   * @param text   the text engine ingest stores with (sentences, limits, tokens, actors)
   */
  public static ReadoutWeb start(WebOptions options, Readout engine, Readout text) {
    return start(options, () -> engine, () -> text);
  }

  /**
   * As {@link #start(WebOptions, Readout, Readout)} with engines that may still be assembling on another
   * thread: the server listens at once, and the first request that needs an engine waits for it.
   */
  public static ReadoutWeb start(WebOptions options, Supplier<Readout> engine, Supplier<Readout> text) {
    WorkspacePool pool = new WorkspacePool(options.db(), 4);
    try {
      WebData data = new WebData(pool, engine, org.readout.store.search.SearchIndex.pathFor(options.db()));
      Guard guard = new Guard(options.token(), options.maxUpload());
      Templates templates = new Templates(guard.tokenRequired());
      MeetingPages meetings = new MeetingPages(data, templates);
      CommitmentPages commitments = new CommitmentPages(data, templates);
      IngestPages ingest = new IngestPages(data, templates, options, text);
      Api api = new Api(data);
      PageCache cache = new PageCache(data::generation);
      StaticFiles files = new StaticFiles();
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.jetty.host = options.bind();
        config.jetty.port = options.port();
        config.http.maxRequestSize = options.maxUpload();
        config.jetty.multipartConfig.maxFileSize(options.maxUpload(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(options.maxUpload(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        // responses are compressed once, when cached (PageCache), not on every request
        config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
        var r = config.routes;
        r.before(guard::before);
        r.before(ctx -> data.watch(500));
        r.get("/", ctx -> ctx.redirect("/meetings"));
        r.get("/login", ctx -> templates.page(ctx, "login.jte", "Sign in", "",
            new View.Login(Guard.safeNext(ctx.queryParam("next")), false)));
        r.post("/login", ctx -> {
          String next = Guard.safeNext(ctx.formParam("next"));
          if (guard.login(ctx, ctx.formParam("token"))) {
            ctx.redirect(next);
          } else {
            ctx.status(401);
            templates.page(ctx, "login.jte", "Sign in", "", new View.Login(next, true));
          }
        });
        files.routes(r);
        meetings.routes(r, cache);
        commitments.routes(r, cache);
        ingest.routes(r, cache);
        api.routes(r, cache);
        r.exception(Exception.class, (e, ctx) -> error(ctx, templates, e));
        r.error(404, ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")
              || ctx.result().equals("Not Found")) {
            failure(ctx, templates, 404, "no page at " + ctx.path());
          }
        });
      });
      app.start();
      return new ReadoutWeb(app, pool, options);
    } catch (RuntimeException | Error e) {
      pool.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    if ("0.0.0.0".equals(host)) {
      host = "127.0.0.1";
    }
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }

  /** Maps an exception to a status and a one-line message; never a stack trace. */
  static void error(Context ctx, Templates templates, Exception e) {
    int status;
    String message;
    if (e instanceof io.javalin.http.RedirectResponse) {
      ctx.status(302);
      ctx.result("");
      return;
    }
    if (e instanceof HttpResponseException h) {
      status = h.getStatus();
      message = h.getMessage();
    } else if (e instanceof WebData.NotFound) {
      status = 404;
      message = e.getMessage();
    } else if (e instanceof ReadoutException r) {
      status = r.exitCode() == ReadoutException.IO_FAILURE ? 503 : 400;
      message = r.getMessage();
    } else if (isTooLarge(e)) {
      status = 413;
      message = "the upload is larger than the limit (readout serve --max-upload)";
    } else if (String.valueOf(e.getMessage()).contains("multipart")) {
      status = 400;
      message = "the upload could not be read (" + e.getMessage().replaceAll(".*: ", "") + ")";
    } else {
      status = 500;
      message = "internal error (" + e.getClass().getSimpleName() + "); the server log has the details";
      System.err.println("readout serve: " + ctx.method() + " " + ctx.path() + ": " + e);
    }
    failure(ctx, templates, status, message);
  }

  private static boolean isTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceeds") || m.contains("too large") || m.contains("max file size") || m.contains("maxrequestsize")) {
        return true;
      }
    }
    return false;
  }

  static void failure(Context ctx, Templates templates, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json");
      ctx.result(org.readout.report.escape.JsonWriter.write(Map.of("error", message, "status", status)));
      return;
    }
    templates.page(ctx, "error.jte", "Error " + status, "", new View.ErrorPage(status, message));
  }
}

package org.readout.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.Statement;
import org.readout.store.IngestBatch;
import org.readout.store.IngestReport;
import org.readout.store.Workspace;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.SearchIndexWriter;
import org.readout.topics.PhraseCoder;

/**
 * The ingest page: uploaded files (kept in {@code <workspace>.uploads/}) or one URL, read by the same
 * readers and checks as {@code readout ingest} (size and character limits, encodings, the private-address
 * guard for URLs), analysed by the text engine and stored in one transaction; a bad file stores nothing.
 */
final class IngestPages {
  private final WebData data;
  private final Templates templates;
  private final WebOptions options;
  private final java.util.function.Supplier<Readout> text;

  IngestPages(WebData data, Templates templates, WebOptions options, java.util.function.Supplier<Readout> text) {
    this.data = data;
    this.templates = templates;
    this.options = options;
    this.text = text;
  }

  void routes(RoutesConfig r, PageCache cache) {
    r.get("/ingest", cache.wrap(ctx -> templates.page(ctx, "ingest.jte", "Ingest", "ingest",
        new View.IngestPage(null, human(options.maxUpload())))));
    r.post("/ingest", this::ingest);
  }

  private void ingest(Context ctx) {
    IngestOptions opts = IngestOptions.defaults()
        .withMetadata(WebData.blank(ctx.formParam("side")), MeetingPages.day("date", ctx.formParam("date")), null,
            WebData.blank(ctx.formParam("title")), WebData.blank(ctx.formParam("kind")),
            WebData.blank(ctx.formParam("meeting")))
        .withMaxBytes(options.maxUpload());
    String url = WebData.blank(ctx.formParam("url"));
    List<UploadedFile> files = ctx.uploadedFiles("files").stream().filter(f -> f.size() > 0 && f.filename() != null
        && !f.filename().isBlank()).toList();
    if (url == null && files.isEmpty()) {
      throw new ReadoutException("choose a file to upload or give a URL");
    }
    List<Statement> statements = new ArrayList<>();
    int skipped = 0;
    if (url != null) {
      Ingest.checkScheme(url);
      if (!url.toLowerCase(Locale.ROOT).startsWith("http://") && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
        throw new ReadoutException(url + ": unsupported scheme (only http and https)");
      }
      skipped += Ingest.stream(Ingest.fetch(url, opts), opts, statements::add);
    }
    for (UploadedFile f : files) {
      Path saved = save(f);
      skipped += Ingest.stream(saved.toString(), opts, statements::add);
    }
    View.IngestResult result = store(statements, skipped);
    ctx.status(200);
    templates.page(ctx, "ingest.jte", "Ingest", "ingest", new View.IngestPage(result, human(options.maxUpload())));
  }

  private View.IngestResult store(List<Statement> statements, int skipped) {
    Readout text = this.text.get();
    String analyser = String.join(",", text.pipeline().names());
    List<String> ids = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    IngestReport report = data.pool().with(ws -> {
      IngestReport r;
      try (IngestBatch batch = ws.begin(analyser)) {
        for (Statement st : statements) {
          IngestReport.Outcome o = batch.add(text.analyze(st));
          String id = Workspace.idFor(st.meta());
          ids.add(id);
          if (o != IngestReport.Outcome.UNCHANGED) {
            changed.add(id);
          }
        }
        r = batch.commit();
      }
      if (!changed.isEmpty()) {
        SearchIndexWriter.update(ws, SearchIndex.pathFor(options.db()), changed,
            new PhraseCoder(data.engine().config().codebook()), 1);
      }
      return r;
    });
    data.changed();
    return new View.IngestResult(report.added(), report.unchanged(), report.updated(), skipped, ids);
  }

  /** Keeps the upload beside the workspace under its own (sanitised) name: the name gives the statement id. */
  private Path save(UploadedFile f) {
    String name = Path.of(f.filename().replace('\\', '/')).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.isEmpty() || name.startsWith(".")) {
      name = "upload" + name;
    }
    if (f.size() > options.maxUpload()) {
      throw new ReadoutException(name + ": larger than the upload limit of " + human(options.maxUpload()));
    }
    Path dir = options.db().toAbsolutePath().resolveSibling(options.db().getFileName() + ".uploads");
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name);
      try (InputStream in = f.content()) {
        Path tmp = Files.createTempFile(dir, ".upload", ".part");
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String human(long bytes) {
    if (bytes <= 0) {
      return "the configured size";
    }
    return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MiB" : (bytes / 1024) + " KiB";
  }
}

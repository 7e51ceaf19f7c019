package org.readout.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.readout.ReadoutException;
import org.readout.io.internal.Sources;
import org.readout.model.Statement;

/**
 * Ingest façade: statements in, from every form an analyst meets them in.
 *
 * <ul>
 *   <li>Markdown or plain text ({@code .md .markdown .txt}) with YAML front matter ({@code title date
 *       publisher side kind meeting url licence note}), or without it (metadata from
 *       {@link IngestOptions}); id = file stem.</li>
 *   <li>HTML ({@code .html .htm}): main text without navigation, headers, footers, scripts and
 *       sidebars; title and date from the page where present.</li>
 *   <li>JSON Lines, plain or gzipped ({@code .jsonl .jsonl.gz .json.gz}) in the bulk schema
 *       ({@code id,title,date,publisher,side,kind,url,licence,text}); id = the record's {@code id}.</li>
 *   <li>Folders, recursively, in sorted order, hidden files skipped; {@code http(s)://} URLs (timeouts,
 *       size limit, redirects re-checked, content type checked, no private addresses unless allowed).</li>
 * </ul>
 *
 * <p>Text is decoded (UTF-8 with or without BOM, UTF-16 with BOM, legacy Windows-1251/1252 with a
 * warning) and normalised (NFC, spaces, paragraphs, Markdown syntax out); {@link Statement#text()} is
 * that normalised text and every offset downstream refers to it. The same input always gives an
 * equal {@link Statement}. Bad input throws {@link ReadoutException} with a one-line message naming
 * the file (and line, for JSON Lines) and the problem. Stateless and thread-safe.
 */
public final class Ingest {
  private Ingest() {
  }

  /**
   * Reads every source (a file, a folder, a JSON Lines file, or an http(s) URL) with the given options,
   * in the order given. Bad input throws {@link ReadoutException} naming the source and the problem.
   */
  public static List<Statement> readSources(List<String> sources, IngestOptions options) {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(options, "options");
    List<Statement> out = new ArrayList<>();
    for (String s : sources) {
      Sources.stream(s, options, out::add);
    }
    return out;
  }

  /**
   * Streams statements one at a time without holding them all (for large JSON Lines files): calls
   * {@code sink} for each and returns the number of records skipped: bad ones (only with
   * {@link IngestOptions#keepGoing()}) and ones with no text (only markup); each skip is also
   * reported through {@link IngestOptions#warnings()}.
   */
  public static int stream(String source, IngestOptions options, Consumer<Statement> sink) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    return Sources.stream(source, options, sink);
  }

  /**
   * Throws {@link ReadoutException} ("unsupported scheme") when {@code source} names a URI scheme
   * other than http or https and is no existing local path; does nothing otherwise.
   */
  public static void checkScheme(String source) {
    Sources.checkScheme(Objects.requireNonNull(source, "source"));
  }

  /** A URL's response, fetched (within the options' limits) but not yet read as statements. */
  public static final class Fetched {
    private final String url;
    private final org.readout.io.internal.UrlFetcher.Fetched response;

    private Fetched(String url, org.readout.io.internal.UrlFetcher.Fetched response) {
      this.url = url;
      this.response = response;
    }

    /** The URL as given. */
    public String url() {
      return url;
    }
  }

  /**
   * Fetches an http(s) URL now (address checks, size limit, whole-request deadline), so a caller can
   * fetch before it takes a lock and read the statements later with {@link #stream(Fetched,
   * IngestOptions, Consumer)}.
   */
  public static Fetched fetch(String url, IngestOptions options) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(options, "options");
    return new Fetched(url, Sources.fetch(url, options));
  }

  /** As {@link #stream(String, IngestOptions, Consumer)} for a response fetched earlier. */
  public static int stream(Fetched page, IngestOptions options, Consumer<Statement> sink) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    return Sources.fetched(page.url, page.response, options, sink);
  }

  /** Reads files and folders with {@link IngestOptions#defaults()}. */
  public static List<Statement> readAll(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    List<Statement> out = new ArrayList<>();
    for (Path p : paths) {
      Sources.path(p, IngestOptions.defaults(), out::add);
    }
    return out;
  }

  /** Reads one file or folder with {@link IngestOptions#defaults()}. */
  public static List<Statement> read(Path path) {
    return read(path, IngestOptions.defaults());
  }

  /** Reads one file or folder with the given options. */
  public static List<Statement> read(Path path, IngestOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    List<Statement> out = new ArrayList<>();
    Sources.path(path, options, out::add);
    return out;
  }
}

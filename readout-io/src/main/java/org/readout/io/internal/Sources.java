package org.readout.io.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.readout.ReadoutException;
import org.readout.io.IngestOptions;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;

/**
 * The ingest engine behind {@link org.readout.io.Ingest}: recognises a source (file, folder, URL),
 * picks its format, decodes, normalises and validates, and hands out {@link Statement}s in a
 * deterministic order. Stateless and thread-safe; every method may be called concurrently.
 */
public final class Sources {
  /** File name endings ingest recognises inside folders, longest first. */
  public static final List<String> EXTENSIONS = List.of(".jsonl.gz", ".json.gz", ".ndjson.gz", ".markdown",
      ".jsonl", ".ndjson", ".html", ".htm", ".md", ".txt");

  private Sources() {
  }

  /** Format of a single source. */
  public enum Format {
    TEXT, HTML, JSON_LINES
  }

  /**
   * Ingests {@code source} (a path or an http(s) URL), calling {@code sink} per statement.
   *
   * @return number of bad JSON Lines records skipped with keepGoing
   */
  public static int stream(String source, IngestOptions options, Consumer<Statement> sink) {
    if (source == null || source.isBlank()) {
      throw new ReadoutException("(empty source): no path or URL given");
    }
    if (UrlFetcher.isUrl(source)) {
      return url(source, options, sink);
    }
    checkScheme(source);
    return path(Path.of(source), options, sink);
  }

  /**
   * Refuses a source that names a URI scheme other than http(s) ({@code file:}, {@code ftp:}, …) and
   * is not an existing local path: "unsupported scheme", not "no such file".
   */
  public static void checkScheme(String source) {
    if (UrlFetcher.isUrl(source)) {
      return;
    }
    String scheme = UrlFetcher.scheme(source);
    if (scheme != null && !Files.exists(Path.of(source))) {
      throw new ReadoutException(source + ": unsupported scheme '" + scheme
          + "' (only http and https URLs are fetched; give local files as paths)");
    }
  }

  /** Ingests a file or a folder (recursively). */
  public static int path(Path path, IngestOptions options, Consumer<Statement> sink) {
    if (!Files.exists(path)) {
      throw new ReadoutException(path + ": no such file or directory");
    }
    if (Files.isDirectory(path)) {
      return directory(path, options, sink);
    }
    return file(path, options, sink, false);
  }

  private static int directory(Path dir, IngestOptions options, Consumer<Statement> sink) {
    List<Path> files = listStatementFiles(dir, options.warnings());
    if (files.isEmpty()) {
      throw new ReadoutException(dir + ": directory has no statements (no " + String.join(" ", EXTENSIONS)
          + " files)");
    }
    int skipped = 0;
    int[] count = {0};
    Consumer<Statement> counting = st -> {
      count[0]++;
      sink.accept(st);
    };
    for (Path f : files) {
      skipped += file(f, options, counting, true);
    }
    if (count[0] == 0) {
      throw new ReadoutException(dir + ": directory has no statements");
    }
    return skipped;
  }

  /** Recognised, non-hidden files under {@code dir}, sorted by their relative path. */
  public static List<Path> listStatementFiles(Path dir) {
    return listStatementFiles(dir, w -> { });
  }

  /**
   * As {@link #listStatementFiles(Path)}: symbolic links are followed (to files and folders), a link
   * that leads back into a folder being walked is skipped with a warning, and a broken link with a
   * recognised extension is an error (never silently skipped).
   */
  public static List<Path> listStatementFiles(Path dir, Consumer<String> warnings) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (isHidden(f)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) { // following it failed: the target is missing
            if (extension(f).isPresent()) {
              throw new ReadoutException(f + ": broken symbolic link (its target does not exist)");
            }
            warnings.accept(f + ": broken symbolic link; skipped");
          } else if (attrs.isRegularFile() && extension(f).isPresent()) {
            out.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
          if (e instanceof java.nio.file.FileSystemLoopException) {
            warnings.accept(f + ": symbolic link loop (leads back to a folder being read); skipped");
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }
      });
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot list directory: " + FrontMatter.oneLine(e.getMessage()),
          ReadoutException.IO_FAILURE, e);
    }
    // relative paths with '/' so the order is the same on every platform
    out.sort((a, b) -> dir.relativize(a).toString().replace('\\', '/')
        .compareTo(dir.relativize(b).toString().replace('\\', '/')));
    return out;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The recognised extension of {@code p} (lower case), if any. */
  public static Optional<String> extension(Path p) {
    return extension(p.getFileName().toString());
  }

  private static Optional<String> extension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (name.endsWith(ext) && name.length() > ext.length()) {
        return Optional.of(ext);
      }
    }
    return Optional.empty();
  }

  /** The statement id for a file: its name without the recognised extension. */
  public static String stem(Path p) {
    return stem(p.getFileName().toString());
  }

  private static String stem(String name) {
    Optional<String> ext = extension(name);
    if (ext.isPresent()) {
      return name.substring(0, name.length() - ext.get().length());
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static int file(Path f, IngestOptions options, Consumer<Statement> sink, boolean inDirectory) {
    String name = f.toString();
    long size;
    try {
      size = Files.size(f);
    } catch (IOException e) {
      throw ioError(name, e);
    }
    if (size == 0) {
      throw new ReadoutException(name + ": empty file");
    }
    if (size > options.maxBytes()) {
      throw new ReadoutException(name + ": file is " + size + " bytes, over the limit of " + options.maxBytes()
          + " (--max-bytes)");
    }
    String ext = extension(f).orElse("");
    if (ext.endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16), 1 << 16)) {
        return new JsonLinesReader(name, options).read(in, sink);
      } catch (java.util.zip.ZipException e) {
        throw new ReadoutException(name + ": not gzip data: " + FrontMatter.oneLine(e.getMessage()),
            ReadoutException.BAD_INPUT, e);
      } catch (java.io.EOFException e) {
        throw new ReadoutException(name + ": truncated gzip data", ReadoutException.BAD_INPUT, e);
      } catch (IOException e) {
        throw ioError(name, e);
      }
    }
    if (ext.equals(".jsonl") || ext.equals(".ndjson")) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
        return new JsonLinesReader(name, options).read(in, sink);
      } catch (IOException e) {
        throw ioError(name, e);
      }
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      throw ioError(name, e);
    }
    Format format = switch (ext) {
      case ".html", ".htm" -> Format.HTML;
      case ".md", ".markdown", ".txt" -> Format.TEXT;
      default -> sniff(bytes);
    };
    return bytes(bytes, format, name, stem(f), name, Optional.empty(), options, sink);
  }

  /** Reads {@code bytes} as a file named {@code name} of the given format (for fuzzing and tests). */
  static int readBytes(byte[] bytes, Format format, String name, IngestOptions options, Consumer<Statement> sink) {
    return bytes(bytes, format, name, stem(Path.of(name)), name, Optional.empty(), options, sink);
  }

  /** Guesses the format of a file with an unknown extension from its first bytes. */
  static Format sniff(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      return Format.JSON_LINES;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).strip()
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("{")) {
      return Format.JSON_LINES;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  private static int bytes(byte[] bytes, Format format, String name, String id, String source,
                           Optional<String> declaredCharset, IngestOptions options, Consumer<Statement> sink) {
    if (bytes.length == 0) {
      throw new ReadoutException(name + ": empty file");
    }
    if (format == Format.JSON_LINES) {
      try (InputStream in = isGzip(bytes) ? new GZIPInputStream(new ByteArrayInputStream(bytes))
          : new ByteArrayInputStream(bytes)) {
        return new JsonLinesReader(name, options).read(in, sink);
      } catch (IOException e) {
        throw new ReadoutException(name + ": not gzip data: " + FrontMatter.oneLine(e.getMessage()),
            ReadoutException.BAD_INPUT, e);
      }
    }
    // Any encoding takes at most 4 bytes per character: more bytes than that is over the limit for sure,
    // known before decoding (and before holding the text twice).
    if (bytes.length / 4 > options.maxChars()) {
      throw overChars(name, "over " + String.format(java.util.Locale.ROOT, "%,d", bytes.length / 4), options);
    }
    String text = decode(bytes, name, declaredCharset, options);
    if (text.length() > options.maxChars()) {
      throw overChars(name, String.format(java.util.Locale.ROOT, "%,d", text.length()), options);
    }
    if (text.isBlank()) {
      throw new ReadoutException(name + ": empty file (only whitespace)");
    }
    Statement st = format == Format.HTML ? html(text, name, id, source, options) : text(text, name, id, source, options);
    sink.accept(st);
    return 0;
  }

  /** The one-line error for a statement over {@link IngestOptions#maxChars()}. */
  static ReadoutException overChars(String name, String chars, IngestOptions options) {
    return new ReadoutException(name + ": statement text is " + chars + " characters, over the limit of "
        + String.format(java.util.Locale.ROOT, "%,d", options.maxChars()) + " per statement (--max-chars)");
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }

  private static String decode(byte[] bytes, String name, Optional<String> declared, IngestOptions options) {
    if (declared.isPresent() && !declared.get().equalsIgnoreCase("utf-8") && TextDecoder.binaryKind(bytes) == null) {
      try {
        Charset cs = Charset.forName(declared.get());
        var dec = cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        return dec.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
        // the declared charset is unknown or wrong: detect instead
      }
    }
    TextDecoder.Decoded d = TextDecoder.decode(bytes, name);
    if (d.legacy()) {
      options.warnings().accept(name + ": not UTF-8; decoded as legacy " + d.charset() + " (check the text)");
    }
    return d.text();
  }

  private static Statement text(String text, String name, String id, String source, IngestOptions options) {
    Optional<FrontMatter> fm = FrontMatter.parse(text, name);
    String body = fm.map(FrontMatter::body).orElse(text);
    Map<String, String> fields = fm.map(FrontMatter::fields).orElse(Map.of());
    StatementMeta meta = MetaBuilder.build(id, fields, options, name, fm.isPresent());
    String normalised = TextNormaliser.normalise(body);
    if (normalised.isEmpty()) {
      throw new ReadoutException(name + ": empty file: no text" + (fm.isPresent() ? " after the front matter" : ""));
    }
    return Statement.of(meta, normalised, source);
  }

  private static Statement html(String html, String name, String id, String source, IngestOptions options) {
    HtmlExtractor.Page page = HtmlExtractor.extract(html, UrlFetcher.isUrl(source) ? source : "");
    Map<String, String> fields = new HashMap<>();
    if (!page.title().isEmpty()) {
      fields.put("title", page.title());
    }
    if (!page.date().isEmpty() && isCalendarDate(page.date())) {
      fields.put("date", page.date());
    }
    if (!page.publisher().isEmpty()) {
      fields.put("publisher", page.publisher());
    }
    if (UrlFetcher.isUrl(source)) {
      fields.put("url", source);
    }
    StatementMeta meta = MetaBuilder.build(id, fields, options, name, false);
    String normalised = TextNormaliser.normalise(page.text(), TextNormaliser.Syntax.PLAIN);
    if (!meta.title().isEmpty() && normalised.startsWith(meta.title() + "\n\n")) {
      // the page's own h1 repeats the title, which lives in the metadata
      normalised = normalised.substring(meta.title().length() + 2);
    }
    if (normalised.isEmpty()) {
      throw new ReadoutException(name + ": no text in the HTML page's main content");
    }
    return Statement.of(meta, normalised, source);
  }

  private static boolean isCalendarDate(String s) {
    try {
      java.time.LocalDate.parse(s);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static int url(String url, IngestOptions options, Consumer<Statement> sink) {
    return fetched(url, fetch(url, options), options, sink);
  }

  /** Fetches {@code url} within the options' limits (size, deadline, address policy). */
  public static UrlFetcher.Fetched fetch(String url, IngestOptions options) {
    return UrlFetcher.fetch(url, options.maxBytes(), options.allowPrivate(), options.fetchTimeout());
  }

  /** Reads the statements of a response fetched earlier from {@code url}. */
  public static int fetched(String url, UrlFetcher.Fetched f, IngestOptions options, Consumer<Statement> sink) {
    String type = f.contentType();
    String path = f.finalUri().getPath() == null ? "" : f.finalUri().getPath();
    Format format;
    if (type.contains("json") || type.contains("gzip") || type.equals("application/octet-stream")) {
      format = Format.JSON_LINES;
    } else if (type.contains("html")) {
      format = Format.HTML;
    } else {
      format = Format.TEXT;
    }
    if (f.body().length == 0) {
      throw new ReadoutException(url + ": empty response");
    }
    return bytes(f.body(), format, url, urlId(f.finalUri(), path), f.finalUri().toString(), f.charset(), options, sink);
  }

  /** Id of a fetched page: its last path segment without extension, else the host. */
  static String urlId(java.net.URI uri, String path) {
    String[] segs = path.split("/");
    for (int i = segs.length - 1; i >= 0; i--) {
      if (!segs[i].isBlank()) {
        return stem(segs[i]);
      }
    }
    return uri.getHost();
  }

  private static ReadoutException ioError(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ReadoutException(name + ": no such file or directory", ReadoutException.BAD_INPUT, e);
    }
    if (e instanceof AccessDeniedException) {
      return new ReadoutException(name + ": permission denied", ReadoutException.IO_FAILURE, e);
    }
    return new ReadoutException(name + ": read failed: " + FrontMatter.oneLine(e.getMessage()),
        ReadoutException.IO_FAILURE, e);
  }
}

package org.readout.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.readout.ReadoutException;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.yaml.snakeyaml.Yaml;

/**
 * PLACEHOLDER ingest façade: reads Markdown files with YAML front matter (files or folders). The full
 * ingest (HTML, JSON Lines, URLs, encodings, normalisation, bad-input errors) replaces the internals;
 * the entry points {@link #read(Path)} and {@link #readAll(List)} stay.
 */
public final class Ingest {
  private Ingest() {
  }

  /**
   * Reads every source (a file, a folder, a JSON Lines file, or an http(s) URL) with the given options.
   * Bad input throws {@link ReadoutException} naming the source and the problem.
   */
  public static List<Statement> readSources(List<String> sources, IngestOptions options) {
    List<Statement> out = new ArrayList<>();
    for (String s : sources) {
      out.addAll(read(Path.of(s)));
    }
    return out;
  }

  /**
   * Streams statements one at a time (for large JSON Lines files): calls {@code sink} for each and
   * returns the number of bad records skipped (only with {@code keepGoing}).
   */
  public static int stream(String source, IngestOptions options, java.util.function.Consumer<Statement> sink) {
    for (Statement st : read(Path.of(source))) {
      sink.accept(st);
    }
    return 0;
  }

  public static List<Statement> readAll(List<Path> paths) {
    List<Statement> out = new ArrayList<>();
    for (Path p : paths) {
      out.addAll(read(p));
    }
    return out;
  }

  public static List<Statement> read(Path path) {
    if (!Files.exists(path)) {
      throw new ReadoutException(path + ": no such file or directory");
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        List<Statement> out = new ArrayList<>();
        for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          out.addAll(read(p));
        }
        return out;
      } catch (IOException e) {
        throw new ReadoutException(path + ": " + e.getMessage(), ReadoutException.IO_FAILURE, e);
      }
    }
    try {
      String raw = Files.readString(path, StandardCharsets.UTF_8);
      String stem = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      Map<String, Object> fm = Map.of();
      String body = raw;
      if (raw.startsWith("---\n")) {
        int end = raw.indexOf("\n---", 4);
        fm = new Yaml().load(raw.substring(4, end));
        body = raw.substring(raw.indexOf('\n', end + 1) + 1);
      }
      String text = body.replace("\\###", "").replace("\\*", "*").replace('\u00a0', ' ')
          .replaceAll("(?<!\n)\n(?!\n)", " ").replaceAll(" {2,}", " ").strip();
      Object date = fm.get("date");
      StatementMeta meta = new StatementMeta(stem, str(fm, "title"),
          date == null ? null : LocalDate.parse(date.toString()), str(fm, "publisher"), str(fm, "side"),
          str(fm, "kind"), str(fm, "meeting"), str(fm, "url"), str(fm, "licence"), str(fm, "note"));
      return List.of(Statement.of(meta, text, path.toString()));
    } catch (IOException e) {
      throw new ReadoutException(path + ": " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    }
  }

  private static String str(Map<String, Object> fm, String key) {
    Object v = fm.get(key);
    return v == null ? "" : v.toString();
  }
}

package org.readout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which version of the analysis produced a stored result: a short hash of the analysis code and its
 * bundled data (the classes and resources under {@code org/readout/} but those of the modules that do not
 * analyse: CLI, web, store, reports, ingest readers, evaluation, benchmarks, meeting grouping), plus the
 * user's configuration files when given. A workspace records it beside each statement's stored
 * commitments, so a later command knows whether they are current or must be extracted again.
 *
 * <p>From a jar the hash covers each entry's name, size and CRC (read from the jar's directory: no entry
 * is decompressed); from a classes folder (tests, IDE) each file's name and bytes. Thread-safe.
 */
public final class AnalysisVersion {
  /** Packages whose code and data do not change what the analysis extracts. */
  private static final List<String> OUTSIDE = List.of("org/readout/cli/", "org/readout/web/", "org/readout/store/",
      "org/readout/report/", "org/readout/io/", "org/readout/eval/", "org/readout/bench/", "org/readout/meetings/",
      "org/readout/testing/");

  private static volatile String current;

  private AnalysisVersion() {
  }

  /** The version of the analysis code this process runs (computed once). */
  public static String current() {
    String v = current;
    if (v == null) {
      v = of(location());
      current = v;
    }
    return v;
  }

  /**
   * {@code base} extended by the content of the user's configuration {@code files} (an actor dictionary,
   * a codebook; null entries are skipped): another file, another version.
   */
  public static String withFiles(String base, Path... files) {
    MessageDigest md = sha256();
    boolean any = false;
    for (Path f : files) {
      if (f == null) {
        continue;
      }
      try {
        md.update(Files.readAllBytes(f));
      } catch (IOException e) {
        // the command that reads the file reports it; the version only has to differ
        md.update(f.toString().getBytes(StandardCharsets.UTF_8));
      }
      md.update((byte) 0);
      any = true;
    }
    return any ? base + "+" + hex(md) : base;
  }

  /** The version of the analysis code in the jar or classes folder {@code location}. */
  static String of(Path location) {
    if (location == null) {
      return "unknown";
    }
    MessageDigest md = sha256();
    try {
      if (Files.isDirectory(location)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
          files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> name(location, p))).toList();
        }
        for (Path f : files) {
          String name = name(location, f);
          if (counts(name)) {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(f)) {
              byte[] buf = new byte[1 << 16];
              int n;
              while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
              }
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && counts(e.getName()))
              .sorted(Comparator.comparing(JarEntry::getName)).toList();
          for (JarEntry e : entries) {
            md.update((e.getName() + ":" + e.getSize() + ":" + e.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis code at " + location, e);
    }
    return hex(md);
  }

  private static boolean counts(String name) {
    return name.startsWith("org/readout/") && OUTSIDE.stream().noneMatch(name::startsWith);
  }

  private static String name(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static Path location() {
    CodeSource source = Readout.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  private static String hex(MessageDigest md) {
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }
}

package org.readout.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema version this build brings: the highest {@code V<n>__*.sql} under {@value #LOCATION} on
 * the class path (any module's), found once. A workspace at this version is opened without Flyway
 * and without a write transaction.
 */
final class Migrations {
  static final String LOCATION = "db/migration";
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql");

  private Migrations() {
  }

  private static final class Holder {
    static final int LATEST = scan();
  }

  static int latest() {
    return Holder.LATEST;
  }

  private static int scan() {
    int max = 0;
    try {
      Enumeration<URL> urls = Migrations.class.getClassLoader().getResources(LOCATION);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        if ("file".equals(url.getProtocol())) {
          try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path f : (Iterable<Path>) files::iterator) {
              max = Math.max(max, version(f.getFileName().toString()));
            }
          }
        } else if ("jar".equals(url.getProtocol())) {
          JarURLConnection conn = (JarURLConnection) url.openConnection();
          conn.setUseCaches(false);
          try (JarFile jar = conn.getJarFile()) {
            for (var en = jar.entries(); en.hasMoreElements(); ) {
              String name = en.nextElement().getName();
              if (name.startsWith(LOCATION + "/")) {
                max = Math.max(max, version(name.substring(LOCATION.length() + 1)));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (max == 0) {
      throw new IllegalStateException("no migrations found under " + LOCATION + " on the class path");
    }
    return max;
  }

  static int version(String fileName) {
    Matcher m = VERSIONED.matcher(fileName);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }
}

package org.readout.topics;

import java.nio.file.Path;

/**
 * Where model caches live: the system property {@code readout.cache.dir}, else {@code ~/.readout/cache};
 * {@code none} turns file caches off (null). Nothing is written anywhere else.
 */
final class CacheDir {
  /** System property naming the cache directory ({@code none}: no cache files). */
  static final String PROPERTY = "readout.cache.dir";

  private CacheDir() {
  }

  /** The cache directory, or null when file caches are off. */
  static Path resolve() {
    String dir = System.getProperty(PROPERTY);
    if ("none".equals(dir)) {
      return null;
    }
    return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".readout", "cache");
  }
}

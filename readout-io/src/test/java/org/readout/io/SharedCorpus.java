package org.readout.io;

import java.nio.file.Path;

/** Where the read-only shared corpus is (surefire sets readout.shared). */
final class SharedCorpus {
  private SharedCorpus() {
  }

  static Path root() {
    return Path.of(System.getProperty("readout.shared", "../../shared"));
  }

  static Path meetings() {
    return root().resolve("corpus/meetings");
  }

  static Path flagship() {
    return meetings().resolve("2021-12-07-biden-putin-video-call");
  }

  static Path bulk(String name) {
    return root().resolve("corpus/bulk").resolve(name);
  }
}

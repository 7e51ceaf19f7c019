package org.readout.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * A folder of inputs that once broke an invariant (as jsoup keeps its fuzz finds in
 * {@code src/test/resources/fuzztests}), read for a parameterised test that replays them all. The
 * standard folder is {@code org/readout/testing/regressions} on the test class path; its README says
 * how to add one. Files are read as UTF-8 byte for byte; {@code README.md} is skipped.
 */
public final class RegressionInputs {
  /** The standard folder, relative to the test class path root. */
  public static final String FOLDER = "org/readout/testing/regressions";

  private RegressionInputs() {
  }

  /** Every input of the standard folder, named by its file, in name order. */
  public static Stream<Named<String>> all() {
    return in(FOLDER);
  }

  /** Every input of {@code folder} (on the class path), named by its file, in name order. */
  public static Stream<Named<String>> in(String folder) {
    URL url = RegressionInputs.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalStateException("no regression folder " + folder + " on the test class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(fs.getPath(folder)).stream();
        }
      }
      return read(Path.of(uri)).stream();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list " + url, e);
    }
  }

  private static List<Named<String>> read(Path dir) throws IOException {
    List<Named<String>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.equals("README.md")) {
          out.add(Named.of(name, new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }
}

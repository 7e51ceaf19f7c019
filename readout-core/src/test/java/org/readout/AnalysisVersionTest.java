package org.readout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis version stored beside extracted commitments: what changes it and what does not. */
class AnalysisVersionTest {
  @TempDir
  Path dir;

  private Path write(Path root, String name, String content) throws IOException {
    Path f = root.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
    return f;
  }

  @Test
  void changesWithTheAnalysisDataButNotWithCodeOutsideIt() throws IOException {
    Path classes = dir.resolve("classes");
    write(classes, "org/readout/commitments/discourse.yaml", "hopes: [hope]\n");
    write(classes, "org/readout/web/page.jte", "<p>one</p>");
    write(classes, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
    String before = AnalysisVersion.of(classes);

    write(classes, "org/readout/web/page.jte", "<p>two</p>");
    write(classes, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nCreated-By: test\n");
    assertThat(AnalysisVersion.of(classes)).as("web and manifest do not analyse").isEqualTo(before);

    write(classes, "org/readout/commitments/discourse.yaml", "hopes: [hope, wish]\n");
    assertThat(AnalysisVersion.of(classes)).as("a lexicon changed").isNotEqualTo(before).hasSize(16);
  }

  @Test
  void aJarIsVersionedByItsAnalysisEntries() throws IOException {
    Path a = jar("a.jar", Map.of("org/readout/clauses/clauses.yaml", "x: 1", "org/readout/cli/Main.class", "m1"));
    Path b = jar("b.jar", Map.of("org/readout/clauses/clauses.yaml", "x: 1", "org/readout/cli/Main.class", "m2"));
    Path c = jar("c.jar", Map.of("org/readout/clauses/clauses.yaml", "x: 2", "org/readout/cli/Main.class", "m1"));
    assertThat(AnalysisVersion.of(a)).isEqualTo(AnalysisVersion.of(b)).isNotEqualTo(AnalysisVersion.of(c));
  }

  @Test
  void userConfigurationFilesExtendTheVersion() throws IOException {
    Path actors = write(dir, "actors.yaml", "actors: []\n");
    String base = AnalysisVersion.current();
    assertThat(AnalysisVersion.withFiles(base, null, null)).isEqualTo(base);
    String withActors = AnalysisVersion.withFiles(base, actors, null);
    assertThat(withActors).startsWith(base + "+");
    write(dir, "actors.yaml", "actors: [{id: XYZ}]\n");
    assertThat(AnalysisVersion.withFiles(base, actors, null)).isNotEqualTo(withActors);
    assertThat(AnalysisVersion.current()).isEqualTo(base).isNotEqualTo("unknown");
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(f); JarOutputStream jar = new JarOutputStream(out)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        jar.putNextEntry(new JarEntry(e.getKey()));
        jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
    return f;
  }
}

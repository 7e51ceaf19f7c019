package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI jar as shipped (run by Failsafe in {@code verify}, after the shade plugin built it): it
 * carries what Linux and macOS users need and nothing else, stays under 100 MB, and its embedding
 * model really loads from it on this machine.
 */
class ShadedJarIT {
  static final long MAX_BYTES = 100L * 1024 * 1024;
  static Path jar;
  static List<String> entries;

  @BeforeAll
  static void open() throws Exception {
    jar = Path.of(System.getProperty("readout.jar", "target/readout.jar"));
    assertThat(jar).as("the shaded CLI jar (built by package)").isRegularFile();
    try (ZipFile z = new ZipFile(jar.toFile())) {
      entries = Collections.list(z.entries()).stream().map(e -> e.getName()).toList();
    }
  }

  @Test
  void isUnderOneHundredMegabytes() throws Exception {
    assertThat(Files.size(jar)).as("size of %s in bytes", jar).isLessThan(MAX_BYTES);
  }

  @Test
  void carriesNoDebugSymbolsAndNoWindowsNatives() {
    assertThat(entries).noneMatch(e -> e.endsWith(".pdb"))
        .noneMatch(e -> e.contains(".dSYM/"))
        .noneMatch(e -> e.endsWith(".dll"))
        .noneMatch(e -> e.contains("/win-") || e.contains("/win32-") || e.contains("/Windows/"));
  }

  @Test
  void keepsTheLinuxAndMacNatives() {
    for (String os : List.of("linux-x64", "linux-aarch64", "osx-x64", "osx-aarch64")) {
      assertThat(entries).as("onnxruntime for %s", os)
          .anyMatch(e -> e.startsWith("ai/onnxruntime/native/" + os + "/libonnxruntime."));
    }
    assertThat(entries).contains("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
        "bge-small-en-v1.5-q.onnx");
  }

  /** The model's WordPiece runs in Java (BgeEmbedder), so DJL and its native tokenizers stay out. */
  @Test
  void carriesNoNativeTokenizer() {
    assertThat(entries).noneMatch(e -> e.contains("libtokenizers")).noneMatch(e -> e.startsWith("ai/djl/"))
        .contains("bge-small-en-v1.5-q-tokenizer.json");
  }

  @Test
  void carriesTheWebWorkspaceButNoTestOnlyOrForeignParts() {
    assertThat(entries).as("precompiled templates, static files, htmx, OpenAPI").contains(
        "org/readout/web/templates/JtemeetingGenerated.class", "org/readout/web/static/readout.css",
        "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js", "org/readout/web/openapi.yaml");
    assertThat(entries).as("Selenium is test scope; jte's compiler is not needed at run time")
        .noneMatch(e -> e.startsWith("org/openqa/selenium/") || e.startsWith("gg/jte/compiler/"));
    assertThat(entries).as("sqlite natives for x86_64 and aarch64 only")
        .noneMatch(e -> e.startsWith("org/sqlite/native/Linux/arm") || e.startsWith("org/sqlite/native/Linux/x86/")
            || e.startsWith("org/sqlite/native/Linux/ppc64/") || e.startsWith("org/sqlite/native/Linux/riscv64/"));
  }

  @Test
  void embeddingModelLoadsFromTheJar(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    Files.writeString(a, "---\ntitle: A\ndate: 2030-01-10\npublisher: P\nside: US\nkind: readout\n---\n"
        + "The two presidents agreed to resume talks on arms control in Vienna.\n");
    Files.writeString(b, "---\ntitle: B\ndate: 2030-01-10\npublisher: Q\nside: RU\nkind: readout\n---\n"
        + "The leaders decided to restart negotiations on arms control in Vienna.\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-Dreadout.cache.dir=none", "-jar", jar.toString(),
        "compare", a.toString(), b.toString(), "--format", "json"));
    File out = dir.resolve("out.json").toFile();
    File err = dir.resolve("err.txt").toFile();
    Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("compare finishes").isTrue();
    assertThat(p.exitValue()).as(Files.readString(err.toPath(), StandardCharsets.UTF_8)).isZero();
    JsonNode root = new ObjectMapper().readTree(out);
    // a cosine comes only from the sentence embeddings: the ONNX model ran
    assertThat(root.get("alignments")).isNotEmpty();
    assertThat(root.get("alignments").get(0).get("cosine").asDouble()).isGreaterThan(0.5);
  }
}

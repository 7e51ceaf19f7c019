package org.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java example is this module's {@link ReadmeExample}: quoted verbatim, and it runs. */
class ReadmeExampleTest {
  private static final Path EXAMPLE = Path.of("src/test/java/org/readout/examples/ReadmeExample.java");
  private static final Path README = Path.of("../README.md");

  /** The example's lines between the markers, without their indentation. */
  private static List<String> exampleLines() throws Exception {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8)) {
      if (line.contains("README-END")) {
        break;
      }
      if (in) {
        out.add(line.strip());
      }
      in |= line.contains("README-BEGIN");
    }
    return out;
  }

  @Test
  void readmeQuotesTheCompiledExampleVerbatim() throws Exception {
    List<String> lines = exampleLines();
    assertThat(lines).hasSize(5);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + String.join("\n", lines) + "\n```");
  }

  @Test
  void exampleFindsTheFollowUpAgreementBothSidesReport() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("commitment-match: Both sides report an agreement by Russia and the United States")
        .contains("tasked their teams to follow up").contains("instruct their ministers to hold consultations");
  }
}

package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.model.AnalyzedStatement;
import org.readout.TestEngines;

/** Pathological inputs must be analysed in linear time and keep the offset invariants. */
class HostileTextTest {
  static Stream<String> hostile() {
    return Stream.of(
        "ab.Cd.".repeat(20_000),
        "a.b.c.d.".repeat(15_000) + "9",
        "A".repeat(120_000) + ": B",
        "President A B C D: ".repeat(6_000),
        "U.S. ".repeat(20_000),
        "Q\n".repeat(30_000),
        ".".repeat(120_000),
        "(".repeat(60_000) + ")".repeat(60_000),
        "x".repeat(120_000),
        "\n\n".repeat(60_000),
        "* * * ".repeat(20_000),
        "MR. X: (a.) ".repeat(10_000));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void analysesPathologicalTextQuickly(String text) {
    AnalyzedStatement a = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> TestEngines.TEXT.analyze(TextAnalysisPropertiesTest.statement(text)));
    TextAnalysisPropertiesTest.check(text);
    assertThat(a.text()).isEqualTo(text);
  }
}

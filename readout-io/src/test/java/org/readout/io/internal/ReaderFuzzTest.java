package org.readout.io.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing of every reader (see {@link ReaderFuzz}). In a normal build ({@code mvn verify}) this replays
 * the inputs in {@code src/test/resources/org/readout/io/internal/ReaderFuzzTestInputs/readers/}: seeds,
 * and every crash or hang fuzzing has found (kept as regression inputs, as jsoup keeps its fuzz
 * inputs). With {@code JAZZER_FUZZ=1} it fuzzes, coverage-guided, for {@code maxDuration}; see the README
 * for the CI run and the longer one.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "90s")
  void readers(byte[] input) {
    ReaderFuzz.fuzzerTestOneInput(input);
  }
}

package org.readout.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.internal.YamlData;

/**
 * Which finding types the short brief admits, decided from data: {@code brief-gate.yaml} records, per type,
 * the precision measured by {@code readout eval --layer compare} on the development and the test half of the
 * comparison gold (right of predicted). A type enters the brief only when it was predicted on both halves and
 * its precision reaches {@code minimum} on each; every other type stays in {@code --detail full}. Updating the
 * figures after a measurement changes the brief without touching code. The per-side commitment lines are gated
 * the same way, per act kind, on the commitments gold, and each side's topic list ({@code lines: topics}) on the
 * topics gold ({@code readout eval --layer topics}). Immutable.
 */
record BriefGate(double minimum, Map<String, Measured> types, Map<String, Measured> commitments,
                 Map<String, Measured> lines) {
  /** The gate shipped with Readout. */
  static final BriefGate BUNDLED = YamlData.resource(BriefGate.class, "brief-gate.yaml", BriefGate.class);

  BriefGate {
    types = Map.copyOf(types);
    commitments = commitments == null ? Map.of() : Map.copyOf(commitments);
    lines = lines == null ? Map.of() : Map.copyOf(lines);
  }

  BriefGate(double minimum, Map<String, Measured> types) {
    this(minimum, types, Map.of(), Map.of());
  }

  /** The prefix that marks an act kind among the admitted names ("commitment:pledge"). */
  static final String KIND = "commitment:";

  /** The prefix that marks a per-side line among the admitted names ("line:topics"). */
  static final String LINE = "line:";

  /** One type's figures: {@code [right, predicted]} on each half. */
  record Measured(List<Integer> dev, List<Integer> test) {
    Measured {
      if (dev.size() != 2 || test.size() != 2) {
        throw new IllegalArgumentException("brief-gate.yaml: dev and test are [right, predicted]");
      }
    }

    boolean reaches(double minimum) {
      return precise(dev, minimum) && precise(test, minimum);
    }

    private static boolean precise(List<Integer> rp, double minimum) {
      return rp.get(1) > 0 && rp.get(0) >= minimum * rp.get(1);
    }
  }

  /**
   * The admitted finding types, and the admitted act kinds of the per-side commitment lines as
   * {@code commitment:<kind>} (their figures: {@code readout eval --layer commitments}, "by act kind, all
   * statements", kind and actors right).
   */
  Set<String> admitted() {
    Set<String> out = new LinkedHashSet<>();
    types.forEach((type, m) -> {
      if (m.reaches(minimum)) {
        out.add(type);
      }
    });
    commitments.forEach((kind, m) -> {
      if (m.reaches(minimum)) {
        out.add(KIND + kind);
      }
    });
    lines.forEach((line, m) -> {
      if (m.reaches(minimum)) {
        out.add(LINE + line);
      }
    });
    return Set.copyOf(out);
  }
}

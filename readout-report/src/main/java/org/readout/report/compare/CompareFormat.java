package org.readout.report.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readout.ReadoutException;
import org.readout.compare.Comparison;

/** The output formats of {@code readout compare}, each with its renderer. */
public enum CompareFormat {
  JSON, MD, HTML, CSV;

  /** Parses a {@code --format} value; unknown values throw naming the valid ones. */
  public static CompareFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ReadoutException("--format: unknown format '" + s + "' (valid: "
          + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
    }
  }

  public String render(Comparison c) {
    return switch (this) {
      case JSON -> CompareJson.render(c);
      case MD -> CompareMarkdown.render(c);
      case HTML -> CompareHtml.render(c);
      case CSV -> CompareCsv.render(c);
    };
  }
}

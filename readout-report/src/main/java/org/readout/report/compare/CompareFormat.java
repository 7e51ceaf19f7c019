package org.readout.report.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readout.ReadoutException;
import org.readout.compare.Brief;
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

  /** The full listing (JSON, CSV: always complete). */
  public String render(Comparison c) {
    return render(c, true);
  }

  /** Markdown and HTML as the one-page brief ({@link BriefMarkdown}, {@link BriefHtml}) unless {@code full}. */
  public String render(Comparison c, boolean full) {
    return render(c, full, FurtherReading.NONE);
  }

  /** As {@link #render(Comparison, boolean)}, the brief followed by its "Further reading" appendix when there is one. */
  public String render(Comparison c, boolean full, FurtherReading further) {
    if (!full && this == MD) {
      return BriefMarkdown.render(Brief.of(c)) + further.markdown();
    }
    if (!full && this == HTML) {
      return further.appendTo(BriefHtml.render(c, Brief.of(c)));
    }
    return switch (this) {
      case JSON -> CompareJson.render(c);
      case MD -> CompareMarkdown.render(c);
      case HTML -> CompareHtml.render(c);
      case CSV -> CompareCsv.render(c);
    };
  }
}

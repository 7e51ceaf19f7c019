package org.readout.report.commitments;

import java.util.Locale;
import org.readout.ReadoutException;

/** Output formats of the commitments renderers. */
public enum CommitmentFormat {
  JSON, MD, CSV;

  /** Parses {@code json}, {@code md} (or {@code markdown}), {@code csv}; anything else is a user error. */
  public static CommitmentFormat parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    return switch (k) {
      case "json" -> JSON;
      case "md", "markdown" -> MD;
      case "csv" -> CSV;
      default -> throw new ReadoutException("--format: unknown format '" + s + "' (valid: json, md, csv)");
    };
  }
}

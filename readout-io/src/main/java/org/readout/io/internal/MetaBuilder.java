package org.readout.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.readout.ReadoutException;
import org.readout.io.IngestOptions;
import org.readout.model.Sides;
import org.readout.model.StatementMeta;

/**
 * Builds validated {@link StatementMeta}: the side must be a known code (stored normalised, e.g.
 * {@code "us"} → {@code "US"}), the date must be ISO {@code yyyy-MM-dd}. Values come from the source
 * (front matter, JSON record, HTML page) and, where the source has none, from {@link IngestOptions}.
 * Stateless and thread-safe.
 */
public final class MetaBuilder {
  /** Metadata fields are short scalars: a title, a date, a URL. */
  public static final int MAX_FIELD_CHARS = 4096;

  private MetaBuilder() {
  }

  /**
   * Builds metadata from {@code fields} (keys: title date publisher side kind meeting url licence
   * note), filling gaps from {@code options}.
   *
   * @param where        the source as named in errors ("file.md", "file.jsonl:17")
   * @param requireSide  true when the source must name its side (front matter, JSON Lines)
   */
  public static StatementMeta build(String id, Map<String, String> fields, IngestOptions options, String where,
                                    boolean requireSide) {
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (f.getValue() != null && f.getValue().length() > MAX_FIELD_CHARS) {
        throw new ReadoutException(where + ": field '" + clip(f.getKey()) + "' is " + f.getValue().length()
            + " characters, over the limit of " + MAX_FIELD_CHARS + " for a metadata field");
      }
    }
    if (id != null && id.length() > MAX_FIELD_CHARS) {
      throw new ReadoutException(where + ": id is " + id.length() + " characters, over the limit of " + MAX_FIELD_CHARS);
    }
    String sideRaw = firstNonBlank(fields.get("side"), options.side());
    String side = "";
    if (sideRaw != null) {
      side = Sides.normalise(sideRaw).orElseThrow(() -> new ReadoutException(where + ": unknown side '"
          + clip(sideRaw) + "' (known: " + String.join(", ", Sides.known()) + ")"));
    } else if (requireSide) {
      throw new ReadoutException(where + ": no side given (add 'side:' such as US or RU)");
    }
    String dateRaw = fields.get("date");
    LocalDate date = isBlank(dateRaw) ? options.date() : parseIsoDate(dateRaw, where);
    return new StatementMeta(id,
        firstNonBlank(fields.get("title"), options.title()),
        date,
        firstNonBlank(fields.get("publisher"), options.publisher()),
        side,
        firstNonBlank(fields.get("kind"), options.kind()),
        firstNonBlank(fields.get("meeting"), options.meeting()),
        fields.get("url"),
        firstNonBlank(fields.get("licence"), fields.get("license")),
        fields.get("note"));
  }

  /**
   * Parses an ISO date {@code yyyy-MM-dd} exactly (no times, no other layouts).
   *
   * @throws ReadoutException naming {@code where} when it is not one
   */
  public static LocalDate parseIsoDate(String raw, String where) {
    String s = raw.strip();
    boolean shape = s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    for (int i = 0; shape && i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        shape = false;
      }
    }
    if (shape) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        throw new ReadoutException(where + ": date '" + clip(s) + "' is not a real calendar date");
      }
    }
    throw new ReadoutException(where + ": date '" + clip(s) + "' is not an ISO date (yyyy-MM-dd)");
  }

  static String firstNonBlank(String a, String b) {
    if (!isBlank(a)) {
      return a.strip();
    }
    return isBlank(b) ? null : b.strip();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Keeps user-supplied values short and on one line inside error messages. */
  static String clip(String s) {
    String one = FrontMatter.oneLine(s);
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}

package org.readout.report.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV tables with Apache Commons CSV in {@link CSVFormat#RFC4180} (CRLF line ends; a field is
 * quoted when it holds a comma, quote or line break, and quotes are doubled), protected against
 * formula injection as OWASP advises: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is written with a leading {@code '}, so a spreadsheet shows it as text
 * instead of evaluating it ({@code =HYPERLINK(...)}, {@code @SUM(...)}). Every cell of every CSV Readout
 * prints goes through here. Build one table per report; not thread-safe (a new writer per call).
 *
 * <pre>{@code
 * String csv = new CsvWriter("id", "title").row("a", "=1+1").toString(); // "id,title\r\na,'=1+1\r\n"
 * }</pre>
 */
public final class CsvWriter {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private final StringBuilder out = new StringBuilder(4096);
  private final CSVPrinter printer;

  /** A table with this header row. */
  public CsvWriter(String... header) {
    this(List.of(header));
  }

  /** A table with this header row. */
  public CsvWriter(List<String> header) {
    try {
      printer = new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never fails
    }
    row(header);
  }

  /** Appends one row; each cell is {@link String#valueOf(Object)} of the value (null gives ""). */
  public CsvWriter row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  /**
   * Appends one row; each cell is {@link String#valueOf(Object)} of the value (null gives ""), text made
   * formula-safe by {@link #cell}; {@link Number} values are written as they are.
   */
  public CsvWriter row(List<?> cells) {
    List<String> safe = new ArrayList<>(cells.size());
    for (Object c : cells) {
      // a number is data, never a formula: "-0.5" keeps its sign
      safe.add(c == null ? "" : c instanceof Number ? String.valueOf(c) : cell(String.valueOf(c)));
    }
    try {
      printer.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The table so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** One cell made safe for spreadsheets: a leading {@code '} when it would start a formula. */
  public static String cell(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}

package org.readout.report.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.TopicCoverage;
import org.readout.report.escape.CsvWriter;
import org.readout.topics.CodedStatement;

/**
 * The coverage matrix as CSV (RFC 4180, through {@link CsvWriter}). One row per codebook topic; for
 * each statement the columns {@code <id>:level}, {@code <id>:sentences} (indexes joined by spaces), {@code <id>:words},
 * {@code <id>:share}, {@code <id>:first}. Thread-safe.
 */
public final class CompareCsv {
  private CompareCsv() {
  }

  public static String render(Comparison c) {
    List<String> header = new ArrayList<>(List.of("topic", "label"));
    for (CodedStatement s : c.statements()) {
      for (String col : List.of("level", "sentences", "words", "share", "first")) {
        header.add(s.id() + ":" + col);
      }
    }
    CsvWriter csv = new CsvWriter(header);
    for (TopicCoverage t : c.topics()) {
      List<String> cells = new ArrayList<>(List.of(t.topic(), t.label()));
      for (CodedStatement s : c.statements()) {
        Coverage v = t.coverage().get(s.id());
        cells.add(v.level());
        cells.add(v.sentences().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        cells.add(String.valueOf(v.words()));
        cells.add(String.format(Locale.ROOT, "%.4f", v.share()));
        cells.add(v.firstSentence() < 0 ? "" : String.valueOf(v.firstSentence()));
      }
      csv.row(cells);
    }
    return csv.toString();
  }
}

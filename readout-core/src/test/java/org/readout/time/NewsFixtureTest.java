package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;

/**
 * Value accuracy and extent F1 on a hand-written TimeML-style news fixture ({@code news-fixture.txt}: 74
 * expressions over six documents covering dates with and without a year, relative days, weeks, months and
 * years, weekdays before and after the document date, clock times with zones, parts of day, seasons,
 * quarters, fiscal years, decades, centuries, durations, sets, present/past/future references, part-of-period
 * modifiers and anchoring to the last date of a narrative). Each document runs through the sentence splitter
 * and the tagger, as in the pipeline. The scores are printed so a report can quote them.
 */
class NewsFixtureTest {
  private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)]]");
  private final TemporalTagger tagger = ReadoutConfig.defaults().temporalTagger();

  record Gold(int start, int end, String text, String value) {
  }

  record Doc(LocalDate date, String text, List<Gold> gold) {
  }

  static List<Doc> fixture() throws IOException {
    String raw;
    try (InputStream in = NewsFixtureTest.class.getResourceAsStream("news-fixture.txt")) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Doc> docs = new ArrayList<>();
    LocalDate date = null;
    StringBuilder body = new StringBuilder();
    for (String line : (raw + "\n@ end").split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@ ")) {
        if (date != null) {
          docs.add(parse(date, body.toString().trim()));
        }
        date = line.equals("@ end") ? null : LocalDate.parse(line.substring(2).trim());
        body.setLength(0);
      } else if (!line.isBlank()) {
        body.append(line.trim()).append(' ');
      }
    }
    return docs;
  }

  private static Doc parse(LocalDate date, String marked) {
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int s = text.length();
      text.append(m.group(1));
      gold.add(new Gold(s, text.length(), m.group(1), m.group(2)));
      last = m.end();
    }
    text.append(marked.substring(last));
    return new Doc(date, text.toString(), gold);
  }

  @Test
  void valueAccuracyAndExtentF1OnHandWrittenNews() throws IOException {
    int gold = 0;
    int predicted = 0;
    int overlap = 0;
    int strict = 0;
    int valueRight = 0;
    List<String> misses = new ArrayList<>();
    for (Doc d : fixture()) {
      AnalyzedStatement doc = Docs.doc("US", "News", d.date(), d.text());
      List<TemporalExpression> xs = tagger.tag(doc);
      gold += d.gold().size();
      predicted += xs.size();
      List<TemporalExpression> used = new ArrayList<>();
      for (Gold g : d.gold()) {
        TemporalExpression hit = xs.stream().filter(x -> !used.contains(x) && x.start() < g.end() && g.start() < x.end())
            .findFirst().orElse(null);
        if (hit == null) {
          misses.add(d.date() + " NOT FOUND '" + g.text() + "' (gold " + g.value() + ")");
          continue;
        }
        used.add(hit);
        overlap++;
        if (hit.start() == g.start() && hit.end() == g.end()) {
          strict++;
        }
        if (hit.value().equals(g.value())) {
          valueRight++;
        } else {
          misses.add(d.date() + " WRONG '" + g.text() + "' gold " + g.value() + ", got " + hit.value() + " for '"
              + hit.text() + "' (" + hit.rule() + ")");
        }
      }
      for (TemporalExpression x : xs) {
        if (!used.contains(x)) {
          misses.add(d.date() + " SPURIOUS '" + x.text() + "' = " + x.value() + " (" + x.rule() + ")");
        }
      }
    }
    double valueAccuracy = valueRight / (double) overlap;
    double relaxedF1 = 2.0 * overlap / (gold + predicted);
    double strictF1 = 2.0 * strict / (gold + predicted);
    double valueF1 = 2.0 * valueRight / (gold + predicted);
    System.out.printf("news fixture: gold %d, predicted %d, found %d, exact extent %d, value right %d%n", gold,
        predicted, overlap, strict, valueRight);
    System.out.printf("news fixture: value accuracy %.3f, extent F1 relaxed %.3f strict %.3f, value F1 %.3f%n",
        valueAccuracy, relaxedF1, strictF1, valueF1);
    misses.forEach(s -> System.out.println("  " + s));
    assertThat(gold).isGreaterThanOrEqualTo(60);
    assertThat(valueAccuracy).as("value accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.97);
    assertThat(relaxedF1).as("extent F1 (overlap); misses: %s", misses).isGreaterThanOrEqualTo(0.97);
  }
}

package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.model.StatementMeta;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/** Streams the first records of the Kremlin bulk file through analysis into one batch. */
class StreamingIngestTest {
  static final int LIMIT = 100;

  @TempDir
  Path tmp;

  @Test
  void streamsTheFirstHundredKremlinRecordsIntoOneTransaction() throws Exception {
    Readout readout = TestEngines.TEXT;
    Path file = tmp.resolve("ws.db");
    List<String> ids = new ArrayList<>();
    long sentences = 0;
    IngestReport report;
    try (Workspace ws = Workspace.open(file); IngestBatch batch = ws.begin("test")) {
      long[] count = {0};
      try {
        Ingest.stream(SharedCorpus.bulk(SharedCorpus.KREMLIN_BULK).toString(), IngestOptions.defaults(), st -> {
          if (ids.size() == LIMIT) {
            throw new EnoughRecords();
          }
          ids.add(st.id());
          AnalyzedStatement a = readout.analyze(st);
          count[0] += a.sentences().size();
          batch.add(a);
        });
      } catch (EnoughRecords expected) {
        // stop after LIMIT records
      }
      sentences = count[0];
      report = batch.commit();
    }
    assertThat(report).isEqualTo(new IngestReport(LIMIT, 0, 0, sentences));
    assertThat(sentences).isGreaterThan(LIMIT);
    try (Workspace ws = Workspace.open(file)) {
      List<StatementMeta> listed = ws.list();
      assertThat(listed).hasSize(LIMIT);
      assertThat(listed).allSatisfy(m -> {
        assertThat(m.id()).startsWith("kremlin:");
        assertThat(m.side()).isEqualTo("RU");
        assertThat(m.date()).isBetween(java.time.LocalDate.of(2021, 10, 1), java.time.LocalDate.of(2022, 6, 30));
      });
      assertThat(listed.stream().map(StatementMeta::id).toList()).containsExactlyInAnyOrderElementsOf(ids);
      AnalyzedStatement first = ws.get(ids.get(0)).orElseThrow();
      assertThat(first.sentences()).isNotEmpty();
      assertThat(first.sentences().get(0).text()).isEqualTo(
          first.text().substring(first.sentences().get(0).start(), first.sentences().get(0).end()));
    }
  }

  private static final class EnoughRecords extends RuntimeException {
    EnoughRecords() {
      super(null, null, false, false);
    }
  }
}

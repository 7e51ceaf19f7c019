package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/** The first records of each shared bulk file stream cleanly (the whole files belong to benchmarks). */
class BulkStreamTest {
  private static final int N = 50;

  /** Thrown by the sink to stop reading after N records. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  private static List<Statement> firstRecords(String file) {
    List<Statement> got = new ArrayList<>();
    try {
      Ingest.stream(SharedCorpus.bulk(file).toString(), IngestOptions.defaults(), st -> {
        got.add(st);
        if (got.size() == N) {
          throw new Enough();
        }
      });
    } catch (Enough e) {
      // stopped on purpose
    }
    return got;
  }

  private static void assertClean(List<Statement> records, String idPrefix, String side) {
    assertThat(records).hasSize(N);
    assertThat(records).allSatisfy(st -> {
      assertThat(st.id()).startsWith(idPrefix);
      assertThat(st.meta().side()).isEqualTo(side);
      assertThat(st.meta().date()).isNotNull();
      assertThat(st.text()).isNotBlank().doesNotContain("\u00a0", "  ", "\n\n\n", "\\###", "](http", "**", "<figure");
      assertThat(st.text().replace("\n\n", "")).doesNotContain("\n");
      assertThat(st.source()).contains("#");
    });
    assertThat(records).extracting(Statement::id).doesNotHaveDuplicates();
  }

  @Test
  void kremlinRecordsStreamWithTheirIdsAndRegainTurnParagraphs() {
    List<Statement> records = firstRecords("kremlin-en-2021-10_2022-06.jsonl.gz");
    assertClean(records, "kremlin:", "RU");
    assertThat(records.get(0).id()).isEqualTo("kremlin:68700");
    assertThat(records.get(0).meta().publisher()).isEqualTo("President of Russia");
    // the source lost its paragraph breaks; speaker turns get their own paragraphs back
    assertThat(records).anySatisfy(st -> assertThat(st.text()).contains("\n\nVladimir Putin: "));
    assertThat(records.get(0).text()).doesNotContain("* * *");
  }

  @Test
  void whiteHouseRecordsStreamWithMarkdownTakenOut() {
    List<Statement> records = firstRecords("whitehouse-briefing-room.jsonl.gz");
    assertClean(records, "wh:", "US");
    Statement second = records.get(1);
    assertThat(second.text()).startsWith("Yesterday, President Donald J. Trump took decisive action to protect");
    assertThat(second.text()).doesNotContain("list-manage.com", "[", "]");
  }
}

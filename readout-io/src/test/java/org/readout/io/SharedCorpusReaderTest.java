package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/**
 * The core test harness reads corpus statements without readout-io (core cannot depend on it); this
 * keeps its reader honest: it must give exactly the statements ingest gives.
 */
class SharedCorpusReaderTest {

  @Test
  void readsEveryMeetingFileExactlyAsIngestDoes() {
    List<Statement> ingested = Ingest.read(SharedCorpus.meetings());
    List<Statement> read = SharedCorpus.allMeetingStatements();
    assertThat(read).hasSize(24);
    assertThat(read).containsExactlyElementsOf(ingested);
  }

  @Test
  void readsBulkRecordsExactlyAsIngestDoes() {
    for (String name : List.of(SharedCorpus.KREMLIN_BULK, SharedCorpus.WHITE_HOUSE_BULK)) {
      List<Statement> read = SharedCorpus.bulkStatements(name, 300);
      List<Statement> ingested = new ArrayList<>();
      class Enough extends RuntimeException {
      }
      try {
        Ingest.stream(SharedCorpus.bulk(name).toString(), IngestOptions.defaults(), s -> {
          if (ingested.size() == read.size()) {
            throw new Enough();
          }
          ingested.add(s);
        });
      } catch (Enough e) {
        // read as many as the harness did
      }
      assertThat(read).as(name).hasSize(300).containsExactlyElementsOf(ingested);
    }
  }
}

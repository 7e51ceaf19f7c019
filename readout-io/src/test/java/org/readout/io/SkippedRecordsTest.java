package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.Statement;

/** What {@link Ingest#stream} reports as skipped: bad records with keepGoing, and records with no text. */
class SkippedRecordsTest {
  private static final String GOOD = "{\"id\":\"a\",\"title\":\"A\",\"date\":\"2022-01-10\",\"publisher\":\"P\","
      + "\"side\":\"US\",\"kind\":\"readout\",\"text\":\"The two sides met in Geneva.\"}";
  private static final String IMAGE_ONLY = "{\"id\":\"b\",\"title\":\"B\",\"date\":\"2022-01-11\",\"publisher\":\"P\","
      + "\"side\":\"US\",\"kind\":\"readout\",\"text\":\"![A photo](https://example.org/p.png)\"}";

  @Test
  void countsRecordsWithNoTextAsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, GOOD + "\n" + IMAGE_ONLY + "\n");
    List<String> warnings = new ArrayList<>();
    List<Statement> got = new ArrayList<>();

    int skipped = Ingest.stream(file.toString(), IngestOptions.defaults().withWarnings(warnings::add), got::add);

    assertThat(got).extracting(Statement::id).containsExactly("a");
    assertThat(skipped).isEqualTo(1);
    assertThat(warnings).singleElement().asString().contains("feed.jsonl:2").contains("no text");
  }

  @Test
  void countsBadAndEmptyRecordsTogetherWithKeepGoing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, GOOD + "\n{not json\n" + IMAGE_ONLY + "\n");
    List<Statement> got = new ArrayList<>();

    int skipped = Ingest.stream(file.toString(), IngestOptions.defaults().withKeepGoing(true), got::add);

    assertThat(got).hasSize(1);
    assertThat(skipped).isEqualTo(2);
  }
}

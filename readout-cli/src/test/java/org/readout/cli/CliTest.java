package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.testing.SharedCorpus;

class CliTest {

  @TempDir
  Path tmp;

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("ingest", "list", "analyze", "bench", "Exit codes:", "64", "70");
  }

  @Test
  void everyOwnCommandHasHelpWithDbAndDebug() {
    for (String cmd : List.of("ingest", "list", "analyze", "bench")) {
      CliRun run = CliRun.of(cmd, "--help");
      assertThat(run.exit()).as(cmd).isZero();
      assertThat(run.out()).as(cmd).contains("Usage: readout " + cmd, "--db", "--debug");
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("list", "--no-such-option");
    assertThat(run.exit()).isEqualTo(64);
    assertThat(run.err()).startsWith("readout: ").contains("--no-such-option").contains("readout list --help");
  }

  @Test
  void ingestsTheFlagshipMeetingThenListsIdSideDateKindTitle() {
    String db = tmp.resolve("ws.db").toString();
    CliRun ingest = CliRun.of("ingest", SharedCorpus.flagship().toString(), "--db", db);
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("5 added", "0 unchanged", "0 updated");
    CliRun list = CliRun.of("list", "--db", db);
    assertThat(list.exit()).isZero();
    List<String> lines = list.out().lines().toList();
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(5);
      assertThat(f[1]).isIn("US", "RU");
      assertThat(f[2]).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(f[3]).isNotBlank();
      assertThat(f[4]).isNotBlank();
    }
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\tRU\t2021-12-07\t"));
  }

  @Test
  void ingestsAllMeetingsTwiceAndTheSecondRunChangesNothing() {
    String db = tmp.resolve("ws.db").toString();
    String meetings = SharedCorpus.meetings().toString();
    CliRun first = CliRun.of("ingest", meetings, "--db", db);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Ingested 24 statements", "24 added", "0 unchanged", "0 updated", "0 skipped");
    List<String> lines = CliRun.of("list", "--db", db).out().lines().toList();
    assertThat(lines).hasSize(24);
    assertThat(lines).allSatisfy(line -> {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(5);
      assertThat(f[0]).startsWith("20"); // meeting-qualified: <meeting slug>/<file stem>
      assertThat(f[1]).isIn("US", "RU");
      assertThat(f[2]).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(f[3]).isNotBlank();
    });
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("2021-12-07-biden-putin-video-call/ru-meeting-with-us-president\tRU\t2021-12-07\treadout\t"));
    String before = CliRun.of("list", "--format", "json", "--db", db).out();
    CliRun second = CliRun.of("ingest", meetings, "--db", db);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("0 added", "24 unchanged", "0 updated", " 0 sentences analysed");
    assertThat(CliRun.of("list", "--format", "json", "--db", db).out()).isEqualTo(before);
  }

  @Test
  void reingestReportsEverythingUnchanged() {
    String db = tmp.resolve("ws.db").toString();
    assertThat(CliRun.of("ingest", SharedCorpus.flagship().toString(), "--db", db).exit()).isZero();
    String listed = CliRun.of("list", "--format", "json", "--db", db).out();
    CliRun again = CliRun.of("ingest", SharedCorpus.flagship().toString(), "--db", db);
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("0 added", "5 unchanged", "0 updated");
    assertThat(CliRun.of("list", "--format", "json", "--db", db).out()).isEqualTo(listed);
  }

  @Test
  void listFormatsCsvAndJson() throws Exception {
    String db = tmp.resolve("ws.db").toString();
    assertThat(CliRun.of("ingest", SharedCorpus.flagship().toString(), "--db", db).exit()).isZero();
    CliRun csv = CliRun.of("list", "--format", "csv", "--db", db);
    assertThat(csv.out().lines().toList()).hasSize(6).first().asString().startsWith("id,side,date,kind,title");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("list", "--format", "json", "--db", db).out());
    assertThat(json.size()).isEqualTo(5);
    assertThat(json.get(0).get("sentences").asInt()).isPositive();
  }

  @Test
  void listOnAMissingWorkspaceCreatesNothing() {
    Path db = tmp.resolve("nothing-here.db");
    CliRun run = CliRun.of("list", "--db", db.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(db).doesNotExist();
  }

  @Test
  void analyzeJsonGivesSentencesWithOffsetsIntoTheText() throws Exception {
    Path file = SharedCorpus.flagship("us-readout.md");
    CliRun run = CliRun.of("analyze", "--format", "json", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode st = new ObjectMapper().readTree(run.out()).get("statements").get(0);
    assertThat(st.get("side").asText()).isEqualTo("US");
    JsonNode sentences = st.get("sentences");
    assertThat(sentences.size()).isGreaterThanOrEqualTo(5);
    // The splitter must not break after the initial in "Joseph R. Biden, Jr.".
    assertThat(sentences.get(0).get("text").asText()).contains("Biden").doesNotEndWith("R.");
    int previousEnd = 0;
    for (JsonNode s : sentences) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertThat(start).isGreaterThanOrEqualTo(previousEnd);
      assertThat(end).isGreaterThan(start);
      assertThat(s.get("text").asText()).hasSize(end - start);
      for (JsonNode t : s.get("tokens")) {
        assertThat(t.get("start").asInt()).isBetween(start, end);
        assertThat(t.has("lemma")).isTrue();
      }
      previousEnd = end;
    }
    boolean putin = false;
    for (JsonNode m : st.get("mentions")) {
      JsonNode s = sentences.get(m.get("sentence").asInt());
      int from = m.get("start").asInt() - s.get("start").asInt();
      int to = m.get("end").asInt() - s.get("start").asInt();
      assertThat(s.get("text").asText().substring(from, to)).isEqualTo(m.get("surface").asText());
      putin |= m.get("surface").asText().contains("Putin") && m.get("entityId").asText().equals("RUS");
    }
    assertThat(putin).as("a mention of Putin resolved to RUS").isTrue();
  }

  @Test
  void analyzeTextShowsEachSentenceWithItsOffsets() {
    CliRun run = CliRun.of("analyze", SharedCorpus.flagship("ru-meeting-with-us-president.md").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("# ru-meeting-with-us-president\tRU\t2021-12-07\t");
    assertThat(run.out()).containsPattern("\\[0\\] 0-\\d+  ").contains("    tokens: ");
  }

  @Test
  void missingPathIsBadInputNamingThePathWithoutStackTrace() {
    Path db = tmp.resolve("ws.db");
    Path missing = tmp.resolve("no-such-statement.md");
    for (String cmd : List.of("ingest", "analyze")) {
      CliRun run = CliRun.of(cmd, missing.toString(), "--db", db.toString());
      assertThat(run.exit()).as(cmd).isEqualTo(2);
      assertThat(run.err().lines().toList()).as(cmd).hasSize(1);
      assertThat(run.err()).as(cmd).startsWith("readout: " + missing + ": ").doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(db).doesNotExist();
  }

  @Test
  void debugAddsTheStackTrace() {
    CliRun run = CliRun.of("analyze", tmp.resolve("missing.md").toString(), "--debug");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ReadoutException").contains("\tat ");
  }

  @Test
  void aWorkspaceThatIsNotADatabaseIsAnIoErrorInOneLine() throws Exception {
    Path notDb = tmp.resolve("notes.db");
    Files.writeString(notDb, "these are my notes, not a database\n");
    CliRun run = CliRun.of("list", "--db", notDb.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err().lines().toList()).singleElement().asString().startsWith("readout: " + notDb + ": ");
    assertThat(Files.readString(notDb)).isEqualTo("these are my notes, not a database\n");
    CliRun dir = CliRun.of("ingest", SharedCorpus.flagship("us-readout.md").toString(), "--db", tmp.toString());
    assertThat(dir.exit()).isEqualTo(3);
    assertThat(dir.err()).startsWith("readout: " + tmp + ": is a directory");
  }

  @Test
  void benchReportsThroughputAndTheTimeOfEveryStage() {
    Path kremlin = SharedCorpus.bulk(SharedCorpus.KREMLIN_BULK);
    CliRun run = CliRun.of("bench", "--corpus", kremlin.toString(), "--limit", "20", "--runs", "1", "--threads", "2",
        "--store");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("20 statements", "sentences/s", "statements/s", "read+normalise", "store (SQLite)");
    for (String stage : org.readout.Readout.TEXT_STAGES) {
      assertThat(run.out()).contains("    " + stage + " ");
    }
  }

  @Test
  void benchFullRunsEveryStageOfTheRegistryWithEmbeddings() {
    Path kremlin = SharedCorpus.bulk(SharedCorpus.KREMLIN_BULK);
    CliRun run = CliRun.of("bench", "--full", "--corpus", kremlin.toString(), "--limit", "4", "--sample", "5", "--runs",
        "1", "--threads", "2", "--warmup", "1");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("--full (hybrid embeddings)", "every 5th record", "after 1 warm-up pass(es)", "4 statements",
        "sentences/s", "scored again by bge");
    // the CPU outside the stage threads is split into the model's pool, the JIT and the collector
    assertThat(run.out()).containsPattern("bge model pool +[\\d,]+\\n").containsPattern("JIT compilers +[\\d,]+  \\(compile time\\)")
        .containsPattern("GC +[\\d,]+  \\(collection time\\)");
    for (String stage : BenchCommand.fullStages()) {
      assertThat(run.out()).contains("    " + stage + " ");
    }
    assertThat(BenchCommand.fullStages()).contains("sentences", "tokens", "actors", "topics", "attribution",
        "commitments", "time").doesNotContain("pos");
    CliRun bad = CliRun.of("bench", "--full", "--embeddings", "word2vec", "--corpus", kremlin.toString());
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("--embeddings must be hybrid or bge");
    CliRun negative = CliRun.of("bench", "--warmup", "-1", "--corpus", kremlin.toString());
    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err()).contains("--warmup not negative");
  }

  @Test
  void badFlagValuesAreBadInput() {
    CliRun date = CliRun.of("ingest", SharedCorpus.flagship().toString(), "--date", "07/12/2021", "--db", tmp.resolve("x.db").toString());
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).startsWith("readout: --date: ");
  }

}

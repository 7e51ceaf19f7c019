package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.testing.SharedCorpus;

/**
 * meetings, search, trends and related on a small real workspace: three Biden–Putin meeting folders
 * read from ../shared at test time (ingest also builds the search index).
 */
class CorpusCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static Path MEETINGS;

  @TempDir
  static Path tmp;
  static String db;

  @BeforeAll
  static void workspace() {
    MEETINGS = SharedCorpus.meetings(); // skips with the locator's reason when ../shared is absent
    db = tmp.resolve("ws.db").toString();
    CliRun run = CliRun.of("ingest", MEETINGS.resolve("2021-04-13-biden-putin-call").toString(),
        MEETINGS.resolve("2021-06-16-biden-putin-geneva-summit").toString(),
        MEETINGS.resolve("2021-12-07-biden-putin-video-call").toString(), "--db", db);
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void meetingsListsTheThreeBidenPutinMeetingsWithBothSidesOfTheFlagship() throws Exception {
    CliRun run = CliRun.of("meetings", "--actor", "RUS", "--actor", "USA", "--format", "json", "--db", db);
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode ms = JSON.readTree(run.out()).get("meetings");
    List<String> ids = new ArrayList<>();
    ms.forEach(m -> ids.add(m.get("id").asText()));
    assertThat(ids).containsExactly("2021-04-13-biden-putin", "2021-06-16-biden-putin", "2021-12-07-biden-putin");
    JsonNode flagship = ms.get(2);
    assertThat(flagship.get("sides").toString()).isEqualTo("[\"RU\",\"US\"]");
    assertThat(flagship.get("members")).hasSize(5);
    for (JsonNode x : flagship.get("members")) {
      assertThat(x.get("reason").asText()).isNotBlank();
      assertThat(x.get("evidence").get("rule").asText()).startsWith("meetings:");
    }
  }

  @Test
  void splitAndMergeAreKeptInTheWorkspace() throws Exception {
    String db2 = tmp.resolve("edits.db").toString();
    assertThat(CliRun.of("ingest", MEETINGS.resolve("2021-04-13-biden-putin-call").toString(), "--db", db2, "--no-index").exit()).isZero();
    String remarks = "2021-04-13-biden-putin-call/us-remarks-biden-on-russia-2021-04-15";
    CliRun split = CliRun.of("meetings", "split", "2021-04-13-biden-putin", "--statements", remarks, "--db", db2);
    assertThat(split.exit()).as(split.err()).isZero();
    JsonNode after = JSON.readTree(CliRun.of("meetings", "--format", "json", "--db", db2).out()).get("meetings");
    assertThat(after).hasSize(2);
    List<String> ids = new ArrayList<>();
    after.forEach(m -> ids.add(m.get("id").asText()));
    CliRun merge = CliRun.of("meetings", "merge", ids.get(0), ids.get(1), "--db", db2);
    assertThat(merge.exit()).as(merge.err()).isZero();
    assertThat(JSON.readTree(CliRun.of("meetings", "--format", "json", "--db", db2).out()).get("meetings")).hasSize(1);
  }

  @Test
  void searchRanksTheKremlinReadoutFirstForItsOwnWordsWithHighlightOffsets() throws Exception {
    CliRun run = CliRun.of("search", "legally binding guarantees", "--side", "RU", "--format", "json", "--db", db);
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode hits = JSON.readTree(run.out()).get("hits");
    assertThat(hits.size()).isPositive();
    JsonNode first = hits.get(0);
    assertThat(first.get("side").asText()).isEqualTo("RU");
    String text = Files.readString(MEETINGS.resolve("2021-12-07-biden-putin-video-call/ru-meeting-with-us-president.md"));
    assertThat(first.get("statement").asText()).isEqualTo("2021-12-07-biden-putin-video-call/ru-meeting-with-us-president");
    JsonNode s = first.get("sentences").get(0);
    for (JsonNode h : s.get("highlights")) {
      int from = h.get("start").asInt() - s.get("start").asInt();
      assertThat(s.get("text").asText().substring(from, from + h.get("text").asText().length()))
          .isEqualTo(h.get("text").asText());
      assertThat(h.get("text").asText().toLowerCase()).containsAnyOf("legal", "binding", "guarant");
    }
    assertThat(text).isNotEmpty();
  }

  @Test
  void fieldFiltersRestrictSideAndDate() throws Exception {
    CliRun us = CliRun.of("search", "side:US AND Putin", "--format", "json", "--db", db, "--limit", "50");
    assertThat(us.exit()).as(us.err()).isZero();
    JsonNode hits = JSON.readTree(us.out()).get("hits");
    assertThat(hits.size()).isPositive();
    hits.forEach(h -> assertThat(h.get("side").asText()).isEqualTo("US"));
    CliRun dated = CliRun.of("search", "Putin", "--from", "2021-06-01", "--to", "2021-06-30", "--format", "json", "--db", db,
        "--limit", "50");
    JsonNode d = JSON.readTree(dated.out()).get("hits");
    assertThat(d.size()).isPositive();
    d.forEach(h -> assertThat(h.get("date").asText()).startsWith("2021-0"));
    d.forEach(h -> assertThat(h.get("date").asText().compareTo("2021-06-01")).isGreaterThanOrEqualTo(0));
  }

  @Test
  void trendsCountTopicSentencesPerMonthAndSide() throws Exception {
    CliRun csv = CliRun.of("trends", "--topic", "ukraine", "--by", "month", "--db", db);
    assertThat(csv.exit()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("period,side,key,sentences,total,share");
    // December 2021: both sides speak of Ukraine in the flagship
    String ru = lines.stream().filter(l -> l.startsWith("2021-12,RU,ukraine,")).findFirst().orElseThrow();
    String[] f = ru.split(",");
    assertThat(Integer.parseInt(f[3])).isPositive().isLessThanOrEqualTo(Integer.parseInt(f[4]));
    CliRun svg = CliRun.of("trends", "--topic", "ukraine", "--format", "svg", "--db", db);
    assertThat(svg.out()).startsWith("<svg").contains("<path").contains("</svg>");
  }

  @Test
  void relatedListsTheEarlierMeetingsOfTheSameLeadersWithReasons() throws Exception {
    CliRun run = CliRun.of("related", "2021-12-07-biden-putin", "--db", db);
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("format").asText()).isEqualTo("readout-related/1");
    List<String> meetings = new ArrayList<>();
    for (JsonNode it : root.get("items")) {
      assertThat(it.get("reasons").size()).isPositive();
      if (it.get("type").asText().equals("meeting")) {
        meetings.add(it.get("id").asText());
        assertThat(it.get("relation").asText()).isEqualTo("earlier-meeting");
        assertThat(it.get("reasons").get(0).get("kind").asText()).isEqualTo("same-participants");
      }
    }
    assertThat(meetings).containsExactly("2021-06-16-biden-putin", "2021-04-13-biden-putin");
  }

  @Test
  void judgementsScoreTheSearchPerModeShowingQueriesOfTheDevHalfOnlyAndPoolTheUnjudged() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("judged"));
    Files.writeString(dir.resolve("queries.tsv"), "id\thalf\tquery\tside\tfrom\tto\n"
        + "d1\tdev\tlegally binding guarantees\tRU\t\t\n"
        + "t1\ttest\tsanctions Ukraine\t\t2021-12-01\t2021-12-31\n");
    String kremlin = "2021-12-07-biden-putin-video-call/ru-meeting-with-us-president";
    Files.writeString(dir.resolve("judgements.tsv"), "query\tstatement\tgrade\n" + "d1\t" + kremlin + "\t2\n");
    CliRun run = CliRun.of("search", "--judgements", dir.toString(), "--half", "all", "--db", db);
    assertThat(run.exit()).as(run.err()).isZero();
    // the Kremlin readout ranks first for its own words: nDCG@10 1, one relevant statement in the first five, MRR 1
    assertThat(run.out()).contains("dev half: 1 queries, 1 judgements").containsPattern("bm25 +1\\.000 +0\\.200 +1\\.000");
    assertThat(run.out()).contains("d1   1.000  legally binding guarantees").contains("test half: 1 queries, 0 judgements");
    assertThat(run.out()).doesNotContain("sanctions Ukraine"); // test queries are scored, not shown
    CliRun pool = CliRun.of("search", "--judgements", dir.toString(), "--half", "test", "--pool", "--db", db);
    assertThat(pool.exit()).as(pool.err()).isZero();
    List<String> rows = pool.out().lines().skip(1).toList();
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).matches("t1\t[^\t]+\t\t(US|RU)\t2021-12-\\d\\d\t.*"));
  }

  @Test
  void vectorAndHybridSearchNeedAndUseSentenceVectors() throws Exception {
    CliRun noVectors = CliRun.of("search", "security guarantees", "--mode", "vector", "--db", db);
    assertThat(noVectors.exit()).isEqualTo(2);
    assertThat(noVectors.err()).contains("no sentence vectors").contains("readout index --vectors");
    String small = tmp.resolve("vectors.db").toString();
    Path ru = MEETINGS.resolve("2021-12-07-biden-putin-video-call/ru-meeting-with-us-president.md");
    assertThat(CliRun.of("ingest", ru.toString(), "--db", small, "--no-index").exit()).isZero();
    CliRun index = CliRun.of("index", "--vectors", "--db", small);
    assertThat(index.exit()).as(index.err()).isZero();
    for (String mode : List.of("vector", "hybrid")) {
      CliRun run = CliRun.of("search", "guarantees against NATO moving east", "--mode", mode, "--format", "json", "--db", small);
      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode hits = JSON.readTree(run.out()).get("hits");
      assertThat(hits).hasSize(1);
      // the nearest sentence of the Kremlin readout is about NATO's eastward expansion and guarantees
      assertThat(hits.get(0).get("sentences").get(0).get("text").asText()).containsIgnoringCase("NATO");
    }
  }

  @Test
  void badInputListsTheValidNamesAndExitsTwo() {
    CliRun topic = CliRun.of("trends", "--topic", "no-such-topic", "--db", db);
    assertThat(topic.exit()).isEqualTo(2);
    assertThat(topic.err()).contains("unknown topic 'no-such-topic'").contains("ukraine", "nato");
    CliRun actor = CliRun.of("meetings", "--actor", "Nobody Atall", "--db", db);
    assertThat(actor.exit()).isEqualTo(2);
    assertThat(actor.err()).contains("unknown actor 'Nobody Atall'").contains("RUS", "putin");
    CliRun field = CliRun.of("search", "topic:no-such-topic", "--db", db);
    assertThat(field.exit()).isEqualTo(2);
    assertThat(field.err()).contains("valid topics");
    CliRun side = CliRun.of("search", "x", "--side", "XX", "--db", db);
    assertThat(side.exit()).isEqualTo(2);
    CliRun range = CliRun.of("meetings", "--from", "2022-01-01", "--to", "2021-01-01", "--db", db);
    assertThat(range.exit()).isEqualTo(2);
    CliRun related = CliRun.of("related", "no-such-meeting", "--db", db);
    assertThat(related.exit()).isEqualTo(2);
    assertThat(related.err()).contains("no-such-meeting");
    CliRun missing = CliRun.of("meetings", "--db", tmp.resolve("none.db").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(Files.exists(tmp.resolve("none.db"))).isFalse();
  }
}

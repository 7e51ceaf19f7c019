package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.testing.SharedCorpus;

class AttributionsAndTimelineCommandTest {

  @TempDir
  Path tmp;

  @Test
  void attributionsWritesEveryFormatToOut() throws Exception {
    Path json = tmp.resolve("a.json");
    assertThat(Main.run("attributions", SharedCorpus.flagship("ru-meeting-with-us-president.md").toString(), "--out", json.toString()))
        .isZero();
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("attributions").size()).isGreaterThan(5);
    assertThat(root.get("attributions").findValuesAsText("speakerId")).contains("putin", "biden");
    Path csv = tmp.resolve("a.csv");
    assertThat(Main.run("attributions", SharedCorpus.flagship().toString(), "--format", "csv", "--out", csv.toString())).isZero();
    assertThat(Files.readString(csv)).startsWith("statement,sentence,start,end,type,speaker").contains("Jake Sullivan");
    Path md = tmp.resolve("a.md");
    assertThat(Main.run("attributions", SharedCorpus.flagship("us-readout.md").toString(), "--format", "md", "--out", md.toString()))
        .isZero();
    assertThat(Files.readString(md)).startsWith("# Attributions").contains("Joseph R. Biden");
    assertThat(Files.list(tmp).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
  }

  @Test
  void attributionsNameSpeakersFromTheUserActorDictionary() throws Exception {
    Path statement = tmp.resolve("note.md");
    Files.writeString(statement, String.join("\n", "---", "title: \"Note\"", "date: \"2021-12-08\"",
        "publisher: \"Test\"", "side: \"RU\"", "kind: \"statement\"", "---", "",
        "Spokeswoman Irina Testova said the talks were useful.", ""));
    Path actors = tmp.resolve("actors.yaml");
    Files.writeString(actors, String.join("\n", "version: 1", "persons:", "  - id: testova", "    name: Irina Testova",
        "    gender: female", "    state: RUS", "    aliases: [Irina Testova, Testova]", "    roles:",
        "      - {role: spokesperson, of: RUS, from: 2020-01-01}", ""));
    Path out = tmp.resolve("u.json");
    assertThat(Main.run("attributions", statement.toString(), "--actors", actors.toString(), "--out", out.toString()))
        .isZero();
    JsonNode a = new ObjectMapper().readTree(out.toFile()).get("attributions").get(0);
    assertThat(a.get("speaker").asText()).isEqualTo("Irina Testova");
    assertThat(a.get("speakerId").asText()).isEqualTo("testova");
    assertThat(a.get("speakerActor").asText()).isEqualTo("RUS");
    assertThat(a.get("content").asText()).isEqualTo("the talks were useful");
  }

  @Test
  void timelineWritesEveryFormatToOut() throws Exception {
    Path json = tmp.resolve("t.json");
    assertThat(Main.run("timeline", SharedCorpus.flagship("ru-meeting-with-us-president.md").toString(), "--out", json.toString()))
        .isZero();
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("expressions").size()).isGreaterThan(3);
    assertThat(root.get("events").size()).isGreaterThan(2);
    Path html = tmp.resolve("t.html");
    assertThat(Main.run("timeline", SharedCorpus.flagship().toString(), "--format", "html", "--out", html.toString())).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains("2021-12-07");
    Path md = tmp.resolve("t.md");
    assertThat(Main.run("timeline", SharedCorpus.flagship().toString(), "--format", "md", "--out", md.toString())).isZero();
    assertThat(Files.readString(md)).startsWith("# Timeline");
  }

  @Test
  void badInputAndBadFormatGiveExitCodes() {
    assertThat(Main.run("attributions", tmp.resolve("missing.md").toString())).isEqualTo(2);
    assertThat(Main.run("timeline", tmp.resolve("missing.md").toString())).isEqualTo(2);
    assertThat(Main.run("attributions", SharedCorpus.flagship().toString(), "--format", "xml")).isEqualTo(ErrorHandler.USAGE);
    assertThat(Main.run("timeline", SharedCorpus.flagship().toString(), "--format", "csv")).isEqualTo(ErrorHandler.USAGE);
  }
}

package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/** Every shared meeting statement ingests with the right metadata and clean text. */
class MeetingsCorpusTest {

  @Test
  void ingestsAllTwentyFourMeetingStatementsInSortedOrder() {
    List<Statement> all = Ingest.read(SharedCorpus.meetings());
    assertThat(all).hasSize(24);
    assertThat(all).extracting(s -> s.meta().side()).containsOnly("US", "RU");
    assertThat(all.stream().filter(s -> s.meta().side().equals("RU")).count()).isEqualTo(2);
    assertThat(all).allSatisfy(s -> {
      assertThat(s.meta().date()).isNotNull();
      assertThat(s.meta().meeting()).isNotEmpty();
      assertThat(Path.of(s.source()).getParent().getFileName().toString()).isEqualTo(s.meta().meeting());
      assertThat(s.text()).isNotBlank();
      assertThat(s.sha256()).hasSize(64);
    });
    Map<String, Long> kinds = all.stream().collect(Collectors.groupingBy(s -> s.meta().kind(), TreeMap::new,
        Collectors.counting()));
    assertThat(kinds).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "briefing", 1L, "joint-statement", 1L, "press-call", 4L, "press-conference", 3L, "readout", 9L,
        "remarks", 5L, "statement", 1L)));
    // folders first by name, files by name inside: the first statement is the April 2021 Kremlin readout
    assertThat(all.get(0).id()).isEqualTo("ru-readout");
    assertThat(all.get(0).meta().date()).isEqualTo(LocalDate.of(2021, 4, 13));
    assertThat(all.get(23).meta().meeting()).isEqualTo("2023-11-15-biden-xi-woodside");
  }

  @Test
  void everyTextIsNormalised() {
    for (Statement s : Ingest.read(SharedCorpus.meetings())) {
      String t = s.text();
      assertThat(t.replace("\n\n", "")).as(s.source()).doesNotContain("\n");
      assertThat(t).as(s.source()).doesNotContain("\\", "\u00a0", "  ", "\n\n\n", "###").doesNotEndWith(" ")
          .doesNotStartWith(" ");
      assertThat(t).as(s.source()).isEqualTo(org.readout.text.TextNormaliser.normalise(t));
    }
  }

  @Test
  void flagshipUsReadoutIsOneCleanParagraph() {
    Statement us = Ingest.read(SharedCorpus.flagship().resolve("us-readout.md")).get(0);
    assertThat(us.id()).isEqualTo("us-readout");
    assertThat(us.meta().side()).isEqualTo("US");
    assertThat(us.meta().kind()).isEqualTo("readout");
    assertThat(us.meta().date()).isEqualTo(LocalDate.of(2021, 12, 7));
    assertThat(us.meta().publisher()).isEqualTo("The White House");
    assertThat(us.meta().title()).startsWith("Readout of President Biden’s Video Call");
    assertThat(us.text()).startsWith("President Joseph R. Biden, Jr. held a secure video call today with President "
        + "Vladimir Putin of Russia to discuss a range of issues on the U.S.-Russia agenda.");
    assertThat(us.text()).doesNotContain("\\###", "###", "\n").endsWith("regional issues such as Iran.");
    assertThat(us.text()).contains("Russia’s escalation"); // typographic apostrophe kept
  }

  @Test
  void flagshipKremlinReadoutKeepsItsParagraphs() {
    Statement ru = Ingest.read(SharedCorpus.flagship().resolve("ru-meeting-with-us-president.md")).get(0);
    assertThat(ru.meta().side()).isEqualTo("RU");
    assertThat(ru.meta().publisher()).isEqualTo("President of Russia");
    String[] paragraphs = ru.text().split("\n\n");
    assertThat(paragraphs).hasSize(2);
    assertThat(paragraphs[0]).isEqualTo("Vladimir Putin had a lengthy conversation with President of the United "
        + "States of America Joseph Biden.");
    assertThat(paragraphs[1]).contains("Kiev's provocative actions against Donbass.");
  }

  @Test
  void briefingKeepsTranscriptTurnsAsParagraphs() {
    Statement b = Ingest.read(SharedCorpus.flagship().resolve("us-psaki-sullivan-briefing.md")).get(0);
    List<String> paragraphs = List.of(b.text().split("\n\n"));
    assertThat(paragraphs.get(0)).isEqualTo("James S. Brady Press Briefing Room");
    assertThat(paragraphs).contains("MR. SULLIVAN: Thanks, Jen, and good to see everybody here today.");
    assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("Q Thank you, Jake. Could you elaborate"));
    // a turn never ends up inside another paragraph
    assertThat(paragraphs).allSatisfy(p -> assertThat(p.indexOf("MR. SULLIVAN:")).isIn(-1, 0));
  }

  @Test
  void readingTwiceGivesIdenticalStatements() {
    Path f = SharedCorpus.flagship().resolve("us-readout.md");
    Statement a = Ingest.read(f).get(0);
    Statement b = Ingest.read(f).get(0);
    assertThat(b).isEqualTo(a);
    assertThat(b.sha256()).isEqualTo(Statement.sha256Hex(a.text()));
    assertThat(Ingest.read(SharedCorpus.meetings())).isEqualTo(Ingest.read(SharedCorpus.meetings()));
  }
}

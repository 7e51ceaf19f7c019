package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;

class CodebookTest {
  @Test
  void defaultCodebookHasTheSummitAgendaTopics() {
    Codebook cb = Codebook.defaults();
    assertThat(cb.topics()).extracting(Topic::id).contains("ukraine", "nato", "security-guarantees",
        "strategic-stability", "cyber", "iran", "sanctions", "diplomatic-missions", "allies-coordination",
        "bilateral-relations", "history", "climate", "health", "afghanistan", "syria", "korea", "taiwan", "trade",
        "energy", "human-rights", "humanitarian", "terrorism", "arctic", "space", "middle-east",
        "indo-pacific", "counternarcotics", "military-communication", "people-to-people", "follow-up");
    for (Topic t : cb.topics()) {
      assertThat(t.label()).as(t.id()).isNotBlank();
      assertThat(t.scope()).as(t.id()).isNotBlank();
      assertThat(t.include()).as(t.id()).isNotEmpty();
      assertThat(t.examples()).as(t.id()).isNotEmpty();
    }
    assertThat(cb.threshold()).isEqualTo(0.85);
    assertThat(cb.thresholdOf(cb.topic("sanctions").orElseThrow())).isEqualTo(0.80);
  }

  @Test
  void loadsAUserCodebook(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.yaml");
    Files.writeString(f, """
        threshold: 0.9
        topics:
          - id: fisheries
            label: Fisheries
            include: [fish*, "fishing * quota*"]
            examples: [The sides discussed fishing rights in the northern sea.]
        """);
    Codebook cb = Codebook.load(f);
    assertThat(cb.source()).isEqualTo(f.toString());
    assertThat(cb.topics()).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo("fisheries");
      assertThat(t.include()).containsExactly("fish*", "fishing * quota*");
    });
    assertThat(cb.threshold()).isEqualTo(0.9);
  }

  @Test
  void keyMentionsCodeNothingButAreMatchedByTheMentionCoder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.yaml");
    Files.writeString(f, """
        topics:
          - id: fisheries
            include: ["fishing * quota*"]
            exclude: [quota of trawlers in the museum]
            mentions: [trawler*]
            examples: [The sides discussed fishing rights in the northern sea.]
        """);
    Codebook cb = Codebook.load(f);
    assertThat(cb.topic("fisheries").orElseThrow().mentions()).containsExactly("trawler*");
    assertThat(new PhraseCoder(cb).topics("Their trawlers were seized.")).isEmpty();
    assertThat(cb.mentionCoder().topics("Their trawlers were seized.")).containsExactly("fisheries");
    assertThat(cb.mentionCoder().topics("He saw the quota of trawlers in the museum.")).isEmpty();
    assertThat(cb.mentionCoder().topics("They set fishing quotas.")).isEmpty();
    Files.writeString(f, "topics:\n  - id: a\n    include: [x]\n    mentions: [\"y *\"]\n");
    assertThatThrownBy(() -> Codebook.load(f)).hasMessageContaining("must start and end with a word");
  }

  @Test
  void rejectsBadCodebooksNamingTheFileAndTopic(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "topics:\n  - id: Bad Id\n    include: [x]\n");
    assertThatThrownBy(() -> Codebook.load(f)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("Bad Id");
    Files.writeString(f, "topics:\n  - id: a\n    include: [x]\n  - id: a\n    include: [y]\n");
    assertThatThrownBy(() -> Codebook.load(f)).hasMessageContaining("duplicate id");
    Files.writeString(f, "topics:\n  - id: a\n    include: [\"* x\"]\n");
    assertThatThrownBy(() -> Codebook.load(f)).hasMessageContaining("must start and end with a word");
    Files.writeString(f, "topics:\n  - id: a\n    include: [x]\n    threshold: 3\n");
    assertThatThrownBy(() -> Codebook.load(f)).hasMessageContaining("threshold");
    Files.writeString(f, "topics: [");
    assertThatThrownBy(() -> Codebook.load(f)).hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> Codebook.load(dir.resolve("missing.yaml"))).hasMessageContaining("codebook not found");
  }
}

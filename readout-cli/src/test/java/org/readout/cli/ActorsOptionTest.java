package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --actors FILE} extends the bundled dictionary for the commands that analyse text. */
class ActorsOptionTest {
  private static final String USER_DICTIONARY = String.join("\n",
      "version: 1",
      "persons:",
      "  - id: testova",
      "    name: Irina Testova",
      "    gender: female",
      "    state: RUS",
      "    aliases: [Irina Testova, Testova]",
      "    roles:",
      "      - {role: spokesperson, of: RUS, from: 2020-01-01}",
      "");

  @Test
  void userDictionaryAddsAPersonToAnalyze(@TempDir Path dir) throws Exception {
    Path statement = dir.resolve("note.md");
    Files.writeString(statement, String.join("\n", "---", "title: \"Note\"", "date: \"2021-12-08\"",
        "publisher: \"Test\"", "side: \"RU\"", "kind: \"statement\"", "---", "",
        "Irina Testova said the talks were useful.", ""));
    Path actors = dir.resolve("actors.yaml");
    Files.writeString(actors, USER_DICTIONARY);

    CliRun without = CliRun.of("analyze", statement.toString(), "--format", "json");
    CliRun with = CliRun.of("analyze", statement.toString(), "--format", "json", "--actors", actors.toString());

    assertThat(without.exit()).isZero();
    assertThat(mentionedActors(without.out())).doesNotContain("testova");
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(mentionedActors(with.out())).contains("testova");
    assertThat(with.out()).contains("Irina Testova");
  }

  private static List<String> mentionedActors(String json) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode st : new ObjectMapper().readTree(json).get("statements")) {
      for (JsonNode m : st.get("mentions")) {
        ids.add(m.get("actorId").asText());
      }
    }
    return ids;
  }

  @Test
  void missingActorsFileIsOneLineBadInput(@TempDir Path dir) throws Exception {
    Path statement = dir.resolve("note.md");
    Files.writeString(statement, String.join("\n", "---", "title: \"Note\"", "date: \"2021-12-08\"",
        "publisher: \"Test\"", "side: \"RU\"", "kind: \"statement\"", "---", "", "Talks were held.", ""));
    Path missing = dir.resolve("nope.yaml");

    CliRun run = CliRun.of("analyze", statement.toString(), "--actors", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).contains("nope.yaml").doesNotContain("\n").doesNotContain("Exception");
  }

  /** A user dictionary naming a minister none of the bundled data knows (hand-written, fictional). */
  private static final String MINISTER = String.join("\n",
      "version: 1",
      "persons:",
      "  - id: brennvik",
      "    name: Astrid Brennvik",
      "    gender: female",
      "    state: FRA",
      "    aliases: [Astrid Brennvik, Brennvik]",
      "    roles:",
      "      - {role: foreign-minister, of: FRA, from: 2020-01-01, title: Foreign Minister}",
      "");

  private static Path statement(Path dir, String stem, String side, String body) throws Exception {
    Path f = dir.resolve(stem + ".md");
    Files.writeString(f, String.join("\n", "---", "title: \"Readout of the ministers' call\"", "date: \"2021-12-10\"",
        "publisher: \"Ministry " + side + "\"", "side: \"" + side + "\"", "kind: \"readout\"", "---", "", body, ""));
    return f;
  }

  /** Every "speaker" value anywhere in a report (statements' speakers, evidence voices, commitments). */
  private static List<String> attributedSpeakers(String json) throws Exception {
    return collected(json, "speaker");
  }

  /** Every text value of {@code key} anywhere in the JSON document. */
  private static List<String> collected(String json, String key) throws Exception {
    List<String> out = new ArrayList<>();
    collect(new ObjectMapper().readTree(json), key, out);
    return out;
  }

  private static void collect(JsonNode n, String key, List<String> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (e.getKey().equals(key) && e.getValue().isTextual()) {
          out.add(e.getValue().asText());
        }
        collect(e.getValue(), key, out);
      });
    } else if (n.isArray()) {
      n.forEach(x -> collect(x, key, out));
    }
  }

  @Test
  void compareAttributesASpeakerKnownOnlyToTheUserDictionary(@TempDir Path dir) throws Exception {
    Path a = statement(dir, "side-a", "FR", "Foreign Minister Astrid Brennvik spoke today with her counterpart. "
        + "Brennvik said that France would keep supporting the observer mission. "
        + "The two ministers agreed to instruct their teams to prepare a meeting in March.");
    Path b = statement(dir, "side-b", "DE", "The ministers discussed the observer mission. "
        + "The ministers agreed to instruct their teams to prepare a meeting in March.");
    Path actors = dir.resolve("extra.yaml");
    Files.writeString(actors, MINISTER);

    CliRun with = CliRun.of("compare", a.toString(), b.toString(), "--actors", actors.toString(), "--format", "json");
    CliRun without = CliRun.of("compare", a.toString(), b.toString(), "--format", "json");

    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(attributedSpeakers(with.out())).contains("Astrid Brennvik");
    assertThat(collected(with.out(), "speakerId")).contains("brennvik");
    assertThat(without.exit()).as(without.err()).isZero();
    // without the user's dictionary the name is still found (a speaker beyond the dictionary), unresolved
    assertThat(collected(without.out(), "speakerId")).doesNotContain("brennvik");
  }

  @Test
  void commitmentsAndAttributionsUseTheUserDictionaryToo(@TempDir Path dir) throws Exception {
    Path a = statement(dir, "side-a", "FR", "Foreign Minister Astrid Brennvik spoke today with her counterpart. "
        + "Brennvik said that France would keep supporting the observer mission.");
    Path actors = dir.resolve("extra.yaml");
    Files.writeString(actors, MINISTER);

    CliRun attributions = CliRun.of("attributions", a.toString(), "--actors", actors.toString(), "--format", "json");
    CliRun commitments = CliRun.of("commitments", a.toString(), "--actors", actors.toString(), "--format", "json");

    assertThat(attributions.exit()).as(attributions.err()).isZero();
    assertThat(new ObjectMapper().readTree(attributions.out()).get("attributions"))
        .anySatisfy(x -> assertThat(x.get("speakerId").asText()).isEqualTo("brennvik"));
    assertThat(commitments.exit()).as(commitments.err()).isZero();
    assertThat(commitments.out()).contains("Astrid Brennvik");
  }
}

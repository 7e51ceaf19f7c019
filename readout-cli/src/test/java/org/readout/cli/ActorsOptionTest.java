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
}

package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.testing.SharedCorpus;

/** {@code readout commitments PATH…}, {@code commitments list|set} and {@code readout track}. */
class CommitmentsCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path statement(String name, String id, String side, String date, String body) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: \"" + id + "\"\ndate: \"" + date + "\"\npublisher: \"p\"\nside: \"" + side
        + "\"\nkind: \"readout\"\nmeeting: \"2030-01-10-summit\"\n---\n\n" + body + "\n");
    return p;
  }

  @Test
  void extractsFromFilesWhenTheFirstArgumentIsAPath() throws Exception {
    CliRun r = CliRun.of("commitments", SharedCorpus.flagship("us-readout.md").toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode cs = JSON.readTree(r.out()).get("commitments");
    assertThat(cs.size()).isGreaterThanOrEqualTo(4);
    assertThat(cs.findValuesAsText("kind")).contains("warning", "demand", "agreement", "pledge");
  }

  @Test
  void writesAtomicallyWithOut() throws Exception {
    Path out = dir.resolve("c.md");
    CliRun r = CliRun.of("commitments", SharedCorpus.flagship("us-readout.md").toString(), "--format", "md", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("| id | kind |").contains("in the event of military escalation");
  }

  @Test
  void withoutPathsOrSubcommandItIsAUsageError() {
    CliRun r = CliRun.of("commitments");
    assertThat(r.exit()).isEqualTo(ErrorHandler.USAGE);
    assertThat(r.err()).contains("subcommand");
  }

  @Test
  void listSetAndTrackWorkOnTheWorkspace() throws Exception {
    String db = dir.resolve("ws.db").toString();
    statement("a.md", "a", "US", "2030-01-10", "President Biden met President Putin of Russia in Vienna. The two "
        + "presidents agreed to launch negotiations on a new treaty limiting intermediate-range missiles.");
    statement("b.md", "b", "RU", "2030-02-01", "Negotiations on the new treaty limiting intermediate-range missiles "
        + "would take place in Geneva on March 3, as agreed during the January 10 summit.");
    CliRun ingest = CliRun.of("ingest", dir.resolve("in").toString(), "--db", db);
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    CliRun list = CliRun.of("commitments", "list", "--db", db, "--status", "open");
    assertThat(list.exit()).as(list.err()).isZero();
    JsonNode cs = JSON.readTree(list.out()).get("commitments");
    assertThat(cs.size()).isEqualTo(1);
    String id = cs.get(0).get("id").asText();
    assertThat(cs.get(0).get("kind").asText()).isEqualTo("agreement");

    CliRun track = CliRun.of("track", "--db", db);
    assertThat(track.exit()).as(track.err()).isZero();
    JsonNode s = JSON.readTree(track.out()).get("suggestions");
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.get(0).get("status").asText()).isEqualTo("in-progress");
    String b = s.get(0).get("evidence").get("statement").asText();
    assertThat(b).as("workspace id of b.md").endsWith("b");

    CliRun set = CliRun.of("commitments", "set", id, "fulfilled", "--evidence", b + ":0", "--note", "held", "--by", "ana",
        "--db", db);
    assertThat(set.exit()).as(set.err()).isZero();
    JsonNode after = JSON.readTree(set.out()).get("commitments").get(0);
    assertThat(after.get("status").asText()).isEqualTo("fulfilled");
    JsonNode last = after.get("history").get(after.get("history").size() - 1);
    assertThat(last.get("by").asText()).isEqualTo("ana");
    assertThat(last.get("evidence").get("statement").asText()).isEqualTo(b);
    assertThat(last.get("evidence").get("sentence").asInt()).isZero();

    CliRun fulfilled = CliRun.of("commitments", "list", "--db", db, "--status", "fulfilled", "--meeting",
        "2030-01-10-summit", "--format", "csv");
    assertThat(fulfilled.exit()).as(fulfilled.err()).isZero();
    assertThat(fulfilled.out().split("\r\n")).hasSize(2);

    CliRun bad = CliRun.of("commitments", "set", "nope#0.1", "fulfilled", "--db", db);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("nope#0.1");
    CliRun badStatus = CliRun.of("commitments", "list", "--db", db, "--status", "done");
    assertThat(badStatus.exit()).isEqualTo(2);
    assertThat(badStatus.err()).contains("in-progress");
  }
}

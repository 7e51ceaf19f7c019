package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout ingest --full}: the whole analysis at ingest, the commitments stored as {@code track}
 * would extract them, recorded with the analysis version so that {@code track} extracts nothing again.
 * Hand-written statements (not from the corpus).
 */
class IngestFullTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  Path in;
  Path cache;

  @BeforeEach
  void statements() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    Path meeting = Files.createDirectories(in.resolve("2031-05-02-us-uk-call"));
    write(meeting.resolve("us-readout.md"), "Readout of the President's call with Prime Minister Hart", "2031-05-02",
        "The White House", "US", "readout", "2031-05-02-us-uk-call",
        "President Biden spoke today with Prime Minister Hart of the United Kingdom. The two leaders agreed to open talks "
            + "on a new fisheries accord before the summer. The United States will provide further funding for coastal "
            + "search and rescue training.");
    write(meeting.resolve("uk-readout.md"), "PM call with President Biden", "2031-05-02", "Prime Minister's Office", "UK",
        "readout", "2031-05-02-us-uk-call",
        "The Prime Minister spoke to President Biden this afternoon. The United Kingdom is ready to host the first round "
            + "of fisheries talks in London. The leaders called on both fleets to respect the quota agreed last year.");
    write(in.resolve("later.md"), "Statement on fisheries talks", "2031-05-28", "The White House", "US", "statement", "",
        "Talks between the United States and the United Kingdom on a new fisheries accord opened in London this week, as "
            + "the leaders agreed.");
    // The static embedding table is distilled on first use (about a minute); reuse the one the core tests keep.
    cache = Files.createDirectories(dir.resolve("cache"));
    Path home = Path.of(System.getProperty("user.home"), ".readout", "cache");
    if (Files.isDirectory(home)) {
      try (Stream<Path> tables = Files.list(home)) {
        for (Path t : tables.filter(p -> p.getFileName().toString().startsWith("static-")).toList()) {
          Files.copy(t, cache.resolve(t.getFileName()));
        }
      }
    }
  }

  private static void write(Path file, String title, String date, String publisher, String side, String kind,
                            String meeting, String body) throws IOException {
    Files.writeString(file, "---\ntitle: \"" + title + "\"\ndate: \"" + date + "\"\npublisher: \"" + publisher
        + "\"\nside: \"" + side + "\"\nkind: \"" + kind + "\"\nmeeting: \"" + meeting + "\"\n---\n\n" + body + "\n");
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--cache-dir", cache.toString()));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  @Test
  void storesTheCommitmentsTrackWouldExtractAndTrackExtractsNothing() throws IOException {
    String full = dir.resolve("full.db").toString();
    assertThat(run("ingest", in.toString(), "--full", "--db", full).out())
        .contains("3 added").containsPattern("commitments of 3 statements stored \\([1-9]\\d* commitments");

    // The same statements ingested as before (text stages only) and extracted by 'commitments list'.
    String plain = dir.resolve("plain.db").toString();
    run("ingest", in.toString(), "--db", plain);
    String extractedLater = run("commitments", "list", "--db", plain).out();
    assertThat(run("commitments", "list", "--db", full).out()).isEqualTo(extractedLater);

    // ... and what 'readout commitments' reports for the files.
    List<String> fromFiles = kindsAndTexts(JSON.readTree(run("commitments", in.toString()).out()));
    assertThat(kindsAndTexts(JSON.readTree(extractedLater))).containsExactlyInAnyOrderElementsOf(fromFiles).isNotEmpty();

    CliRun track = run("track", "--db", full, "--progress");
    assertThat(track.err()).contains("commitments: 3 of 3 statements current in the workspace, 0 extracted now");

    String fresh = dir.resolve("fresh.db").toString();
    run("ingest", in.toString(), "--db", fresh);
    assertThat(run("track", "--db", fresh, "--progress").err())
        .contains("commitments: 0 of 3 statements current in the workspace, 3 extracted now");
  }

  @Test
  void reIngestKeepsHistoryAndReExtractsOnlyWhatChanged() throws IOException {
    String db = dir.resolve("ws.db").toString();
    run("ingest", in.toString(), "--full", "--db", db);
    JsonNode first = JSON.readTree(run("commitments", "list", "--db", db).out()).get("commitments");
    String id = null;
    for (JsonNode c : first) {
      if (c.get("statement").asText().endsWith("us-readout") && c.get("kind").asText().equals("agreement")) {
        id = c.get("id").asText();
      }
    }
    assertThat(id).as(first.toString()).isNotNull();
    run("commitments", "set", id, "in-progress", "--evidence", "later:0", "--note", "talks opened", "--db", db);

    assertThat(run("ingest", in.toString(), "--full", "--db", db).out())
        .contains("3 unchanged").contains("commitments of 0 statements stored");
    assertCommitmentKept(db, id);

    Path us = in.resolve("2031-05-02-us-uk-call").resolve("us-readout.md");
    Files.writeString(us, Files.readString(us).stripTrailing() + " They discussed the weather.\n");
    assertThat(run("ingest", in.toString(), "--full", "--db", db).out())
        .contains("1 updated").contains("commitments of 1 statements stored");
    assertCommitmentKept(db, id);
    assertThat(run("track", "--db", db, "--progress").err()).contains("0 extracted now");
  }

  private void assertCommitmentKept(String db, String id) throws IOException {
    JsonNode list = JSON.readTree(run("commitments", "list", "--db", db).out()).get("commitments");
    JsonNode kept = null;
    for (JsonNode c : list) {
      if (c.get("id").asText().equals(id)) {
        kept = c;
      }
    }
    assertThat(kept).as(list.toString()).isNotNull();
    assertThat(kept.get("status").asText()).isEqualTo("in-progress");
    assertThat(kept.get("history")).extracting(h -> h.get("by").asText()).hasSize(2).element(1).isNotEqualTo("auto");
  }

  private static List<String> kindsAndTexts(JsonNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : root.get("commitments")) {
      out.add(c.get("kind").asText() + ": " + c.get("text").asText());
    }
    return out;
  }
}

package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.testing.SharedCorpus;

/**
 * The flagship meeting (7 Dec 2021, from {@code ../shared}) plus later Biden–Putin statements written for
 * this test ({@code tracking-later/}, hand-written fixtures, not corpus text): the later statements refer
 * to the call's agreement to consult in other words ("as the two presidents agreed, the expert talks …
 * are scheduled", "builds on the agreement reached during the December call … to launch negotiations"),
 * and {@code readout track} moves that agreement to in-progress with evidence from them. A third later
 * statement uses the same follow-up language about other parties (Japan) and must not be evidence.
 */
class FlagshipTrackingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEETING = "2021-12-07-biden-putin-video-call/";
  /** The Kremlin readout's "agreed to instruct their representatives to engage in … consultations". */
  private static final String RU_CONSULT = MEETING + "ru-meeting-with-us-president#10.1";
  /** The White House readout's "tasked their teams to follow up". */
  private static final String US_FOLLOW_UP = MEETING + "us-readout#3.1";

  @TempDir
  Path dir;

  @Test
  void theAgreementToConsultMovesToInProgressWithEvidenceFromLaterStatements() throws Exception {
    Path flagship = SharedCorpus.flagship();
    String db = dir.resolve("ws.db").toString();
    CliRun ingest = CliRun.of("ingest", flagship.toString(), later().toString(), "--db", db);
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    CliRun track = CliRun.of("track", "--db", db);
    assertThat(track.exit()).as(track.err()).isZero();
    JsonNode suggestions = JSON.readTree(track.out()).get("suggestions");
    Map<String, List<JsonNode>> byCommitment = new HashMap<>();
    for (JsonNode s : suggestions) {
      byCommitment.computeIfAbsent(s.get("commitment").asText(), x -> new ArrayList<>()).add(s);
      assertThat(s.get("evidence").get("statement").asText()).as("the distractor about Japan is no evidence")
          .isNotEqualTo("us-trade-talks-2021-12-22");
      assertThat(s.get("evidence").get("end").asInt()).isGreaterThan(s.get("evidence").get("start").asInt());
      assertThat(s.get("rule").asText()).startsWith("track.");
    }
    assertThat(byCommitment).as(track.out()).containsKeys(RU_CONSULT, US_FOLLOW_UP);
    assertThat(byCommitment.get(RU_CONSULT)).extracting(s -> s.get("evidence").get("statement").asText())
        .contains("ru-mfa-consultations-2021-12-20");
    assertThat(byCommitment.get(US_FOLLOW_UP)).extracting(s -> s.get("evidence").get("statement").asText())
        .contains("us-nsc-geneva-talks-2021-12-28");
    assertThat(byCommitment.get(US_FOLLOW_UP)).anySatisfy(s ->
        assertThat(s.get("rule").asText()).contains("track.followup."));
    for (List<JsonNode> l : byCommitment.values()) {
      assertThat(l.size()).as("a handful per commitment").isLessThanOrEqualTo(3);
    }

    CliRun inProgress = CliRun.of("commitments", "list", "--status", "in-progress", "--db", db);
    assertThat(inProgress.exit()).as(inProgress.err()).isZero();
    List<String> ids = new ArrayList<>();
    for (JsonNode c : JSON.readTree(inProgress.out()).get("commitments")) {
      ids.add(c.get("id").asText());
    }
    assertThat(ids).contains(RU_CONSULT, US_FOLLOW_UP);

    CliRun again = CliRun.of("track", "--db", db);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(JSON.readTree(again.out()).get("suggestions").size()).as("nothing new on a second run").isZero();
  }

  private static Path later() throws URISyntaxException {
    return Path.of(FlagshipTrackingTest.class.getResource("tracking-later").toURI());
  }
}

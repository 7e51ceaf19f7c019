package org.readout.io.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.SpeakerLink;
import org.readout.io.Ingest;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/** Issue 5 downstream: commitments on the flagship briefing and readout carry the speaker chain. */
class FlagshipCommitmentSpeakersTest {

  static List<Commitment> extract(String file) {
    return TestEngines.commitments(TestEngines.RULES.analyze(Ingest.read(SharedCorpus.flagship(file)).get(0)));
  }

  static Commitment find(List<Commitment> cs, String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    return cs.stream().filter(c -> (c.text() + " " + c.action()).toLowerCase(Locale.ROOT).contains(p)).findFirst()
        .orElseThrow(() -> new AssertionError("no commitment with '" + phrase + "' in " + cs));
  }

  static List<String> names(Commitment c) {
    return c.speakerChain().stream().map(SpeakerLink::speaker).toList();
  }

  @Test
  void sullivanReportsBidensWarningToPutin() {
    Commitment c = find(extract("us-psaki-sullivan-briefing.md"), "would respond with strong economic measures");
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    List<String> chain = names(c);
    int sullivan = indexOf(chain, "Sullivan");
    int biden = indexOf(chain, "Biden");
    assertThat(sullivan).as("Sullivan in %s", chain).isGreaterThanOrEqualTo(0);
    assertThat(biden).as("Biden after Sullivan in %s", chain).isGreaterThan(sullivan);
    assertThat(biden).isEqualTo(chain.size() - 1);
    assertThat(c.speakerChain().get(sullivan).type()).isEqualTo("turn");
    assertThat(c.speakerChain().get(biden).speakerActor()).isEqualTo("USA");
    assertThat(c.speakers()).isNotEmpty().allMatch(s -> s.contains("Biden"));
  }

  @Test
  void kremlinReadoutsSanctionsWarningIsVoicedByBidenReportedByTheRussianSide() {
    Commitment c = extract("ru-meeting-with-us-president.md").stream()
        .filter(x -> x.kind() == CommitmentKind.WARNING && x.action().toLowerCase(Locale.ROOT).contains("sanctions"))
        .findFirst().orElseThrow();
    assertThat(c.innermostSpeaker()).contains("Biden");
    assertThat(c.speakerChain().get(c.speakerChain().size() - 1).speakerActor()).isEqualTo("USA");
    assertThat(c.speakerChain()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(c.speakerChain().get(0).speaker()).doesNotContain("Biden");
    assertThat(c.reportedBy()).isEqualTo("RUS");
    assertThat(c.speakers()).isNotEmpty().allMatch(s -> s.contains("Biden"));
  }

  @Test
  void putinsOwnWarningIsVoicedByPutin() {
    Commitment c = extract("ru-meeting-with-us-president.md").stream()
        .filter(x -> x.kind() == CommitmentKind.WARNING && x.actors().equals(List.of("RUS"))).findFirst().orElseThrow();
    assertThat(c.innermostSpeaker()).contains("Putin");
  }

  private static int indexOf(List<String> chain, String part) {
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}

package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;

/**
 * One-sided-topic findings need the raising side to raise the topic (issue 10): hand-written statements of the
 * shapes that gave wrong findings on unseen meetings — a topic named once in passing inside a long transcript, a
 * topic only in a journalist's question — against a short readout that raises a topic in its one sentence.
 */
class TopicRaiseTest {
  private static List<String> filler(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add("The minister described the grain harvest in farming district number " + i + " in some detail.");
    }
    return out;
  }

  private static final AnalyzedStatement SHORT = ComparerTest.statement("west", "US", "The White House", List.of(
      "The two leaders discussed the crisis around Ukraine.", "The two presidents tasked their teams to follow up."));

  private static List<Finding> oneSided(AnalyzedStatement... s) {
    return Readout.standard().compare(List.of(s)).findings().stream()
        .filter(f -> f.type().equals(Finding.ONE_SIDED_TOPIC)).toList();
  }

  @Test
  void aTopicNamedOnceInALongTranscriptIsNotRaised() {
    List<String> text = new ArrayList<>(List.of("The two leaders discussed the crisis around Ukraine."));
    text.addAll(filler(60));
    text.add(30, "The Iranian nuclear programme and the talks in Vienna were also discussed.");
    AnalyzedStatement longOne = ComparerTest.statement("east", "RU", "Kremlin", text);
    assertThat(Readout.standard().compare(List.of(longOne, SHORT)).topic("iran").orElseThrow().presentIn("east"))
        .as("coded with the topic").isTrue();
    assertThat(oneSided(longOne, SHORT)).extracting(Finding::topic).doesNotContain("iran");
  }

  @Test
  void aTopicRaisedInSeveralSentencesOfALongTranscriptIs() {
    List<String> text = new ArrayList<>(List.of("The two leaders discussed the crisis around Ukraine."));
    text.addAll(filler(60));
    text.add(10, "The Iranian nuclear programme and the talks in Vienna were also discussed.");
    text.add(40, "Both leaders want the nuclear deal with Iran restored in full.");
    AnalyzedStatement longOne = ComparerTest.statement("east", "RU", "Kremlin", text);
    assertThat(oneSided(longOne, SHORT)).extracting(Finding::topic).contains("iran");
  }

  @Test
  void aTopicRaisedOnceInAShortReadoutIs() {
    AnalyzedStatement east = ComparerTest.statement("east", "RU", "Kremlin", List.of(
        "The two leaders discussed the crisis around Ukraine.",
        "The leaders discussed the Iranian nuclear programme and the talks in Vienna."));
    assertThat(oneSided(east, SHORT)).extracting(Finding::topic).contains("iran");
  }

  @Test
  void aTopicOnlyInAQuestionIsNotRaised() {
    AnalyzedStatement east = ComparerTest.statement("east", "RU", "Kremlin", List.of(
        "The two leaders discussed the crisis around Ukraine.",
        "Will the Iranian nuclear programme and the talks in Vienna be discussed next time?"));
    assertThat(oneSided(east, SHORT)).extracting(Finding::topic).doesNotContain("iran");
  }

  @Test
  void theGateAdmitsOnlyTypesPreciseOnBothHalves() {
    BriefGate gate = new BriefGate(0.9, Map.of(
        "a", new BriefGate.Measured(List.of(9, 10), List.of(9, 9)),
        "b", new BriefGate.Measured(List.of(2, 2), List.of(2, 3)),
        "c", new BriefGate.Measured(List.of(3, 3), List.of(0, 0))));
    assertThat(gate.admitted()).containsExactly("a");
    assertThat(Brief.PRECISE).isEqualTo(BriefGate.BUNDLED.admitted());
  }
}

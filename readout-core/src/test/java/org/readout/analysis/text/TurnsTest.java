package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.SharedCorpus;

class TurnsTest {
  private static AnalyzedStatement split(String text) {
    return new SentenceStage(SentenceSplitter.bundled()).process(AnalyzedStatement.of(TextAnalysisPropertiesTest.statement(text)));
  }

  @Test
  void briefingTurnsAlternateBetweenSpeakers() {
    AnalyzedStatement a = new SentenceStage(SentenceSplitter.bundled()).process(AnalyzedStatement.of(
        SharedCorpus.flagshipStatement("us-psaki-sullivan-briefing.md")));
    List<Turns.Turn> turns = Turns.of(a, SpeakerLabels.bundled());
    Map<String, Integer> bySpeaker = new TreeMap<>();
    turns.forEach(t -> bySpeaker.merge(t.speaker(), 1, Integer::sum));
    assertThat(bySpeaker).containsExactly(Map.entry("MR. SULLIVAN", 27), Map.entry("MS. PSAKI", 53),
        Map.entry("Q", 79));
    assertThat(turns.get(0).speaker()).isEqualTo("MS. PSAKI");
    assertThat(turns.get(0).firstSentence()).isEqualTo(2);
    assertThat(turns.get(0).lastSentence()).isEqualTo(7);
    assertThat(turns.get(1).speaker()).isEqualTo("MR. SULLIVAN");
    for (int i = 1; i < turns.size(); i++) {
      assertThat(turns.get(i).firstSentence()).isEqualTo(turns.get(i - 1).lastSentence() + 1);
    }
  }

  @Test
  void kremlinTurnsInRunTogetherText() {
    String text = "Vladimir Putin: Good afternoon. Let us begin. Aide to the President Yury Ushakov: Thank you. "
        + "Question: When? Vladimir Putin:(laughing) Soon.";
    List<Turns.Turn> turns = Turns.of(split(text), SpeakerLabels.bundled());
    assertThat(turns).extracting(Turns.Turn::speaker)
        .containsExactly("Vladimir Putin", "Aide to the President Yury Ushakov", "Question", "Vladimir Putin");
    assertThat(turns.get(0).lastSentence()).isEqualTo(1);
    assertThat(turns.get(1).label().of(text)).isEqualTo("Aide to the President Yury Ushakov:");
  }

  @Test
  void readoutHasNoTurns() {
    assertThat(Turns.of(new SentenceStage(SentenceSplitter.bundled()).process(AnalyzedStatement.of(SharedCorpus.flagshipStatement("us-readout.md"))), SpeakerLabels.bundled()))
        .isEmpty();
    assertThat(Turns.of(split("Background: The talks began. Overall: fine."), SpeakerLabels.bundled())).isEmpty();
  }
}

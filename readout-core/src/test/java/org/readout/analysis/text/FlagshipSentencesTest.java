package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.testing.AnalysisAssertions;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/**
 * The flagship statements of the 2021-12-07 Biden–Putin video call, read from ../shared at run time.
 * Counts and boundaries were checked by reading the printed sentences.
 */
class FlagshipSentencesTest {
  private static final SentenceStage STAGE = new SentenceStage(SentenceSplitter.bundled());
  private static final Pattern TURN =
      Pattern.compile("(?:^|\\n|(?<=[.?!] {1,4}))(MR\\. SULLIVAN:|MS\\. PSAKI:|Q\\s)");

  private static List<Sentence> split(String file) {
    return STAGE.process(AnalyzedStatement.of(SharedCorpus.flagshipStatement(file))).sentences();
  }

  @Test
  void usReadoutHasFiveSentences() {
    List<Sentence> s = split("us-readout.md");
    assertThat(s).hasSize(5);
    assertThat(s.get(0).text()).startsWith("President Joseph R. Biden, Jr. held a secure video call")
        .endsWith("on the U.S.-Russia agenda.");
    assertThat(s.get(1).text()).startsWith("President Biden voiced").contains("the U.S. and our Allies")
        .endsWith("in the event of military escalation.");
    assertThat(s.get(2).text()).startsWith("President Biden reiterated").endsWith("a return to diplomacy.");
    assertThat(s.get(3).text()).startsWith("The two presidents tasked").contains("and the U.S. will do so")
        .endsWith("allies and partners.");
    assertThat(s.get(4).text()).startsWith("The presidents also discussed").endsWith("such as Iran.");
  }

  @Test
  void russianReadoutWithoutParagraphBreaksHasTwentyTwoSentences() {
    List<Sentence> s = split("ru-meeting-with-us-president.md");
    assertThat(s).hasSize(22);
    assertThat(s.get(0).text()).isEqualTo(
        "Vladimir Putin had a lengthy conversation with President of the United States of America Joseph Biden.");
    assertThat(s.get(2).text()).startsWith("In this context,").endsWith("during World War II.");
    assertThat(s.get(3).text()).startsWith("They emphasised the need");
    assertThat(s.get(7).text()).startsWith("Joseph Biden, in turn, focused on")
        .endsWith("should the situation escalate any further.");
    assertThat(s.get(8).text()).startsWith("In response, Vladimir Putin warned");
    assertThat(s.get(21).text()).isEqualTo(
        "Overall, the conversation took place in a sincere and business-like atmosphere.");
  }

  @Test
  void sentenceTextMatchesOffsets() {
    for (String file : List.of("us-readout.md", "ru-meeting-with-us-president.md", "us-psaki-sullivan-briefing.md")) {
      Statement st = SharedCorpus.flagshipStatement(file);
      AnalyzedStatement a = STAGE.process(AnalyzedStatement.of(st));
      assertThat(a.sentences()).isNotEmpty();
      AnalysisAssertions.assertWellFormed(a);
    }
  }

  @Test
  void turkishDefaultLocaleChangesNothing() {
    Statement st = SharedCorpus.flagshipStatement("us-psaki-sullivan-briefing.md");
    var pipeline = org.readout.TestEngines.TEXT;
    AnalyzedStatement root = pipeline.analyze(st);
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(pipeline.analyze(st).sentences()).isEqualTo(root.sentences());
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void briefingTurnsBeginSentences() {
    Statement st = SharedCorpus.flagshipStatement("us-psaki-sullivan-briefing.md");
    List<Sentence> s = STAGE.process(AnalyzedStatement.of(st)).sentences();
    Set<Integer> starts = new TreeSet<>();
    s.forEach(x -> starts.add(x.start()));
    // Every speaker label opening a line of the source (159: 27 MR. SULLIVAN, 53 MS. PSAKI, 79 Q; one
    // Q line follows a wrapped line without a blank line, and normalisation gives it its own paragraph)
    // must open a sentence.
    String text = st.text();
    List<Integer> turnOffsets = new ArrayList<>();
    Matcher m = TURN.matcher(text);
    while (m.find()) {
      turnOffsets.add(m.start(1));
    }
    assertThat(turnOffsets).hasSize(159);
    assertThat(starts).containsAll(turnOffsets);
    long labelled = s.stream()
        .filter(x -> SentenceSplitter.bundled().labels().labelAt(text, x.start()).isPresent()).count();
    assertThat(labelled).isEqualTo(159);
    assertThat(s.get(2).text()).isEqualTo("MS. PSAKI: Hello.");
    assertThat(s.get(3).text()).isEqualTo("All right.");
    assertThat(s.get(8).text()).isEqualTo("MR. SULLIVAN: Thanks, Jen, and good to see everybody here today.");
    assertThat(s.get(42).text()).isEqualTo("Q Thank you, Jake.");
    assertThat(s.get(44).text()).isEqualTo("Is sending U.S. troops to the region on the table here?");
  }
}

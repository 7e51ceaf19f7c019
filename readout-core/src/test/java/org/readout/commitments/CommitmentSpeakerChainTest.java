package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.TestEngines;

/** Hand-written transcripts and readouts: who voices each commitment, outermost first. */
class CommitmentSpeakerChainTest {

  static List<Commitment> extract(String side, String kind, String publisher, String text) {
    StatementMeta meta = new StatementMeta("t-chain", "t", LocalDate.of(2030, 3, 4), publisher, side, kind, "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc);
  }

  static Commitment find(List<Commitment> cs, String phrase) {
    return cs.stream().filter(c -> c.text().toLowerCase(Locale.ROOT).contains(phrase))
        .findFirst().orElseThrow(() -> new AssertionError("no commitment with '" + phrase + "' in " + cs));
  }

  static List<String> names(Commitment c) {
    return c.speakerChain().stream().map(SpeakerLink::speaker).toList();
  }

  @Test
  void briefersReportOfWhatThePresidentToldPutinEndsAtThePresident() {
    List<Commitment> cs = extract("US", "briefing", "The White House", """
        MS. PSAKI: Good afternoon. I will turn it over to our national security advisor.

        MR. SULLIVAN: Thank you. President Biden spoke at length with President Putin today.

        He told President Putin directly that if Russian forces cross the border, the United States would respond with crippling financial penalties.
        """);
    Commitment c = find(cs, "crippling financial penalties");
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(names(c)).hasSize(2);
    assertThat(names(c).get(0)).contains("Sullivan");
    assertThat(names(c).get(1)).contains("Biden");
    assertThat(c.speakerChain().get(0).type()).isEqualTo("turn");
    assertThat(c.speakerChain().get(1).type()).isEqualTo("indirect");
    assertThat(c.speakerChain().get(1).speakerActor()).isEqualTo("USA");
    assertThat(c.speakerChain().get(1).cue()).startsWith("told");
    assertThat(c.innermostSpeaker()).contains("Biden");
    assertThat(c.speakers()).hasSize(1).allMatch(s -> s.contains("Biden"));
  }

  @Test
  void briefersOwnPledgeIsVoicedByTheBrieferAlone() {
    List<Commitment> cs = extract("US", "briefing", "The White House", """
        MS. PSAKI: Good afternoon. I will turn it over to our national security advisor.

        MR. SULLIVAN: Thank you. In the days ahead we will consult closely with our allies in Europe.
        """);
    Commitment c = find(cs, "consult closely");
    assertThat(names(c)).hasSize(1);
    assertThat(names(c).get(0)).contains("Sullivan");
    assertThat(c.speakerChain().get(0).type()).isEqualTo("turn");
  }

  @Test
  void narrativeReadoutReportingTheOtherSidesWarningChainsFromTheReporter() {
    List<Commitment> cs = extract("RU", "readout", "Kremlin", """
        Vladimir Putin had a telephone conversation with US President Joseph Biden.

        Joseph Biden warned that the United States would impose severe sanctions should the situation deteriorate.
        """);
    Commitment c = find(cs, "severe sanctions");
    assertThat(c.kind()).isEqualTo(CommitmentKind.WARNING);
    assertThat(c.actors()).containsExactly("USA");
    assertThat(c.reportedBy()).isEqualTo("RUS");
    assertThat(c.innermostSpeaker()).contains("Biden");
    assertThat(c.speakerChain().get(c.speakerChain().size() - 1).speakerActor()).isEqualTo("USA");
    assertThat(c.speakers()).isNotEmpty().allMatch(s -> s.contains("Biden"));
  }

  @Test
  void questionersReportDoesNotMakeTheQuestionerTheSpeaker() {
    List<Commitment> cs = extract("US", "briefing", "The White House", """
        MS. PSAKI: Good afternoon. We will take questions now.

        Q Thank you. Will the United States send more troops to Poland if the crisis deepens?

        MS. PSAKI: We will consult with our allies before any decision.
        """);
    Commitment c = find(cs, "consult with our allies");
    assertThat(names(c)).hasSize(1).allMatch(n -> n.contains("Psaki"));
    assertThat(cs).allSatisfy(x -> assertThat(x.speakers()).noneMatch(s -> s.equalsIgnoreCase("Questioner")));
  }

  @Test
  void unattributedStatementsHaveAnEmptyChainAndKeepTheirSpeakers() {
    List<Commitment> cs = extract("US", "readout", "", """
        President Biden spoke today with President Putin of Russia. The two leaders agreed to resume talks on arms control.
        """);
    Commitment c = find(cs, "resume talks");
    assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(c.speakerChain()).isEmpty();
  }

  @Test
  void chainIsDeterministic() {
    String text = """
        MR. SULLIVAN: Thank you. He told President Putin directly that the United States would respond with sanctions if Russia attacked.
        """;
    assertThat(extract("US", "briefing", "The White House", text))
        .isEqualTo(extract("US", "briefing", "The White House", text));
  }
}

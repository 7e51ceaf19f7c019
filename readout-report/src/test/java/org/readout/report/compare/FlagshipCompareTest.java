package org.readout.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.compare.Alignment;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.Finding;
import org.readout.compare.SentenceAligner;
import org.readout.compare.SideQuotes;
import org.readout.compare.SpeakerShare;
import org.readout.commitments.CommitmentKind;
import org.readout.time.TimelineEvent;
import org.readout.compare.TopicCoverage;
import org.readout.testing.SharedCorpus;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;
import org.readout.ReadoutConfig;

/** The must-show items of the compare issue, on the flagship meeting's two readouts (read from ../shared). */
class FlagshipCompareTest {
  static final String US = "us-readout";
  static final String RU = "ru-meeting-with-us-president";
  static List<AnalyzedStatement> statements;
  static Comparison result;

  @BeforeAll
  static void compare() {
    statements = Readout.standard().analyzeAll(
        List.of(SharedCorpus.flagshipStatement(US + ".md"), SharedCorpus.flagshipStatement(RU + ".md")));
    result = Readout.standard().compare(statements);
  }

  static int sentence(String statement, String phrase) {
    return result.statement(statement).orElseThrow().sentences().stream()
        .filter(s -> s.text().toLowerCase().contains(phrase.toLowerCase())).findFirst()
        .orElseThrow(() -> new AssertionError(statement + " has no sentence with '" + phrase + "'")).index();
  }

  @Test
  void kremlinStatementIsMoreThanThreeTimesLonger() {
    int us = result.statement(US).orElseThrow().words();
    int ru = result.statement(RU).orElseThrow().words();
    assertThat(ru).isGreaterThan(3 * us);
    assertThat(result.findings()).filteredOn(f -> f.type().equals(Finding.LENGTH_ASYMMETRY)).singleElement()
        .satisfies(f -> {
          assertThat(f.statements()).containsExactly(RU, US);
          assertThat(f.text()).contains("President of Russia").contains("White House").contains("times as long");
        });
  }

  @Test
  void strategicStabilityIsRaisedOnlyByTheUsWithItsSentenceAsEvidence() {
    TopicCoverage ss = result.topic("strategic-stability").orElseThrow();
    assertThat(ss.levelIn(US)).isNotEqualTo(Coverage.ABSENT);
    assertThat(ss.levelIn(RU)).isEqualTo(Coverage.ABSENT);
    int usSentence = sentence(US, "Strategic Stability");
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.ONE_SIDED_TOPIC);
      assertThat(f.topic()).isEqualTo("strategic-stability");
      assertThat(f.statements()).containsExactly(US);
      assertThat(f.evidence()).extracting(Evidence::statement, Evidence::sentence).containsExactly(
          org.assertj.core.groups.Tuple.tuple(US, usSentence));
    });
    // "international security and stability" in the Kremlin text must not count
    int ru = sentence(RU, "international security and stability");
    assertThat(result.statement(RU).orElseThrow().topicsOf(ru)).doesNotContain("strategic-stability");
  }

  @Test
  void sharedAndRussianOnlyTopics() {
    for (String t : List.of("cyber", "iran", "ukraine", "sanctions")) {
      assertThat(result.topic(t).orElseThrow().presentIn(US)).as(t + " in US").isTrue();
      assertThat(result.topic(t).orElseThrow().presentIn(RU)).as(t + " in RU").isTrue();
    }
    for (String t : List.of("diplomatic-missions", "history", "security-guarantees", "nato")) {
      assertThat(result.topic(t).orElseThrow().presentIn(RU)).as(t + " in RU").isTrue();
      assertThat(result.topic(t).orElseThrow().presentIn(US)).as(t + " in US").isFalse();
    }
    CodedStatement us = result.statement(US).orElseThrow();
    assertThat(us.topicsOf(sentence(US, "strong economic and other measures"))).contains("sanctions");
    assertThat(us.topicsOf(sentence(US, "ransomware"))).contains("cyber");
    assertThat(result.statement(RU).orElseThrow().topicsOf(sentence(RU, "cybercrime"))).contains("cyber");
  }

  @Test
  void ukraineHasTheLargestWordShareInEachStatement() {
    for (String id : List.of(US, RU)) {
      double ukraine = result.topic("ukraine").orElseThrow().in(id).orElseThrow().share();
      for (TopicCoverage t : result.topics()) {
        if (!t.topic().equals("ukraine")) {
          assertThat(ukraine).as(id + ": ukraine vs " + t.topic()).isGreaterThan(t.in(id).orElseThrow().share());
        }
      }
    }
    assertThat(result.findings()).filteredOn(f -> f.type().equals(Finding.MAIN_TOPIC)).singleElement().satisfies(f -> {
      assertThat(f.topic()).isEqualTo("ukraine");
      assertThat(f.statements()).containsExactly(RU, US);
      assertThat(f.text()).startsWith("The topic “Ukraine” has the largest share in each statement");
    });
  }

  @Test
  void alignsFollowUpAndCyberSentencesAboveEveryUnrelatedPair() {
    int teams = sentence(US, "tasked their teams");
    int reps = sentence(RU, "instruct their representatives");
    int ransomware = sentence(US, "ransomware");
    int cybercrime = sentence(RU, "cybercrime");
    assertThat(result.alignments()).anySatisfy(a -> pair(a, reps, teams));
    assertThat(result.alignments()).anySatisfy(a -> pair(a, cybercrime, ransomware));

    CodedStatement ru = result.statement(RU).orElseThrow();
    CodedStatement us = result.statement(US).orElseThrow();
    var embedder = ReadoutConfig.defaults().embedder().orElseThrow();
    SentenceAligner.Matrix m = SentenceAligner.score(ru, embedder.embedAll(texts(ru)), us, embedder.embedAll(texts(us)));
    double weaker = Math.min(m.score()[reps][teams], m.score()[cybercrime][ransomware]);
    for (int i = 0; i < ru.sentences().size(); i++) {
      for (int j = 0; j < us.sentences().size(); j++) {
        boolean related = ru.topicsOf(i).stream().anyMatch(us.topicsOf(j)::contains);
        if (!related) {
          assertThat(m.score()[i][j]).as("unrelated pair RU %d / US %d", i, j).isLessThan(weaker);
        }
      }
    }
  }

  private static void pair(Alignment a, int ruSentence, int usSentence) {
    assertThat(a.a().statement()).isEqualTo(RU);
    assertThat(a.a().sentence()).isEqualTo(ruSentence);
    assertThat(a.b().statement()).isEqualTo(US);
    assertThat(a.b().sentence()).isEqualTo(usSentence);
  }

  private static List<String> texts(CodedStatement s) {
    return s.sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void sameReportWhicheverOrderTheFilesAreGiven() {
    Comparison reversed = Readout.standard().compare(List.of(statements.get(1), statements.get(0)));
    assertThat(CompareJson.render(reversed)).isEqualTo(CompareJson.render(result));
    assertThat(CompareMarkdown.render(reversed)).isEqualTo(CompareMarkdown.render(result));
  }

  @Test
  void ukraineFramingContrastsEscalationWithMinskAndKiev() {
    assertThat(result.framings()).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("ukraine");
      assertThat(f.statement()).isEqualTo(US);
      assertThat(f.terms()).extracting(k -> k.term()).contains("escalation");
    });
    assertThat(result.framings()).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("ukraine");
      assertThat(f.statement()).isEqualTo(RU);
      assertThat(f.terms()).extracting(k -> k.term()).containsAnyOf("minsk", "kiev");
    });
    assertThat(result.findings()).filteredOn(f -> f.type().equals(Finding.FRAMING_DIFFERENCE) && f.topic().equals("ukraine"))
        .singleElement().satisfies(f -> assertThat(f.evidence()).extracting(Evidence::statement).contains(US, RU));
  }

  @Test
  void followUpAgreementsOfBothReadoutsArePairedAndReported() {
    int teams = sentence(US, "tasked their teams");
    int reps = sentence(RU, "instruct their representatives");
    assertThat(result.commitmentsOf(US)).anySatisfy(k -> {
      assertThat(k.sentence()).isEqualTo(teams);
      assertThat(k.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(k.actors()).containsExactly("RUS", "USA");
    });
    assertThat(result.commitmentPairs()).anySatisfy(p -> {
      assertThat(p.a().statement()).isEqualTo(RU);
      assertThat(p.a().sentence()).isEqualTo(reps);
      assertThat(p.b().statement()).isEqualTo(US);
      assertThat(p.b().sentence()).isEqualTo(teams);
      assertThat(p.a().kind()).isEqualTo(CommitmentKind.AGREEMENT);
    });
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.COMMITMENT_MATCH);
      assertThat(f.text()).startsWith("Both sides report an agreement by Russia and the United States")
          .contains("tasked their teams to follow up").contains("instruct their representatives");
      assertThat(f.evidence()).extracting(Evidence::statement, Evidence::sentence).containsExactly(
          org.assertj.core.groups.Tuple.tuple(RU, reps), org.assertj.core.groups.Tuple.tuple(US, teams));
    });
    // the US sanctions warning, reported by the Kremlin too
    int usWarning = sentence(US, "strong economic and other measures");
    int ruWarning = sentence(RU, "would be ready to impose");
    assertThat(result.commitmentPairs()).anySatisfy(p -> {
      assertThat(p.a().kind()).isEqualTo(CommitmentKind.WARNING);
      assertThat(p.a().actors()).containsExactly("USA");
      assertThat(List.of(p.a().sentence(), p.b().sentence())).containsExactly(ruWarning, usWarning);
    });
    // descriptive sentences yield nothing
    int jcpoa = sentence(RU, "developments around the Joint Comprehensive Plan");
    assertThat(result.commitmentsOf(RU)).noneMatch(k -> k.sentence() == jcpoa);
  }

  @Test
  void findingsAboutTheSanctionsWarningShowBidenReportedByTheKremlin() {
    int ruWarning = sentence(RU, "would be ready to impose");
    Finding shared = result.findings().stream()
        .filter(f -> f.type().equals(Finding.SHARED_TOPIC) && f.topic().equals("sanctions")).findFirst().orElseThrow();
    Evidence ev = shared.evidence().stream().filter(e -> e.statement().equals(RU) && e.sentence() == ruWarning)
        .findFirst().orElseThrow();
    assertThat(result.voices(ev)).anySatisfy(v -> {
      assertThat(v.speakerId()).isEqualTo("biden");
      assertThat(v.speaker()).contains("Biden");
      assertThat(v.speakerActor()).isEqualTo("USA");
      assertThat(v.reportedBy()).containsExactly("Kremlin");
    });
    JsonNode json = CompareJson.tree(result);
    boolean found = false;
    for (JsonNode f : json.get("findings")) {
      if (f.get("type").asText().equals(Finding.SHARED_TOPIC) && f.get("topic").asText().equals("sanctions")) {
        for (JsonNode e : f.get("evidence")) {
          if (e.get("statement").asText().equals(RU)) {
            assertThat(e.get("speakers").get(0).get("speakerId").asText()).isEqualTo("biden");
            assertThat(e.get("speakers").get(0).get("reportedBy").get(0).asText()).isEqualTo("Kremlin");
            found = true;
          }
        }
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void eachSideShowsWhoItQuotesAndHowMuch() {
    assertThat(result.quoted()).extracting(SideQuotes::side).containsExactly("RU", "US");
    SideQuotes ru = result.quoted().get(0);
    assertThat(ru.statements()).containsExactly(RU);
    assertThat(ru.speakers()).extracting(SpeakerShare::speakerId).contains("putin", "biden");
    SpeakerShare putin = ru.speakers().stream().filter(s -> s.speakerId().equals("putin")).findFirst().orElseThrow();
    SpeakerShare biden = ru.speakers().stream().filter(s -> s.speakerId().equals("biden")).findFirst().orElseThrow();
    // the Kremlin gives its own president more room than his counterpart
    assertThat(putin.words()).isGreaterThan(biden.words());
    assertThat(putin.share()).isGreaterThan(0.0).isLessThan(1.0);
    assertThat(result.quoted().get(1).speakers()).extracting(SpeakerShare::speakerId).contains("biden");
    assertThat(result.speakers().get(RU)).extracting(SpeakerShare::speakerId).contains("putin", "biden");
    String md = CompareMarkdown.render(result);
    assertThat(md).contains("## Who is quoted").contains("| " + putin.speaker() + " | RUS |");
    String html = CompareHtml.render(result);
    assertThat(html).contains("<h2>Who is quoted</h2>").contains("<td>" + putin.speaker() + "</td>");
  }

  @Test
  void timelinePlacesTheEventsBothReadoutsDate() {
    assertThat(result.events()).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo("2021-12-07");
      assertThat(e.evidence()).extracting(TimelineEvent.EventEvidence::statement).contains(RU, US);
    });
    assertThat(result.events()).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo("2015");
      assertThat(e.label()).contains("Minsk");
      assertThat(e.evidence()).extracting(TimelineEvent.EventEvidence::sentence).contains(sentence(RU, "Minsk"));
    });
    assertThat(result.events()).anySatisfy(e -> assertThat(e.date()).isEqualTo("2021-11"));
    assertThat(result.events()).extracting(TimelineEvent::date).isSorted();
    JsonNode events = CompareJson.tree(result).get("events");
    assertThat(events.size()).isEqualTo(result.events().size());
    assertThat(events.get(0).has("evidence")).isTrue();
    assertThat(CompareMarkdown.render(result)).contains("## Timeline").contains("- **2015** ");
    assertThat(CompareHtml.render(result)).contains("<h2>Timeline</h2>").contains("<span class=\"d\">2015</span>");
  }

  @Test
  void everyFindingHasOneSentenceOfTextAndValidEvidence() {
    Set<String> types = new java.util.HashSet<>();
    for (Finding f : result.findings()) {
      types.add(f.type());
      assertThat(f.text()).endsWith(".").doesNotContain("\n");
      for (Evidence e : f.evidence()) {
        Sentence s = result.statement(e.statement()).orElseThrow().sentences().get(e.sentence());
        // a whole sentence, or (stance findings on a list sentence) the clause of it holding the shared topic
        assertThat(e.start()).isBetween(s.start(), s.end());
        assertThat(e.end()).isBetween(e.start() + 1, s.end());
        assertThat(f.statements()).contains(e.statement());
      }
    }
    assertThat(types).contains(Finding.LENGTH_ASYMMETRY, Finding.ONE_SIDED_TOPIC, Finding.SHARED_TOPIC,
        Finding.CONVERGENCE, Finding.FRAMING_DIFFERENCE, Finding.COMMITMENT_MATCH);
  }
}

package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.topics.CodedStatement;
import org.readout.testing.AnalysisAssertions;

/** Comparison on hand-written statements. */
class ComparerTest {
  static final List<String> POOL = List.of(
      "The two leaders discussed the crisis around Ukraine.",
      "He warned that the allies would impose severe sanctions.",
      "The presidents agreed to continue the dialogue on strategic stability.",
      "They discussed ransomware attacks on hospitals.",
      "The sides expressed readiness to cooperate against cybercrime.",
      "The leaders discussed the Iranian nuclear programme.",
      "Russia raised the situation of its embassy in Washington.",
      "The leaders recalled the alliance of the Second World War.",
      "The conversation was frank and businesslike.",
      "They agreed to instruct their ministers to hold consultations.",
      "The two presidents tasked their teams to follow up.",
      "Moscow demanded guarantees that NATO would not expand eastward.",
      "Both sides pledged to cut greenhouse gas emissions.",
      "Trade between the two countries fell last year.");

  static AnalyzedStatement statement(String id, String side, String publisher, List<String> sentences) {
    StatementMeta meta = new StatementMeta(id, "Readout " + id, LocalDate.of(2021, 12, 7), publisher, side, "readout",
        "m", "", "", "");
    return Readout.standard().analyze(Statement.of(meta, String.join(" ", sentences), id + ".md"));
  }

  static final AnalyzedStatement EAST = statement("east", "RU", "Kremlin", List.of(POOL.get(0), POOL.get(7), POOL.get(11),
      POOL.get(9), POOL.get(4), POOL.get(5), POOL.get(6), POOL.get(8)));
  static final AnalyzedStatement WEST = statement("west", "US", "White House", List.of(POOL.get(0), POOL.get(1),
      POOL.get(10), POOL.get(2), POOL.get(3), POOL.get(5)));

  private static int index(CodedStatement s, String phrase) {
    return s.sentences().stream().filter(x -> x.text().contains(phrase)).findFirst().orElseThrow().index();
  }

  @Test
  void findsOneSidedAndSharedTopics() {
    Comparison c = Readout.standard().compare(List.of(WEST, EAST));
    assertThat(c.statements()).extracting(CodedStatement::id).containsExactly("east", "west");
    TopicCoverage ss = c.topic("strategic-stability").orElseThrow();
    assertThat(ss.levelIn("west")).isNotEqualTo(Coverage.ABSENT);
    assertThat(ss.levelIn("east")).isEqualTo(Coverage.ABSENT);
    assertThat(c.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.ONE_SIDED_TOPIC);
      assertThat(f.topic()).isEqualTo("strategic-stability");
      assertThat(f.statements()).containsExactly("west");
      assertThat(f.evidence()).extracting(Evidence::statement).containsOnly("west");
      assertThat(f.text()).contains("White House").contains("Strategic stability").endsWith(".");
    });
    assertThat(c.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.SHARED_TOPIC);
      assertThat(f.topic()).isEqualTo("ukraine");
    });
    for (String t : List.of("nato", "history", "diplomatic-missions", "security-guarantees")) {
      assertThat(c.topic(t).orElseThrow().presentIn("east")).as(t).isTrue();
      assertThat(c.topic(t).orElseThrow().presentIn("west")).as(t).isFalse();
    }
  }

  @Test
  void coverageCountsWordsSharesAndLevels() {
    Comparison c = Readout.standard().compare(List.of(WEST, EAST));
    Coverage iran = c.topic("iran").orElseThrow().in("west").orElseThrow();
    CodedStatement west = c.statement("west").orElseThrow();
    int i = index(west, "Iranian");
    assertThat(iran.sentences()).containsExactly(i);
    assertThat(iran.firstSentence()).isEqualTo(i);
    assertThat(iran.words()).isEqualTo(west.words(i));
    assertThat(iran.share()).isCloseTo((double) iran.words() / west.words(),
        org.assertj.core.api.Assertions.within(1e-4));
    assertThat(iran.level()).isEqualTo(iran.share() >= Coverage.EXTENDED_SHARE ? Coverage.EXTENDED : Coverage.BRIEF);
    assertThat(c.topic("climate").orElseThrow().in("west").orElseThrow().firstSentence()).isEqualTo(-1);
  }

  @Test
  void alignsParaphrasesAcrossStatements() {
    Comparison c = Readout.standard().compare(List.of(EAST, WEST));
    CodedStatement east = c.statement("east").orElseThrow();
    CodedStatement west = c.statement("west").orElseThrow();
    assertThat(c.alignments()).anySatisfy(a -> {
      assertThat(a.a().sentence()).isEqualTo(index(east, "instruct their ministers"));
      assertThat(a.b().sentence()).isEqualTo(index(west, "tasked their teams"));
    });
    assertThat(c.alignments()).anySatisfy(a -> {
      assertThat(a.a().sentence()).isEqualTo(index(east, "cybercrime"));
      assertThat(a.b().sentence()).isEqualTo(index(west, "ransomware"));
      assertThat(a.topics()).contains("cyber");
    });
    assertThat(c.alignments()).noneSatisfy(a -> {
      assertThat(a.a().sentence()).isEqualTo(index(east, "frank and businesslike"));
    });
  }

  @Test
  void resultDoesNotDependOnInputOrderOrSentenceOrder() {
    Comparison ab = Readout.standard().compare(List.of(WEST, EAST));
    Comparison ba = Readout.standard().compare(List.of(EAST, WEST));
    assertThat(ba.findings()).isEqualTo(ab.findings());
    assertThat(ba.alignments()).isEqualTo(ab.alignments());
    assertThat(ba.topics()).isEqualTo(ab.topics());
    // the same sentences in another order give the same pairs of sentence texts
    List<String> reversed = new ArrayList<>(WEST.sentences().stream().map(Sentence::text).toList());
    java.util.Collections.reverse(reversed);
    Comparison shuffled = Readout.standard().compare(List.of(EAST, statement("west", "US", "White House", reversed)));
    assertThat(pairs(shuffled)).isEqualTo(pairs(ab));
  }

  private static List<String> pairs(Comparison c) {
    return c.alignments().stream().map(a -> text(c, a.a()) + " <> " + text(c, a.b())).sorted().toList();
  }

  private static String text(Comparison c, SentenceRef r) {
    return c.statement(r.statement()).orElseThrow().sentences().get(r.sentence()).text();
  }

  @Test
  void longerStatementGivesLengthAsymmetry() {
    AnalyzedStatement shortOne = statement("short", "US", "White House", List.of(POOL.get(0)));
    Comparison c = Readout.standard().compare(List.of(shortOne, EAST));
    assertThat(c.findings()).filteredOn(f -> f.type().equals(Finding.LENGTH_ASYMMETRY)).singleElement()
        .satisfies(f -> {
          assertThat(f.statements()).containsExactly("east", "short");
          assertThat(f.text()).contains("times as long as");
        });
  }

  @Test
  void emptyStatementIsComparedWithoutFailing() {
    AnalyzedStatement empty = statement("empty", "US", "White House", List.of());
    Comparison c = Readout.standard().compare(List.of(empty, EAST));
    assertThat(c.statement("empty").orElseThrow().sentences()).isEmpty();
    assertThat(c.findings()).filteredOn(f -> f.type().equals(Finding.LENGTH_ASYMMETRY)).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(Evidence::statement).containsExactly("east"));
    assertThat(c.topic("nato").orElseThrow().levelIn("empty")).isEqualTo(Coverage.ABSENT);
  }

  @Test
  void duplicateIdsAreRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Readout.standard().compare(List.of(EAST, EAST)))
        .isInstanceOf(org.readout.ReadoutException.class).hasMessageContaining("given twice");
  }

  @Property(tries = 25)
  void everyFindingsEvidencePointsToASentenceOfAListedStatement(@ForAll("statementPair") List<List<Integer>> picks) {
    AnalyzedStatement a = statement("a", "US", "White House", picks.get(0).stream().map(POOL::get).toList());
    AnalyzedStatement b = statement("b", "RU", "Kremlin", picks.get(1).stream().map(POOL::get).toList());
    Comparison c = Readout.standard().compare(List.of(a, b));
    AnalysisAssertions.assertFindingsEvidence(c);
    for (Finding f : c.findings()) {
      assertThat(f.text()).isNotBlank();
      for (Evidence e : f.evidence()) {
        // a finding's evidence is a whole sentence
        Sentence x = c.statement(e.statement()).orElseThrow().sentences().get(e.sentence());
        assertThat(e.start()).isEqualTo(x.start());
        assertThat(e.end()).isEqualTo(x.end());
      }
    }
    for (Alignment al : c.alignments()) {
      assertThat(al.a().statement()).isEqualTo("a");
      assertThat(al.b().statement()).isEqualTo("b");
      assertThat(al.score()).isBetween(SentenceAligner.MIN_SCORE, 1.0);
    }
  }

  @Provide
  Arbitrary<List<List<Integer>>> statementPair() {
    Arbitrary<List<Integer>> one = Arbitraries.integers().between(0, POOL.size() - 1).list().ofMinSize(1).ofMaxSize(6)
        .uniqueElements();
    return one.list().ofSize(2);
  }
}

package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.CommitmentPairs;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.time.TimelineEvent;
import org.readout.Readout;

/** Commitments, speakers and timeline inside a comparison, on hand-written statements. */
class ComparerLayersTest {
  static final AnalyzedStatement WEST = ComparerTest.statement("west", "US", "White House", List.of(
      "President Biden held a video call with President Putin of Russia.",
      "The two presidents tasked their teams to follow up.",
      "He warned that the allies would impose severe sanctions."));
  static final AnalyzedStatement EAST = ComparerTest.statement("east", "RU", "Kremlin", List.of(
      "Vladimir Putin had a conversation with US President Joseph Biden.",
      "The conversation was frank and businesslike.",
      "They agreed to instruct their ministers to hold consultations."));

  static final AnalyzedStatement NORTH = ComparerTest.statement("north", "US", "White House", List.of(
      "President Biden spoke with President Putin of Russia.",
      "The two presidents agreed to resume the talks on cybersecurity.",
      "President Biden said that the United States wanted a stable relationship.",
      "The leaders recalled the 2015 Minsk agreements."));
  static final AnalyzedStatement SOUTH = ComparerTest.statement("south", "RU", "Kremlin", List.of(
      "Vladimir Putin had a telephone conversation with US President Joseph Biden.",
      "The sides expressed readiness to resume the talks on cybersecurity.",
      "Vladimir Putin stressed that Russia had never threatened anyone and would not threaten anyone.",
      "The conversation was frank and businesslike."));

  private static int index(Comparison c, String statement, String phrase) {
    return c.statement(statement).orElseThrow().sentences().stream().filter(x -> x.text().contains(phrase)).findFirst()
        .orElseThrow(() -> new AssertionError(statement + ": no sentence with " + phrase)).index();
  }

  @Test
  void pairsTheFollowUpAgreementAcrossSidesAndStatesIt() {
    Comparison c = Readout.standard().compare(List.of(WEST, EAST));
    int ministers = index(c, "east", "instruct their ministers");
    int teams = index(c, "west", "tasked their teams");
    assertThat(c.commitmentsOf("east")).anySatisfy(k -> {
      assertThat(k.sentence()).isEqualTo(ministers);
      assertThat(k.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    });
    assertThat(c.commitmentPairs()).anySatisfy(p -> {
      assertThat(p.a().statement()).isEqualTo("east");
      assertThat(p.a().sentence()).isEqualTo(ministers);
      assertThat(p.b().statement()).isEqualTo("west");
      assertThat(p.b().sentence()).isEqualTo(teams);
      assertThat(p.a().kind()).isEqualTo(CommitmentKind.AGREEMENT);
    });
    assertThat(c.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.COMMITMENT_MATCH);
      assertThat(f.text()).startsWith("Both sides report an agreement").contains("tasked their teams to follow up")
          .endsWith(".");
      assertThat(f.evidence()).extracting(Evidence::statement, Evidence::sentence).containsExactly(
          org.assertj.core.groups.Tuple.tuple("east", ministers), org.assertj.core.groups.Tuple.tuple("west", teams));
    });
  }

  @Test
  void sameMatterWithDifferentFirmnessIsAFinding() {
    Comparison c = Readout.standard().compare(List.of(SOUTH, NORTH));
    int agreed = index(c, "north", "agreed to resume");
    int ready = index(c, "south", "expressed readiness");
    assertThat(c.commitmentsOf("north")).extracting(Commitment::kind).contains(CommitmentKind.AGREEMENT);
    assertThat(c.commitmentsOf("south")).extracting(Commitment::kind).contains(CommitmentKind.READINESS);
    assertThat(c.findings()).filteredOn(f -> f.type().equals(Finding.FIRMNESS_DIFFERENCE)).singleElement().satisfies(f -> {
      assertThat(f.statements()).containsExactly("north", "south");
      assertThat(f.text()).contains("reports an agreement").contains("reports only readiness").endsWith(".");
      assertThat(f.evidence()).extracting(Evidence::statement, Evidence::sentence).containsExactly(
          org.assertj.core.groups.Tuple.tuple("north", agreed), org.assertj.core.groups.Tuple.tuple("south", ready));
      assertThat(f.evidence().get(0).rule()).startsWith("firmness:agreement>readiness");
    });
    // a pair of the same kind is a match, never a firmness difference
    Comparison same = Readout.standard().compare(List.of(WEST, EAST));
    assertThat(same.findings()).noneMatch(f -> f.type().equals(Finding.FIRMNESS_DIFFERENCE)
        && f.text().contains("tasked their teams"));
  }

  @Test
  void statementsCarryWhoIsQuotedAndEvidenceCarriesTheSpeaker() {
    Comparison c = Readout.standard().compare(List.of(SOUTH, NORTH));
    assertThat(c.speakers().get("south")).anySatisfy(s -> {
      assertThat(s.speakerId()).isEqualTo("putin");
      assertThat(s.speaker()).contains("Putin");
      assertThat(s.speakerActor()).isEqualTo("RUS");
      assertThat(s.attributions()).isPositive();
      assertThat(s.words()).isPositive();
      assertThat(s.share()).isGreaterThan(0.0).isLessThan(1.0);
    });
    assertThat(c.speakers().get("north")).extracting(SpeakerShare::speakerId).contains("biden");
    // sides in the order of their first statement id: north (US), south (RU)
    assertThat(c.quoted()).extracting(SideQuotes::side).containsExactly("US", "RU");
    SideQuotes ru = c.quoted().get(1);
    assertThat(ru.statements()).containsExactly("south");
    assertThat(ru.words()).isEqualTo(c.statement("south").orElseThrow().words());
    assertThat(c.voices("south", index(c, "south", "never threatened"))).singleElement().satisfies(v -> {
      assertThat(v.speakerId()).isEqualTo("putin");
      assertThat(v.type()).isEqualTo("indirect");
    });
    assertThat(c.voices("south", index(c, "south", "frank and businesslike"))).isEmpty();
  }

  @Test
  void quotedWordsCountOnceWhenAQuoteSitsInsideReportedSpeech() {
    AnalyzedStatement q = ComparerTest.statement("q", "RU", "Kremlin", List.of(
        "Vladimir Putin said that the talks had been \"useful and frank\" for both sides."));
    Comparison c = Readout.standard().compare(List.of(q));
    int words = c.statement("q").orElseThrow().words();
    assertThat(c.speakers().get("q")).singleElement().satisfies(s -> {
      assertThat(s.speakerId()).isEqualTo("putin");
      assertThat(s.words()).isLessThan(words);
      assertThat(s.words()).isGreaterThanOrEqualTo(8); // "the talks had been useful and frank for both sides"
    });
  }

  @Test
  void timelineMergesDatedEventsOfAllStatements() {
    Comparison c = Readout.standard().compare(List.of(SOUTH, NORTH));
    assertThat(c.events()).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo("2015");
      assertThat(e.label()).contains("Minsk");
      assertThat(e.evidence()).extracting(TimelineEvent.EventEvidence::statement).containsExactly("north");
    });
  }

  @Test
  void layersDoNotDependOnInputOrder() {
    Comparison ab = Readout.standard().compare(List.of(NORTH, SOUTH, WEST, EAST));
    Comparison ba = Readout.standard().compare(List.of(EAST, SOUTH, WEST, NORTH));
    assertThat(ba.commitments()).isEqualTo(ab.commitments());
    assertThat(ids(ba.commitmentPairs())).isEqualTo(ids(ab.commitmentPairs()));
    assertThat(ba.quoted()).isEqualTo(ab.quoted());
    assertThat(ba.speakers()).isEqualTo(ab.speakers());
    assertThat(ba.events()).isEqualTo(ab.events());
    assertThat(ba.findings()).isEqualTo(ab.findings());
  }

  private static List<String> ids(List<CommitmentPairs.Pair> pairs) {
    return pairs.stream().map(p -> p.a().id() + "~" + p.b().id() + "~" + p.similarity()).toList();
  }
}

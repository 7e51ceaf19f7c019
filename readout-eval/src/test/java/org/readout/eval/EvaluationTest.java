package org.readout.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;

/**
 * The evaluation on a hand-written fixture (gold + statements under {@code src/test/resources/fixture}) with
 * hand-written predictions ({@link StubAnalysis}): every count and ratio is known in advance.
 */
class EvaluationTest {
  static Path fixture() {
    try {
      return Path.of(EvaluationTest.class.getResource("/fixture/gold/manifest.tsv").toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Report run(Set<String> layers, Set<String> halves, boolean showTest, StubAnalysis stub) {
    Path f = fixture();
    return new Evaluation(new Evaluation.Options(f.resolve("gold"), f.resolve("shared"), layers, halves, showTest), stub)
        .run();
  }

  private static Report.Layer layer(Report r, String half, String name) {
    return r.halves().stream().filter(h -> h.half().equals(half)).findFirst().orElseThrow().layers().get(name);
  }

  private static Report.Prf prf(Report.Layer l, String label) {
    return l.prf().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
  }

  private static Report.Ratio ratio(Report.Layer l, String label) {
    return l.ratios().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void commitmentsOnTheDevHalf() {
    Report r = run(Set.of("commitments"), Set.of("dev"), false, new StubAnalysis());
    Report.Layer c = layer(r, "dev", "commitments");
    assertThat(c.count("gold")).isEqualTo(3);
    assertThat(c.count("predicted")).isEqualTo(3);
    assertThat(c.count("denied acts (not counted)")).isEqualTo(1);
    assertThat(prf(c, "span (act contains the quote)")).isEqualTo(new Report.Prf("span (act contains the quote)", 2, 3, 3));
    Report.Prf ka = prf(c, "kind + actors");
    assertThat(ka.right()).isEqualTo(1);
    assertThat(ka.precision()).isEqualTo(1.0 / 3);
    assertThat(ka.recall()).isEqualTo(1.0 / 3);
    assertThat(prf(c, "kind + actors + negation + condition").right()).isEqualTo(1);
    // the breakdown by statement kind adds up to the totals
    List<Report.TypeRow> byKind = c.tables().get("by statement kind");
    assertThat(byKind).isNotEmpty();
    assertThat(byKind.stream().mapToInt(Report.TypeRow::predicted).sum()).isEqualTo(3);
    assertThat(byKind.stream().mapToInt(Report.TypeRow::right).sum()).isEqualTo(1);
    assertThat(byKind.stream().mapToInt(Report.TypeRow::gold).sum()).isEqualTo(3);
    assertThat(c.misses()).extracting(Report.Miss::what).containsExactly("wrong", "not found", "spurious");
    assertThat(c.misses().get(0).detail()).contains("gold agreement [RUS, USA]").contains("predicted agreement [USA]");
  }

  @Test
  void titlesAreClassedForTheBreakdown() {
    assertThat(Evaluation.titleClass("Joint Statement of the Leaders of A and B")).isEqualTo("joint or leaders' statement");
    assertThat(Evaluation.titleClass("Readout of the President's Call with the Prime Minister of X"))
        .isEqualTo("readout of a call or meeting");
    assertThat(Evaluation.titleClass("Telephone conversation with President of X")).isEqualTo("readout of a call or meeting");
    assertThat(Evaluation.titleClass("Press Briefing by Press Secretary Jane Roe")).isEqualTo("spoken (briefing, call, conference)");
    assertThat(Evaluation.titleClass("News conference following talks with the President of X"))
        .isEqualTo("spoken (briefing, call, conference)");
    assertThat(Evaluation.titleClass("Fact Sheet: New Steps on Trade")).isEqualTo("other");
  }

  @Test
  void attributionsOnTheDevHalf() {
    Report.Layer a = layer(run(Set.of("attributions"), Set.of("dev"), false, new StubAnalysis()), "dev", "attributions");
    assertThat(a.count("gold")).isEqualTo(4);
    assertThat(a.count("predicted")).isEqualTo(4);
    assertThat(prf(a, "detected, all")).isEqualTo(new Report.Prf("detected, all", 3, 4, 4));
    assertThat(prf(a, "detected, turns")).isEqualTo(new Report.Prf("detected, turns", 2, 2, 3));
    assertThat(ratio(a, "speaker accuracy over all gold attributions").value()).isEqualTo(0.5);
    assertThat(ratio(a, "direct-quote detection recall").value()).isEqualTo(1.0);
    assertThat(a.misses()).extracting(Report.Miss::what).containsExactly("wrong speaker", "not found", "spurious");
  }

  @Test
  void datesOnTheDevHalf() {
    Report.Layer d = layer(run(Set.of("dates"), Set.of("dev"), false, new StubAnalysis()), "dev", "dates");
    assertThat(prf(d, "detected (spans overlap)")).isEqualTo(new Report.Prf("detected (spans overlap)", 2, 3, 3));
    Report.Prf v = prf(d, "value (TIMEX3 value right)");
    assertThat(v.right()).isEqualTo(1);
    assertThat(v.f1()).isEqualTo(1.0 / 3);
    assertThat(ratio(d, "value accuracy on detected").value()).isEqualTo(0.5);
    assertThat(d.misses()).extracting(Report.Miss::what).containsExactly("wrong value", "not found", "spurious");
  }

  @Test
  void theTestHalfIsCountedInsideItsExcerptAndItsMissesAreWithheld() {
    Report r = run(Set.of("commitments", "attributions", "dates"), Set.of("test"), false, new StubAnalysis());
    Report.Layer c = layer(r, "test", "commitments");
    // the prediction before the excerpt is ignored; the one inside is right except for its condition
    assertThat(c.count("predicted")).isEqualTo(1);
    assertThat(prf(c, "kind + actors").precision()).isEqualTo(1.0);
    assertThat(prf(c, "kind + actors + negation + condition").right()).isZero();
    assertThat(ratio(layer(r, "test", "attributions"), "speaker accuracy over all gold attributions").value())
        .isEqualTo(1.0);
    assertThat(prf(layer(r, "test", "dates"), "value (TIMEX3 value right)"))
        .isEqualTo(new Report.Prf("value (TIMEX3 value right)", 1, 1, 1));
    assertThat(c.missesShown()).isFalse();
    assertThat(c.misses()).isEmpty();
    String text = ReportWriter.text(r);
    assertThat(text).contains("misses: withheld").doesNotContain("ready to continue");
    assertThat(ReportWriter.json(r)).contains("\"misses\" : null");
  }

  @Test
  void topicsScoreTheBriefsListAgainstTheGold() {
    Report r = run(Set.of("topics"), Set.of("dev"), false, new StubAnalysis());
    Report.Layer t = layer(r, "dev", "topics");
    assertThat(t.count("statements")).isEqualTo(1);
    assertThat(prf(t, "topics listed")).isEqualTo(new Report.Prf("topics listed", 1, 2, 2));
    assertThat(t.count("unsure in the gold and listed (not counted)")).isEqualTo(1);
    assertThat(ratio(t, "statements whose whole list is right")).isEqualTo(
        new Report.Ratio("statements whose whole list is right", 0, 1));
    assertThat(t.tables().get("by set")).containsExactly(new Report.TypeRow("us-readout", 2, 1, 2, 1));
    assertThat(t.misses()).extracting(m -> m.what() + " " + m.detail())
        .containsExactly("wrong topic ukraine", "topic not listed strategic-stability");
    // a statement file without topics in its layers is not scored for them (fx:2, test half)
    Report test = run(Set.of("topics"), Set.of("test"), false, new StubAnalysis());
    assertThat(layer(test, "test", "topics").count("statements")).isZero();
  }

  @Test
  void showTestMissesListsThem() {
    Report r = run(Set.of("commitments"), Set.of("test"), true, new StubAnalysis());
    assertThat(layer(r, "test", "commitments").misses()).extracting(Report.Miss::what).containsExactly("wrong flags");
  }

  @Test
  void compareScoresMeetingFindingsAndSentencePairs() {
    StubAnalysis stub = new StubAnalysis();
    Report r = run(Set.of("compare"), Set.of("dev"), false, stub);
    Report.Layer c = layer(r, "dev", "compare");
    // the second meeting (dev-fixture-outcome.yaml, set fixture-set) scores its outcome only: its one-sided-topic
    // prediction is not tallied
    assertThat(c.tables().get("meetings")).containsExactly(
        new Report.TypeRow("outcome", 1, 1, 2, 1),
        new Report.TypeRow("mirror", 0, 0, 1, 0),
        new Report.TypeRow("convergence", 2, 1, 1, 1),
        new Report.TypeRow("one-sided-topic", 1, 1, 1, 1),
        new Report.TypeRow("length-asymmetry", 1, 0, 1, 0));
    assertThat(c.tables().get("meetings of set fixture-set")).containsExactly(
        new Report.TypeRow("outcome", 1, 1, 1, 1));
    assertThat(c.tables().get("pairs")).containsExactly(
        new Report.TypeRow("convergence", 2, 1, 1, 1),
        new Report.TypeRow("mirror", 0, 0, 1, 0),
        new Report.TypeRow("none", 1, 1, 1, 1));
    assertThat(ratio(c, "forbidden convergences, meetings (of predicted convergences)").value()).isEqualTo(0.5);
    assertThat(ratio(c, "forbidden convergences, pairs (of predicted convergences)")).isEqualTo(
        new Report.Ratio("forbidden convergences, pairs (of predicted convergences)", 1, 2));
    assertThat(ratio(c, "forbidden convergences, pairs (of gold non-convergence pairs)").value()).isEqualTo(0.5);
    assertThat(c.other()).containsEntry("shared-topic", 1);
    assertThat(r.halves().get(0).pairs()).isEqualTo(3);
    // the two records of the pairs are compared once; each meeting once
    assertThat(stub.findingsCalls).isEqualTo(3);
  }

  @Test
  void theReportIsDeterministic() {
    Set<String> all = Set.copyOf(Report.LAYERS);
    String one = ReportWriter.text(run(all, Set.of("dev", "test"), false, new StubAnalysis()));
    String two = ReportWriter.text(run(all, Set.of("test", "dev"), false, new StubAnalysis()));
    assertThat(one).isEqualTo(two).contains("== dev half").contains("== test half");
    assertThat(one.indexOf("== dev half")).isLessThan(one.indexOf("== test half"));
    assertThat(one).contains("kind + actors                                       1      3      3   0.333   0.333   0.333");
  }

  @Test
  void aQuoteThatCannotBeLocatedNamesTheGoldFile(@TempDir Path tmp) throws IOException {
    Path gold = copy(fixture().resolve("gold"), tmp.resolve("gold"));
    Path f = gold.resolve("test/fx_2.yaml");
    Files.writeString(f, Files.readString(f).replace("We are ready to continue\\ndiplomacy", "We are eager to continue\\ndiplomacy"));
    Evaluation.Options o = new Evaluation.Options(gold, fixture().resolve("shared"), Set.of("commitments"),
        Set.of("test"), false);
    assertThatThrownBy(() -> new Evaluation(o, new StubAnalysis()).run())
        .isInstanceOf(ReadoutException.class)
        .hasMessageContaining("fx_2.yaml: commitments[0]: quote not found")
        .hasMessageNotContaining("eager");
    Evaluation.Options shown = new Evaluation.Options(gold, fixture().resolve("shared"), Set.of("commitments"),
        Set.of("test"), true);
    assertThatThrownBy(() -> new Evaluation(shown, new StubAnalysis()).run()).hasMessageContaining("eager");
  }

  @Test
  void aRecordMissingFromTheCorpusIsReported(@TempDir Path tmp) throws IOException {
    Path gold = copy(fixture().resolve("gold"), tmp.resolve("gold"));
    Files.writeString(gold.resolve("manifest.tsv"), Files.readString(gold.resolve("manifest.tsv")) + "dev\tx\tfx:9\t2022-01-01\t1\tx\n");
    Files.writeString(gold.resolve("dev/fx_9.yaml"), "id: fx:9\ndate: 2022-01-01\ncommitments: []\n");
    Evaluation.Options o = new Evaluation.Options(gold, fixture().resolve("shared"), Set.of("dates"), Set.of("dev"), false);
    assertThatThrownBy(() -> new Evaluation(o, new StubAnalysis()).run())
        .hasMessageContaining("fx_9.yaml: record fx:9 is not in the bulk corpora");
  }

  @Test
  void aStatementIsScoredOnlyForItsLayersAndOtherManifestsCount(@TempDir Path tmp) throws IOException {
    Path gold = copy(fixture().resolve("gold"), tmp.resolve("gold"));
    Files.writeString(gold.resolve("quotes-manifest.tsv"),
        "half\tcategory\tid\tdate\twords\ttitle\ndev\tquotes-articles\tfx:3\t2022-01-05\t12\tUS readout\n");
    Files.writeString(gold.resolve("dev/fx_3.yaml"), """
        id: fx:3
        date: 2022-01-05
        layers: [attributions]
        attributions:
          - {quote: "warned of severe costs", type: indirect, speaker: "United States", speakerId: USA}
        """);
    Evaluation.Options o = new Evaluation.Options(gold, fixture().resolve("shared"),
        Set.of("commitments", "attributions", "dates"), Set.of("dev"), false);
    Report r = new Evaluation(o, new StubAnalysis()).run();
    assertThat(layer(r, "dev", "commitments").count("statements")).isEqualTo(1);
    assertThat(layer(r, "dev", "commitments").count("gold")).isEqualTo(3);
    assertThat(layer(r, "dev", "attributions").count("statements")).isEqualTo(2);
    assertThat(layer(r, "dev", "attributions").count("gold")).isEqualTo(5);
    assertThat(layer(r, "dev", "dates").count("statements")).isEqualTo(1);
    assertThat(r.halves().get(0).statements()).isEqualTo(2);
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  @Test
  void locatorFindsQuotesAcrossNormalisation() {
    String raw = "He said the talks\nwill *continue* in\u00a0Geneva. \\[He\\] said the talks will continue.";
    String norm = org.readout.text.TextNormaliser.normalise(raw);
    Locator l = new Locator(raw, norm);
    Locator.Span s = l.locate("the talks\nwill *continue* in\u00a0Geneva").orElseThrow();
    assertThat(norm.substring(s.start(), s.end())).isEqualTo("the talks will continue in Geneva");
    // the same words twice in the normalised text: the occurrence at the quote's raw position wins
    Locator.Span second = l.locate("said the talks will continue.").orElseThrow();
    assertThat(second.start()).isGreaterThan(s.end());
    assertThat(l.locate("talks will resume")).isEmpty();
    assertThat(l.locateWithin("Geneva", s).map(x -> norm.substring(x.start(), x.end()))).contains("Geneva");
  }

  @Test
  void speakersAndValuesCompareAsDocumented() {
    Predictions.Attribution vucic = new Predictions.Attribution(0, 1, "indirect", "Vladimir Putin and Aleksandar Vučić",
        "", "", "", "");
    assertThat(Scoring.sameSpeaker(new Gold.Attribution(0, "q", "indirect", "Vladimir Putin and Aleksandar Vucic", ""),
        vucic)).isTrue();
    assertThat(Scoring.sameSpeaker(new Gold.Attribution(0, "q", "indirect", "Vladimir Putin", "putin"), vucic)).isFalse();
    Predictions.Attribution body = new Predictions.Attribution(0, 1, "indirect", "Russia", "", "RUS", "", "");
    assertThat(Scoring.sameSpeaker(new Gold.Attribution(0, "q", "indirect", "Russia", "RUS"), body)).isTrue();
    assertThat(Scoring.sameValue("199", "199X")).isTrue();
    assertThat(Scoring.sameValue("2021-W52", "2021-w52")).isTrue();
    assertThat(Scoring.sameValue("PRESENT_REF", "")).isFalse();
    assertThat(Scoring.surnames("Abdel Fattah el-Sisi")).isEqualTo(Set.of("sisi"));
    assertThat(List.copyOf(Scoring.surnames("A. Smith, B. Jones and C. Brown"))).containsExactly("brown", "jones", "smith");
    assertThat(Scoring.surnames("Jane Q. Roe, Jr.")).isEqualTo(Set.of("roe"));
    assertThat(Scoring.surnames("John Doe III and Ann Lee")).isEqualTo(Set.of("doe", "lee"));
  }
}

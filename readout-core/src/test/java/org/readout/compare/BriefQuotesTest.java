package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;

/**
 * The brief quotes what a line is about (issue 10: every line true to the text): a long clause is cut around the act's
 * action or the topic's phrase instead of losing it after the first words. Hand-written sentences.
 */
class BriefQuotesTest {
  @Test
  void aSpanPastTheCutIsKeptWithTheWordsBeforeIt() {
    String t = "The minister, speaking at length about the harvest, the weather and the roads of the northern districts,"
        + " finally outlined the penalties his government would impose if the talks failed.";
    int at = t.indexOf("outlined the penalties");
    String q = Brief.cutAround(t, at, at + "outlined the penalties his government would impose".length(), 18);
    assertThat(q).startsWith("… ").contains("outlined the penalties his government would impose")
        .contains("finally outlined");
    assertThat(q.replace("… ", "").replace(" …", "").split(" ")).hasSizeLessThanOrEqualTo(18);
    // a span within the first words: cut from the start as before
    assertThat(Brief.cutAround(t, 4, 12, 18)).isEqualTo(Brief.cut(t, 18));
  }

  @Test
  void aSideLineQuotesTheActNotTheOpeningOfItsClause() {
    AnalyzedStatement us = ComparerTest.statement("us", "US", "The White House", List.of(
        "President Biden spoke at length about the troops massed near the border of Ukraine over the past weeks and warned that the United States would impose severe sanctions if Russia invaded."));
    AnalyzedStatement ru = ComparerTest.statement("ru", "RU", "Kremlin", List.of(
        "The two leaders discussed the crisis around Ukraine."));
    Brief b = Brief.of(Readout.standard().compare(List.of(us, ru)), StanceTest.EVERY_KIND);
    List<String> lines = b.sides().stream().filter(s -> s.side().equals("US"))
        .flatMap(s -> java.util.stream.Stream.concat(s.commitments().stream(), s.warnings().stream())).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("warning").contains("impose severe sanctions"));
  }

  @Test
  void eachSidesTopicListIsGatedLikeTheFindings() {
    AnalyzedStatement us = ComparerTest.statement("us", "US", "The White House", List.of(
        "The leaders discussed the crisis around Ukraine and the sanctions the allies would impose."));
    AnalyzedStatement ru = ComparerTest.statement("ru", "RU", "Kremlin", List.of(
        "The presidents discussed the crisis around Ukraine."));
    Comparison c = Readout.standard().compare(List.of(us, ru));
    Brief listed = Brief.of(c, java.util.Set.of(BriefGate.LINE + "topics"));
    assertThat(listed.sides()).allSatisfy(s -> assertThat(s.topics()).contains("Ukraine"));
    assertThat(listed.notes()).noneMatch(n -> n.contains("the topics each side raised"));
    Brief gated = Brief.of(c, java.util.Set.of());
    assertThat(gated.sides()).allSatisfy(s -> {
      assertThat(s.topics()).isEmpty();
      assertThat(s.hasContent()).isFalse();
    });
    assertThat(gated.notes()).anyMatch(n -> n.startsWith("Not in this brief") && n.contains("the topics each side raised"));
    // the bundled gate decides with the measured figures of brief-gate.yaml
    assertThat(Brief.PRECISE.contains(BriefGate.LINE + "topics"))
        .isEqualTo(BriefGate.BUNDLED.lines().get("topics").reaches(BriefGate.BUNDLED.minimum()));
  }
}

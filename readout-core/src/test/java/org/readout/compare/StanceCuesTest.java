package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;

/** Accusation cues of stance.yaml on hand-written sentences: the party blamed next to them. */
class StanceCuesTest {
  @Test
  void aggravatingTheSituationBlamesItsActor() {
    AnalyzedStatement ru = ComparerTest.statement("ru", "RU", "Kremlin", List.of(
        "Putin said that the Ukrainian authorities were deliberately aggravating the situation in Donbass."));
    Stance s = Stance.of(ru.sentences().get(0), "RUS", ru.mentions(), List.of(), StanceLexicon.BUNDLED);
    assertThat(s.blamed()).containsExactly("UKR");
  }

  @Test
  void eachSideBlamingTheOthersCampForTheTensionIsAMirror() {
    AnalyzedStatement ru = ComparerTest.statement("ru", "RU", "Kremlin", List.of(
        "Putin said that the Ukrainian authorities were deliberately aggravating the situation in Donbass."));
    AnalyzedStatement us = ComparerTest.statement("us", "US", "White House", List.of(
        "Biden voiced concern about the Russian military build-up near Ukraine.",
        "He reaffirmed his support for the sovereignty of Ukraine."));
    List<Finding> mirrors = Readout.standard().compare(List.of(ru, us)).findings().stream()
        .filter(f -> f.type().equals(Finding.MIRROR)).toList();
    assertThat(mirrors).anySatisfy(f -> assertThat(f.evidence()).extracting(e -> e.statement() + "#" + e.sentence())
        .contains("ru#0", "us#0"));
  }
}

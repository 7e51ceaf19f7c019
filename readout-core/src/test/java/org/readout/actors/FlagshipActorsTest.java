package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.testing.AnalysisAssertions;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/** The must-show actor resolutions on the real flagship statements (7 Dec 2021 Biden–Putin call). */
class FlagshipActorsTest {
  static AnalyzedStatement ru;
  static AnalyzedStatement us;

  @BeforeAll
  static void analyse() throws Exception {
    ru = TestEngines.TEXT.analyze(SharedCorpus.flagshipStatement("ru-meeting-with-us-president.md"));
    us = TestEngines.TEXT.analyze(SharedCorpus.flagshipStatement("us-readout.md"));
  }

  static List<Mention> withSurface(AnalyzedStatement a, String surface) {
    return a.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
  }

  @Test
  void resolvesKievToUkraine() {
    assertThat(withSurface(ru, "Kiev")).hasSize(2).allSatisfy(m -> {
      assertThat(m.entityId()).isEqualTo("UKR");
      assertThat(m.actorType()).isEqualTo("state");
    });
  }

  @Test
  void resolvesDonbassToUkraine() {
    assertThat(withSurface(ru, "Donbass")).singleElement().satisfies(m -> {
      assertThat(m.entityId()).isEqualTo("UKR");
      assertThat(m.actorId()).isEqualTo("donbas");
      assertThat(m.actorType()).isEqualTo("region");
    });
  }

  @Test
  void resolvesTheTwoLeadersToBothPresidents() {
    assertThat(withSurface(ru, "The two leaders"))
        .extracting(Mention::actorId, Mention::entityId, Mention::rule)
        .containsExactlyInAnyOrder(tuple("putin", "RUS", "group"), tuple("biden", "USA", "group"));
    assertThat(withSurface(us, "The two presidents"))
        .extracting(Mention::actorId).containsExactlyInAnyOrder("putin", "biden");
  }

  @Test
  void resolvesJosephBidenInTurnToBiden() {
    int at = ru.text().indexOf("Joseph Biden, in turn,");
    assertThat(at).isPositive();
    assertThat(ru.mentions()).filteredOn(m -> m.start() == at)
        .singleElement().satisfies(m -> {
          assertThat(m.surface()).isEqualTo("Joseph Biden");
          assertThat(m.actorId()).isEqualTo("biden");
          assertThat(m.actorName()).isEqualTo("Joseph R. Biden");
          assertThat(m.entityId()).isEqualTo("USA");
          assertThat(m.actorType()).isEqualTo("person");
        });
  }

  @Test
  void resolvesPresidentVladimirPutinOfRussiaAsOneMention() {
    assertThat(withSurface(us, "President Vladimir Putin of Russia")).singleElement().satisfies(m -> {
      assertThat(m.actorId()).isEqualTo("putin");
      assertThat(m.entityId()).isEqualTo("RUS");
    });
  }

  @Test
  void resolvesRolePhrasesToPutinOnTheStatementDate() {
    assertThat(withSurface(ru, "The Russian President")).singleElement()
        .extracting(Mention::actorId, Mention::rule).containsExactly("putin", "role");
    assertThat(withSurface(ru, "The President of Russia")).singleElement()
        .extracting(Mention::actorId, Mention::rule).containsExactly("putin", "role");
  }

  @Test
  void resolvesPronounsToTheNearestCompatibleActor() {
    // "He also expressed serious concern about Kiev's provocative actions" follows "The President of Russia".
    int he = ru.text().indexOf("He also expressed");
    assertThat(ru.mentions()).filteredOn(m -> m.start() == he).singleElement()
        .extracting(Mention::actorId, Mention::rule).containsExactly("putin", "pronoun");
    // "what he described as" follows "Joseph Biden, in turn,".
    int he2 = ru.text().indexOf("he described");
    assertThat(ru.mentions()).filteredOn(m -> m.start() == he2).singleElement()
        .extracting(Mention::actorId).isEqualTo("biden");
  }

  @Test
  void resolvesBothSidesAndItsOnTheRussianReadout() {
    assertThat(withSurface(ru, "both sides")).extracting(Mention::actorId, Mention::actorType)
        .containsExactlyInAnyOrder(tuple("RUS", "state"), tuple("USA", "state"));
    // "the United States and its allies", then "it was NATO that … building up its military capabilities"
    assertThat(withSurface(ru, "its")).extracting(Mention::actorId).containsExactly("USA", "NATO");
    // "They expressed their readiness to continue working together" follows "both sides".
    int they = ru.text().indexOf("They expressed their readiness");
    assertThat(ru.mentions()).filteredOn(m -> m.start() == they).extracting(Mention::entityId)
        .containsExactlyInAnyOrder("RUS", "USA");
  }

  @Test
  void mentionOffsetsMatchTheText() {
    for (AnalyzedStatement a : List.of(ru, us)) {
      assertThat(a.mentions()).isNotEmpty();
      AnalysisAssertions.assertMentions(a);
    }
  }
}

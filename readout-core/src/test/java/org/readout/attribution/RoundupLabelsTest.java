package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, round-up labels before a quote ("Name, Title, Body: “…”"): the person who opens the label speaks,
 * not capitalised words that end a body's name after "and"/"of"/"for" ("… Center for Housing and Urban
 * Studies"); a person's name that ends the label after a title still wins ("Harbor Dealers Inc., CEO Jane
 * Roe:"). Every sentence is hand-written (none is corpus text).
 */
class RoundupLabelsTest {
  private static AnalyzedStatement roundup(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2023, 5, 16), text);
  }

  @Test
  void theNameOpeningTheLabelSpeaksNotTheEndOfTheBodysName() {
    List<Attribution> as = run(roundup("""
        Leaders across the country praised the nominations.

        Marta Kell, President, Joint Center for Housing and Urban Studies: “These choices will make the board \
        stronger and more independent.”

        Ravi Oduya, Chair, Alliance of Farm and Rural Workers: “A fine day for the workers of this country.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "board stronger").speaker()).isEqualTo("Marta Kell");
    assertThat(one(as, AttributionType.DIRECT, "fine day for the workers").speaker()).isEqualTo("Ravi Oduya");
  }

  @Test
  void aPersonNamedAfterATitleAtTheLabelsEndStillSpeaks() {
    List<Attribution> as = run(roundup("""
        Business owners welcomed the rules.

        Harbor Dealers Inc., CEO Jane Roe: “The new rules help small shops.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "help small shops").speaker()).isEqualTo("Jane Roe");
  }

  @Test
  void aBodyNamedAloneAfterThePersonAndTitleDoesNotSpeak() {
    List<Attribution> as = run(roundup("""
        Advocates welcomed the standards.

        Ben Smithers, Executive Director, Harbor Coalition: “The plan is good for our ports and our workers.”

        Rachel Porter, Policy Lead, Greenway Action: “This is a real step forward for clean air.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "ports and our workers").speaker()).isEqualTo("Ben Smithers");
    assertThat(one(as, AttributionType.DIRECT, "step forward for clean air").speaker()).isEqualTo("Rachel Porter");
  }

  @Test
  void aBodyAfterTheTitlesPrepositionDoesNotSpeakAndACamelCasedSurnameIsAName() {
    List<Attribution> as = run(roundup("""
        Advocates welcomed the standards.

        Alan Dutton, Director of Global Programs at The River Trust: “Rivers are the lifeblood of our towns.”

        Andrew deMarco, Executive Director, Building Standards Awareness Project: “Efficient buildings save \
        families money.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "lifeblood of our towns").speaker()).isEqualTo("Alan Dutton");
    assertThat(one(as, AttributionType.DIRECT, "save families money").speaker()).isEqualTo("Andrew deMarco");
  }

  @Test
  void theBodyInATitlesOfComplementIsNoPersonEvenWhenItEndsTheLabel() {
    List<Attribution> as = run(roundup("""
        Rural utilities praised the funding.

        Nora Fenwick, CEO of Lakeshore Electric Cooperative: “The money lets us modernise the lines.”

        Tomas Aguirre, Campaign Manager for Green Valley and a member of the Prairie Energy Coalition: \
        “Families will see lower bills.”
        """));
    assertThat(one(as, AttributionType.DIRECT, "modernise the lines").speaker()).isEqualTo("Nora Fenwick");
    assertThat(one(as, AttributionType.DIRECT, "lower bills").speaker()).isEqualTo("Tomas Aguirre");
  }
}

package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/** Which pair of statements the length-asymmetry finding compares, on hand-written statements. */
class LengthAsymmetryTest {
  private static AnalyzedStatement statement(String id, String side, String kind, String text) {
    StatementMeta meta = new StatementMeta(id, "Title " + id, LocalDate.of(2021, 12, 7), "", side, kind, "m", "", "", "");
    return Readout.standard().analyze(Statement.of(meta, text, id + ".md"));
  }

  private static final String LONG_RU = String.join(" ",
      "The two leaders discussed the crisis around Ukraine in detail.",
      "Vladimir Putin raised the situation of the Russian embassy in Washington and the expulsions of diplomats.",
      "He demanded legally binding guarantees that NATO would not expand eastward.",
      "The sides expressed readiness to cooperate against cybercrime and ransomware.",
      "The leaders discussed the Iranian nuclear programme and the talks in Vienna.",
      "They recalled the alliance of the Second World War and the sacrifices made at that time.",
      "The conversation was frank and businesslike, and the two presidents agreed to stay in touch.");
  private static final String SHORT_US_READOUT = String.join(" ",
      "President Biden discussed Ukraine with President Putin.",
      "They discussed ransomware and Iran.");
  private static final String TINY_US_NOTE = "The call took place.";

  private static Finding lengthFinding(Comparison c) {
    return c.findings().stream().filter(f -> f.type().equals(Finding.LENGTH_ASYMMETRY)).findFirst().orElse(null);
  }

  @Test
  void comparesTheTwoSidesAccountsNotTwoStatementsOfOneSide() {
    AnalyzedStatement ru = statement("ru-readout", "RU", "readout", LONG_RU);
    AnalyzedStatement us = statement("us-readout", "US", "readout", SHORT_US_READOUT);
    AnalyzedStatement note = statement("us-note", "US", "statement", TINY_US_NOTE);

    Finding f = lengthFinding(Readout.standard().compare(List.of(note, us, ru)));

    assertThat(f).isNotNull();
    assertThat(f.statements()).containsExactly("ru-readout", "us-readout");
    assertThat(f.text()).startsWith("ru-readout is ").doesNotContain("Ru-readout");
  }

  @Test
  void lessThanTwiceTheWordsIsNoFinding() {
    // 7 sentences against 4 of similar length: about 1.7 times the words, below the ratio of 2
    String mid = String.join(" ",
        "President Biden discussed the crisis around Ukraine with President Putin in detail.",
        "He raised the embassy in Washington and the expulsions of diplomats.",
        "They discussed ransomware, the Iranian nuclear programme and the talks in Vienna.",
        "The two presidents agreed that their teams would stay in touch.");
    AnalyzedStatement ru = statement("ru-readout", "RU", "readout", LONG_RU);
    AnalyzedStatement us = statement("us-readout", "US", "readout", mid);
    assertThat(ru.text().split("\\s+").length).isBetween(us.text().split("\\s+").length * 3 / 2,
        us.text().split("\\s+").length * 2 - 1);
    assertThat(lengthFinding(Readout.standard().compare(List.of(us, ru)))).isNull();
  }

  @Test
  void oneSideWithStatementsOfDifferentKindsGivesNoLengthFinding() {
    AnalyzedStatement us = statement("us-readout", "US", "readout", SHORT_US_READOUT);
    AnalyzedStatement speech = statement("us-remarks", "US", "remarks", LONG_RU);

    assertThat(lengthFinding(Readout.standard().compare(List.of(us, speech)))).isNull();
  }

  @Test
  void idsAreNeverCapitalisedButWordsAre() {
    assertThat(Wording.capital("us-readout is long")).isEqualTo("us-readout is long");
    assertThat(Wording.capital("kremlin:68700 is long")).isEqualTo("kremlin:68700 is long");
    assertThat(Wording.capital("the White House's statement")).isEqualTo("The White House's statement");
  }

  @Test
  void oneSideOnlyIsSaidAndStillGetsItsMainTopic() {
    AnalyzedStatement us = statement("us-readout", "US", "readout", SHORT_US_READOUT);

    Comparison c = Readout.standard().compare(List.of(us));

    assertThat(c.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.SINGLE_SIDE);
      assertThat(f.statements()).containsExactly("us-readout");
      assertThat(f.text()).contains("the US side").contains("us-readout");
    });
    assertThat(c.findings()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(Finding.MAIN_TOPIC);
      assertThat(f.topic()).isEqualTo("ukraine");
      assertThat(f.text()).startsWith("“Ukraine” takes ").endsWith(", the largest share of any topic.");
    });
  }
}

package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * The outcome of one account, on hand-written readouts of invented calls (never corpus text): a shared view is not
 * a breakthrough, an accepted invitation and staying in close coordination hand the matter on, views and positions
 * alone are a stalemate, and a courtesy call with nothing settled, handed on or warned of has no outcome.
 */
class OutcomeTest {
  private static final Readout ENGINE = Readout.standard();

  private static Finding outcome(String title, String text) {
    StatementMeta meta = new StatementMeta("us", title, LocalDate.of(2023, 5, 4), "", "US", "readout",
        "2023-05-04-call", "", "", "");
    AnalyzedStatement s = ENGINE.analyze(Statement.of(meta, text, "us.md"));
    return ENGINE.compare(List.of(s)).findings().stream().filter(f -> f.type().equals(Finding.OUTCOME))
        .findFirst().orElse(null);
  }

  @Test
  void agreeingOnTheNeedForAStepIsASharedViewNotABreakthrough() {
    Finding f = outcome("Readout of President Biden's Call with President Boric of Chile",
        "President Biden spoke with President Boric of Chile about the region. "
            + "The two leaders agreed on the need for the prompt release of the detained opposition journalists.");
    assertThat(f).isNotNull();
    assertThat(f.topic()).isEqualTo("stalemate");
    // the same deliverable agreed as a step is still a breakthrough
    Finding step = outcome("Readout of President Biden's Call with President Boric of Chile",
        "President Biden spoke with President Boric of Chile about the region. "
            + "The two leaders agreed to release the detained fishermen of both countries on Monday.");
    assertThat(step.topic()).isEqualTo("breakthrough");
  }

  @Test
  void anAcceptedInvitationToVisitIsAMeetingToCome() {
    Finding next = outcome("Telephone conversation with President of Mongolia",
        "Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh. "
            + "The presidents discussed trade and transport links. "
            + "Vladimir Putin invited Ukhnaagiin Khurelsukh to visit Moscow. The invitation was accepted.");
    assertThat(next.topic()).isEqualTo("working-level");
    assertThat(next.evidence()).anyMatch(e -> e.sentence() == 3 && e.rule().equals("outcome:invitation-accepted"));
    Finding same = outcome("Telephone conversation with President of Mongolia",
        "Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh. "
            + "Vladimir Putin invited his counterpart to pay an official visit, which he accepted with thanks.");
    assertThat(same.topic()).isEqualTo("working-level");
    // an invitation nobody is said to accept is no meeting to come
    Finding open = outcome("Telephone conversation with President of Mongolia",
        "Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh. "
            + "The leaders reaffirmed their commitment to expanding trade. Vladimir Putin invited him to visit Moscow.");
    assertThat(open.topic()).isNotEqualTo("working-level");
    // nor one the text says was turned down
    Finding declined = outcome("Telephone conversation with President of Mongolia",
        "Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh. "
            + "The leaders reaffirmed their commitment to expanding trade. Vladimir Putin invited him to visit Moscow. "
            + "The invitation was not accepted for now.");
    assertThat(declined.topic()).isNotEqualTo("working-level");
  }

  @Test
  void stayingInCloseCoordinationHandsTheMatterOn() {
    Finding f = outcome("Readout of President Biden's Call with President Ruto of Kenya",
        "President Biden spoke with President Ruto of Kenya about the crisis in Sudan. "
            + "The two leaders pledged to remain in close coordination on the crisis.");
    assertThat(f.topic()).isEqualTo("working-level");
  }

  @Test
  void reaffirmedCommitmentsAloneAreAStalemateWithTheirSentences() {
    Finding f = outcome("Readout of President Biden's Meeting with Prime Minister Frederiksen of Denmark",
        "President Biden met Prime Minister Frederiksen of Denmark at the White House. "
            + "The leaders reaffirmed their commitment to deepening cooperation on clean energy.");
    assertThat(f).isNotNull();
    assertThat(f.topic()).isEqualTo("stalemate");
    assertThat(f.evidence()).anyMatch(e -> e.sentence() == 1 && e.rule().startsWith("outcome:position"));
    assertThat(f.text()).contains("1 position or shared view stated").doesNotContain("no agreement");
  }

  @Test
  void aCourtesyCallWithNothingSettledHasNoOutcome() {
    assertThat(outcome("Readout of President Biden's Call with Prime Minister-elect Lindqvist of Sweden",
        "President Biden called Prime Minister-elect Lindqvist of Sweden today to congratulate her on her election victory. "
            + "The two leaders emphasized their commitment to a strong partnership between their countries."))
        .isNull();
    // a courtesy call that hands something on still has its outcome
    Finding f = outcome("Readout of President Biden's Call with Prime Minister-elect Lindqvist of Sweden",
        "President Biden called Prime Minister-elect Lindqvist of Sweden today to congratulate her on her election victory. "
            + "The two leaders agreed that their teams will stay in close touch on trade.");
    assertThat(f.topic()).isEqualTo("working-level");
  }
}

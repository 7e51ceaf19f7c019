package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.CommitmentErrorShapesTest.only;
import static org.readout.commitments.CommitmentErrorShapesTest.ru;
import static org.readout.commitments.CommitmentErrorShapesTest.us;

import org.junit.jupiter.api.Test;

/**
 * The meeting's own programme and talk about the talk are no commitments (GUIDELINES: scheduling, previews of what a
 * leader will say); hand-written sentences of the shapes seen in development and fresh text.
 */
class CommitmentAgendaTest {

  @Test
  void topicsOfTodaysMeetingAreItsAgendaNotAPledge() {
    assertThat(ru("We will certainly go over these questions and discuss the harvest during today's meeting."))
        .isEmpty();
    assertThat(ru("Today, we will definitely discuss the new railway line.")).isEmpty();
    assertThat(ru("Today we will pay special attention to the supply of fertiliser.")).isEmpty();
    assertThat(ru("We will sum up the results of the cross year of culture.")).isEmpty();
  }

  @Test
  void aRepresentativeAtAnEventIsASchedule() {
    assertThat(us("The Vice President will represent the United States at the climate conference in Lima."))
        .isEmpty();
  }

  @Test
  void aPreviewOfTheCaseALeaderWillMakeIsNothing() {
    assertThat(us("He will make the case that the aid to Kyiv is an investment in American security.")).isEmpty();
  }

  @Test
  void havingToDoWithIsNoObligation() {
    assertThat(ru("They have to do with the long friendship between our two peoples.")).isEmpty();
  }

  @Test
  void aHypotheticalWouldHaveToBeIsNoDemand() {
    assertThat(us("The third stage is a pullback of forces subject to terms which would have to be negotiated."))
        .isEmpty();
    assertThat(only(us("The prisoners must be released without delay.")).kind()).isEqualTo(CommitmentKind.DEMAND);
  }

  @Test
  void realPledgesAndObligationsStay() {
    Commitment c = only(ru("We will certainly build the new railway line by 2030."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("RUS");
    assertThat(only(us("The United States will continue to pay for the reconstruction of the port.")).kind())
        .isEqualTo(CommitmentKind.PLEDGE);
    assertThat(only(ru("Kiev must stop shelling the towns of Donbass.")).kind()).isEqualTo(CommitmentKind.DEMAND);
  }
}

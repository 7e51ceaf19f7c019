package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.commitments.CommitmentErrorShapesTest.only;
import static org.readout.commitments.CommitmentErrorShapesTest.us;

import org.junit.jupiter.api.Test;

/**
 * "his"/"her" before a nominal act refers to its own sentence's subject ({@link SentenceReferent}): an unnamed person
 * is nobody's actor (not the statement's side), a named subject is the party. Hand-written sentences.
 */
class CommitmentPossessiveReferentTest {

  @Test
  void anUnnamedPersonsCommitmentIsNoActOfTheSide() {
    assertThat(us("A regional mediator reaffirmed his commitment to a ceasefire in the valley.")).isEmpty();
    assertThat(us("The envoy outlined her plans to convene a peace conference in the spring.")).isEmpty();
  }

  @Test
  void theSubjectNamedInTheSentenceOwnsThePossessive() {
    Commitment c = only(us("President Putin spoke with the Chancellor and reaffirmed his commitment to the grain deal."));
    assertThat(c.actors()).containsExactly("RUS");
  }

  @Test
  void aTitleOfTheSideKeepsItsLeader() {
    Commitment c = only(us("The President underscored his commitment to the security of the Baltic states."));
    assertThat(c.kind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(c.actors()).containsExactly("USA");
  }
}

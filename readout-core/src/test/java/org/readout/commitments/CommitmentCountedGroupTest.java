package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.TestEngines;

/**
 * A meeting of more than two parties: a group subject that counts its members ("the three leaders") is the parties
 * named together before it, not the two sides the readout is read as ({@link NumberedGroup}). Hand-written text.
 */
class CommitmentCountedGroupTest {
  private static List<Commitment> readout(String text) {
    return TestEngines.commitments(CommitmentErrorShapesTest.doc("US", "readout", text));
  }

  @Test
  void theThreeLeadersAreTheThreePartiesNamedBefore() {
    List<Commitment> cs = readout("President Biden spoke today with President Ruto of Kenya. "
        + "Kenya, Ethiopia and the United States agreed to hold a trilateral meeting in March. "
        + "The three leaders agreed to coordinate closely on humanitarian aid.");
    Commitment last = cs.stream().filter(c -> c.sentence() == 2).findFirst().orElseThrow();
    assertThat(last.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(last.actors()).containsExactly("ETH", "KEN", "USA");
  }

  @Test
  void theTwoLeadersStayTheTwoSides() {
    List<Commitment> cs = readout("President Biden spoke today with President Ruto of Kenya. "
        + "Kenya, Ethiopia and the United States agreed to hold a trilateral meeting in March. "
        + "The two leaders agreed to coordinate closely on humanitarian aid.");
    Commitment last = cs.stream().filter(c -> c.sentence() == 2).findFirst().orElseThrow();
    assertThat(last.actors()).containsExactly("KEN", "USA");
  }
}

package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;

class CommitmentPairsTest {
  @Test
  void pairsTheSameAgreementReportedByBothSidesInOtherWords() {
    List<Commitment> us = TestEngines.commitments(CommitmentExtractorTest.doc("US",
        "President Biden spoke today with President Putin of Russia. The two leaders agreed to resume talks on arms "
            + "control. President Biden urged Russia to release the journalists."));
    List<Commitment> ru = TestEngines.commitments(CommitmentExtractorTest.doc("RU",
        "Vladimir Putin had a telephone conversation with US President Joseph Biden. The two leaders agreed to meet "
            + "again in June. The presidents agreed to resume the arms control talks."));
    List<CommitmentPairs.Pair> pairs = ReadoutConfig.defaults().commitmentPairs().pair(us, ru);
    assertThat(pairs).singleElement().satisfies(p -> {
      assertThat(p.a().action()).isEqualTo("resume talks on arms control");
      assertThat(p.b().action()).isEqualTo("resume the arms control talks");
      assertThat(p.rule()).isEqualTo("stems");
    });
  }
}

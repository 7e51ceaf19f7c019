package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentPairsTest {
  @Test
  void pairsTheSameAgreementReportedByBothSidesInOtherWords() {
    List<Commitment> us = CommitmentExtractor.standard().extract(CommitmentExtractorTest.doc("US",
        "President Biden spoke today with President Putin of Russia. The two leaders agreed to resume talks on arms "
            + "control. President Biden urged Russia to release the journalists."));
    List<Commitment> ru = CommitmentExtractor.standard().extract(CommitmentExtractorTest.doc("RU",
        "Vladimir Putin had a telephone conversation with US President Joseph Biden. The two leaders agreed to meet "
            + "again in June. The presidents agreed to resume the arms control talks."));
    List<CommitmentPairs.Pair> pairs = CommitmentPairs.lexical().pair(us, ru);
    assertThat(pairs).singleElement().satisfies(p -> {
      assertThat(p.a().action()).isEqualTo("resume talks on arms control");
      assertThat(p.b().action()).isEqualTo("resume the arms control talks");
      assertThat(p.rule()).isEqualTo("stems");
    });
  }
}

package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, excerpted transcripts: labels after an elision mark, labels carrying a participant's affiliations,
 * an editor's note glued to a label and the speech it reports, "who spoke about" after an appositive, he/she
 * in a turn for the person the note names, indefinite groups that speak. Every sentence is hand-written
 * (none is corpus text).
 */
class ExcerptedTranscriptsTest {

  @Test
  void aLabelAfterAnElisionMarkOpensATurn() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Thank you, good luck with the harvest. <…> Olga Vetrova: My farm has grown every year \
        since we started."""));
    assertThat(one(as, AttributionType.TURN, "My farm has grown").speaker()).isEqualTo("Olga Vetrova");
    assertThat(one(as, AttributionType.TURN, "good luck with the harvest").speakerId()).isEqualTo("putin");
  }

  @Test
  void aLabelWithTheParticipantsAffiliationsOpensATurn() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Please go ahead. <…> Pavel Lebedkin, Sever Polymers, Novgorod Technical Institute: We \
        are building a new line for resins this year."""));
    Attribution t = one(as, AttributionType.TURN, "new line for resins");
    assertThat(t.speaker()).isEqualTo("Pavel Lebedkin");
  }

  @Test
  void anEditorsNoteGluedToALabelOpensTheTurnAndReportsTheParticipant() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Next, please. <…> Vladimir Putin(Commenting on a report by Kirill Osin from Tver on \
        his bakery chain. He said that imported flour had become scarce.) Our mills will cover the shortfall."""));
    assertThat(one(as, AttributionType.TURN, "Our mills will cover").speakerId()).isEqualTo("putin");
    assertThat(one(as, AttributionType.INDIRECT, "imported flour had become scarce").speaker()).isEqualTo("Kirill Osin");
  }

  @Test
  void anEditorsNoteAfterALabelsColonReportsThePersonBeforeTheAppositive() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Thank you. <…> Vladimir Putin:(commenting on remarks by Irina Galkina, head of a dairy \
        cooperative, who spoke about the cost of feed) We will extend the subsidies."""));
    assertThat(one(as, AttributionType.TURN, "extend the subsidies").speakerId()).isEqualTo("putin");
    assertThat(one(as, AttributionType.INDIRECT, "the cost of feed").speaker()).isEqualTo("Irina Galkina");
  }

  @Test
  void anIndefiniteGroupSpeaksAsWritten() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Many say the foreign brands are gone for good, but they come back."""));
    assertThat(one(as, AttributionType.INDIRECT, "foreign brands are gone").speaker()).isEqualTo("Many");
  }
}

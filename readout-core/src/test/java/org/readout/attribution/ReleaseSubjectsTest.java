package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, subjects of reporting verbs in the layouts of releases and readouts that name many officials:
 * a person qualified by the place he represents, lists of officials, an office's name before the person, a
 * predicate set off by a dash, "called on", "laid out", "talking about", "put it this way". Every sentence is hand-written (none is corpus text).
 */
class ReleaseSubjectsTest {
  private static AnalyzedStatement release(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2021, 11, 18), text);
  }

  @Test
  void aPersonQualifiedByHisPlaceSpeaks() {
    List<Attribution> as = run(release("""
        Governor Amy Stolberg of Vermont highlighted the new ways her state pays heating bills."""));
    assertThat(one(as, AttributionType.INDIRECT, "new ways her state pays").speaker()).isEqualTo("Amy Stolberg");
  }

  @Test
  void aDictionaryLeaderQualifiedByHisCountrySpeaks() {
    List<Attribution> as = run(release("""
        Prime Minister Kishida of Japan underscored the value of the alliance for regional security."""));
    assertThat(one(as, AttributionType.INDIRECT, "value of the alliance").speakerId()).isEqualTo("kishida");
  }

  @Test
  void aListOfOfficialsEachQualifiedByAPlaceSpeaksTogether() {
    List<Attribution> as = run(release("""
        Governor Amy Stolberg of Vermont, Governor Pete Harlan of Idaho and Governor Ines Varga of Oregon \
        highlighted the ways their states reach families quickly."""));
    assertThat(one(as, AttributionType.INDIRECT, "ways their states reach").speaker())
        .isEqualTo("Amy Stolberg, Pete Harlan and Ines Varga");
  }

  @Test
  void anOfficeNameBeforeThePersonIsNotTheSpeaker() {
    List<Attribution> as = run(release("""
        Director of the Office of Tribal Affairs Maren Oduya stressed the role of local leaders in the rollout."""));
    assertThat(one(as, AttributionType.INDIRECT, "role of local leaders").speaker()).isEqualTo("Maren Oduya");
  }

  @Test
  void aTitleAfterAnOfficeNameOpensThePersonsReference() {
    List<Attribution> as = run(release("""
        Office of Tribal Affairs Director Maren Oduya stressed the role of local leaders in the rollout."""));
    assertThat(one(as, AttributionType.INDIRECT, "role of local leaders").speaker()).isEqualTo("Maren Oduya");
  }

  @Test
  void aPredicateSetOffByADashSharesTheMainSubject() {
    List<Attribution> as = run(release("""
        Secretary Lorna Pike toured the new depot with workers — and emphasized the need for steady funding."""));
    assertThat(one(as, AttributionType.INDIRECT, "need for steady funding").speaker()).isEqualTo("Lorna Pike");
  }

  @Test
  void calledOnReportsAnAppeal() {
    List<Attribution> as = run(release("""
        President Biden called on utility companies to freeze shut-offs for the winter."""));
    Attribution a = one(as, AttributionType.INDIRECT, "freeze shut-offs");
    assertThat(a.speakerId()).isEqualTo("biden");
    assertThat(a.cue()).isEqualTo("called on");
  }

  @Test
  void layingOutTalkingAboutAndPuttingItThisWayReport() {
    List<Attribution> as = run(release("""
        Senator Ruth Calder laid out the terms of the compromise. The President issued a statement talking about \
        how the vote was a turning point. Secretary Blinken put it this way: “Talks remain our first choice.”"""));
    assertThat(one(as, AttributionType.INDIRECT, "terms of the compromise").speaker()).isEqualTo("Ruth Calder");
    assertThat(one(as, AttributionType.INDIRECT, "vote was a turning point").speakerId()).isEqualTo("biden");
    assertThat(one(as, AttributionType.DIRECT, "Talks remain our first choice").speakerId()).isEqualTo("blinken");
  }

  @Test
  void officialsEachWithTheirOfficeBeforeTheNameSpeakTogether() {
    List<Attribution> as = run(release("""
        Today, Fisheries Agency Administrator Paul T. Archer, Secretary of the Navy Rosa Delgado, Transport \
        Secretary Ian Moss and Director of the Centers for Storm Prediction and Response Clara Venn announced a \
        joint plan to improve coastal warnings."""));
    assertThat(one(as, AttributionType.INDIRECT, "joint plan to improve").speaker())
        .isEqualTo("Paul T. Archer, Rosa Delgado, Ian Moss and Clara Venn");
  }

  @Test
  void aSecondPersonsTitlesAfterAndDoNotSplitTheSubject() {
    List<Attribution> as = run(release("""
        Deputy Mayor Olga Frost and First Deputy Council Speaker, Secretary of the Harbour Board Pavel Orlin \
        reported on the repair of rural bridges."""));
    assertThat(one(as, AttributionType.INDIRECT, "repair of rural bridges").speaker()).isEqualTo("Olga Frost and Pavel Orlin");
  }

  @Test
  void twoTitlesJoinedByAndAreNotOneOrganisation() {
    List<Attribution> as = run(release("""
        Transport Secretary Ian Moss and Director of the Bureau of Storm Response Clara Venn outlined the \
        new warning rules."""));
    assertThat(one(as, AttributionType.INDIRECT, "new warning rules").speaker()).isEqualTo("Ian Moss and Clara Venn");
  }

  @Test
  void aThirdPersonBetweenTwoNamesKeepsTheConjunctionLocal() {
    List<Attribution> as = run(release("""
        Governor Amy Stolberg met Senator Pete Harlan and Mayor Ines Varga, who described the flood damage."""));
    assertThat(as).noneMatch(a -> a.speaker().contains("Amy Stolberg") && a.speaker().contains("Ines Varga"));
  }
}

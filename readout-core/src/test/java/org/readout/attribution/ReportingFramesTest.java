package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.AnalysisAssertions;

/**
 * Issue 9, attribution: reporting frames beyond "X said that": pseudo-clefts ("what X said is that …"),
 * degree words inside a cue ("made very clear"), being clear. Every sentence is hand-written in the
 * shape of a miss seen on the development half (none is corpus text).
 */
class ReportingFramesTest {
  private static List<Attribution> run(AnalyzedStatement d) {
    List<Attribution> out = TestEngines.attributions(d);
    AnalysisAssertions.assertAttributions(d, out);
    return out;
  }

  private static Attribution one(List<Attribution> as, AttributionType type, String part) {
    List<Attribution> found = as.stream().filter(a -> a.type() == type && a.content().contains(part)).toList();
    assertThat(found).as("%s attribution containing '%s' in %s", type, part, as).hasSize(1);
    return found.get(0);
  }

  @Test
  void pseudoCleftReportsTheComplementForTheSubjectOfTheCue() {
    List<Attribution> as = run(Docs.us("""
        MS. PSAKI: Let me be precise. What the President told the governors is that the grants will arrive in spring."""));
    Attribution a = one(as, AttributionType.INDIRECT, "the grants will arrive in spring");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
    assertThat(a.content()).startsWith("the grants");
    assertThat(a.reportedBy()).containsExactly("Jen Psaki");
  }

  @Test
  void pseudoCleftWithAProgressiveCueAndAnObject() {
    List<Attribution> as = run(Docs.us("""
        MS. PSAKI: Well, what the President was conveying very plainly to farmers is that prices for fertiliser may rise."""));
    Attribution a = one(as, AttributionType.INDIRECT, "prices for fertiliser may rise");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void pseudoCleftOnBeingClear() {
    List<Attribution> as = run(Docs.us("""
        MS. PSAKI: On the tariffs, what the President has been clear about is that we are not seeking a trade war."""));
    Attribution a = one(as, AttributionType.INDIRECT, "we are not seeking a trade war");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void reiteratingWhatAnotherSaidReportsTheInnerSpeaker() {
    List<Attribution> as = run(Docs.us("""
        MS. PSAKI: I will just repeat what the President said, which is that he thought the ruling was wrong."""));
    Attribution a = one(as, AttributionType.INDIRECT, "the ruling was wrong");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void degreeWordsInsideAMultiWordCue() {
    List<Attribution> as = run(Docs.us("""
        MS. PSAKI: The President made very clear how grateful he is for the help of the Dutch navy."""));
    Attribution a = one(as, AttributionType.INDIRECT, "how grateful he is");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
    List<Attribution> bs = run(Docs.us("The President made it absolutely clear that the embargo stays in place."));
    assertThat(one(bs, AttributionType.INDIRECT, "the embargo stays in place").speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void beingClearThatIsAReportingFrame() {
    List<Attribution> as = run(Docs.us("The President was clear that the embargo stays in place until the hostages are freed."));
    assertThat(one(as, AttributionType.INDIRECT, "the embargo stays in place").speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void anOrganisationOutsideTheDictionaryIsAnUnresolvedSpeaker() {
    List<Attribution> as = run(Docs.us("""
        As part of the effort, the U.S. Department of Transportation is announcing
        $40 million in grants for rural bridges. The Maritime Safety Commission said that ferry checks will double."""));
    Attribution a = one(as, AttributionType.INDIRECT, "$40 million in grants");
    assertThat(a.speaker()).isEqualTo("U.S. Department of Transportation");
    assertThat(a.speakerId()).isEmpty();
    assertThat(one(as, AttributionType.INDIRECT, "ferry checks will double").speaker())
        .isEqualTo("Maritime Safety Commission");
  }

  @Test
  void anOrganisationInAPersonsTitleIsNotTheSpeaker() {
    List<Attribution> as = run(Docs.us(
        "Coastal Resilience Agency Administrator Jane Roe said that the levees will be raised."));
    assertThat(one(as, AttributionType.INDIRECT, "the levees will be raised").speaker()).isEqualTo("Jane Roe");
  }

  @Test
  void aQuoteLeftOpenAtItsParagraphsEndEndsThere() {
    List<Attribution> as = run(Docs.us("""
        Governor Ann Lee said: “Help is on the way and no family in the valley will be left behind.

        The bridge reopens on Monday."""));
    Attribution a = one(as, AttributionType.DIRECT, "Help is on the way");
    assertThat(a.speaker()).isEqualTo("Ann Lee");
    assertThat(a.content()).doesNotContain("bridge");
    // a stray mark before a fragment is still no quote
    List<Attribution> bs = run(Docs.us("""
        Governor Ann Lee visited the “new

        The bridge reopens on Monday."""));
    assertThat(bs).noneMatch(b -> b.type() == AttributionType.DIRECT);
  }
}

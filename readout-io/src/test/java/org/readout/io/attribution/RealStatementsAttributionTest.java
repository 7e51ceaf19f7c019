package org.readout.io.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.analysis.Pipeline;
import org.readout.attribution.Attribution;
import org.readout.attribution.AttributionType;
import org.readout.attribution.Attributor;
import org.readout.model.AnalyzedStatement;

class RealStatementsAttributionTest {
  private static final String FLAG = "2021-12-07-biden-putin-video-call/";

  private static List<Attribution> covering(List<Attribution> as, String phrase) {
    return as.stream().filter(a -> a.content().contains(phrase)).toList();
  }

  @Test
  void briefingTurnsBelongToPsakiSullivanOrAQuestioner() {
    for (Pipeline p : Shared.PIPELINES) {
      AnalyzedStatement d = Shared.meeting(FLAG + "us-psaki-sullivan-briefing.md", p);
      List<Attribution> as = Attributor.standard().attribute(d);
      List<Attribution> turns = as.stream().filter(a -> a.type() == AttributionType.TURN).toList();
      assertThat(turns).hasSizeGreaterThan(60);
      assertThat(turns).extracting(Attribution::speaker).containsOnly("Jen Psaki", "Jake Sullivan", "Questioner");
      assertThat(turns).extracting(Attribution::speakerId).containsOnly("psaki", "sullivan", "");
      // turns tile the transcript: they do not overlap and each holds its own words
      for (int i = 1; i < turns.size(); i++) {
        assertThat(turns.get(i).start()).isGreaterThanOrEqualTo(turns.get(i - 1).end());
      }
      assertThat(covering(turns, "good to see everybody here today")).extracting(Attribution::speaker)
          .containsExactly("Jake Sullivan");
      assertThat(covering(turns, "We have our National Security Advisor")).extracting(Attribution::speaker)
          .containsExactly("Jen Psaki");
      assertThat(covering(turns, "Could you elaborate on what you just said")).extracting(Attribution::speaker)
          .containsExactly("Questioner");
      Attribution told = covering(as, "the United States and our European allies would respond with strong").stream()
          .filter(a -> a.type() == AttributionType.INDIRECT).findFirst().orElseThrow();
      assertThat(told.speaker()).isEqualTo("Joseph R. Biden");
      assertThat(told.reportedBy()).containsExactly("Jake Sullivan");
      assertThat(told.speakerId()).isEqualTo("biden");
      assertThat(told.reportedByIds()).containsExactly("sullivan");
      assertThat(told.cue()).isEqualTo("told");
      Attribution quote = covering(as, "Where we have differences").stream()
          .filter(a -> a.type() == AttributionType.DIRECT).findFirst().orElseThrow();
      assertThat(quote.speaker()).isEqualTo("Joseph R. Biden");
      assertThat(quote.reportedBy()).containsExactly("Jake Sullivan");
    }
  }

  @Test
  void kremlinReadoutAttributesEachPresidentsPositions() {
    for (Pipeline p : Shared.PIPELINES) {
      AnalyzedStatement d = Shared.meeting(FLAG + "ru-meeting-with-us-president.md", p);
      List<Attribution> as = Attributor.standard().attribute(d);
      assertThat(as).noneMatch(a -> a.type() == AttributionType.TURN);
      Attribution threatening = as.stream().filter(a -> a.type() == AttributionType.DIRECT
          && a.content().equals("threatening")).findFirst().orElseThrow();
      assertThat(threatening.speaker()).isEqualTo("Joseph R. Biden");
      assertThat(threatening.speakerActor()).isEqualTo("USA");
      assertThat(threatening.reportedBy()).containsExactly("Kremlin");
      assertThat(d.text().substring(threatening.start(), threatening.end())).isEqualTo("threatening");
      assertThat(covering(as, "shifting the responsibility")).extracting(Attribution::speaker)
          .containsExactly("Vladimir Putin");
      assertThat(covering(as, "serious concern about Kiev")).extracting(Attribution::speaker)
          .containsExactly("Vladimir Putin");
      assertThat(covering(as, "all this results from the policy line")).extracting(Attribution::speaker)
          .containsExactly("Vladimir Putin");
      Set<String> speakers = Set.copyOf(as.stream().map(Attribution::speaker).toList());
      assertThat(speakers).contains("Vladimir Putin", "Joseph R. Biden", "Vladimir Putin and Joseph R. Biden");
    }
  }
}

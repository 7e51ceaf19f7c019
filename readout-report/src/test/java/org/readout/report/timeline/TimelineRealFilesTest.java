package org.readout.report.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readout.testing.SharedCorpus;
import org.readout.testing.Texts;
import org.readout.model.AnalyzedStatement;
import org.readout.time.TemporalExpression;
import org.readout.time.TimelineEvent;
import org.readout.TestEngines;
import org.readout.ReadoutConfig;

/** QA defects on real statements: names taken for months, tense-blind years, thin or deictic events. */
class TimelineRealFilesTest {
  private static final String BRIEFING = "2021-12-07-biden-putin-video-call/us-psaki-sullivan-briefing.md";

  private static List<TemporalExpression> inPhrase(AnalyzedStatement d, List<TemporalExpression> xs, String phrase) {
    int[] at = Texts.locate(d.text(), phrase);
    assertThat(at).as("phrase '%s'", phrase).isNotNull();
    return xs.stream().filter(x -> x.start() < at[1] && at[0] < x.end()).toList();
  }

  @Test
  void briefingTakesNoReporterForAMonthAndReadsTense() {
    AnalyzedStatement d = meeting(BRIEFING);
    List<TemporalExpression> xs = ReadoutConfig.defaults().temporalTagger().tag(d);
    assertThat(xs).extracting(TemporalExpression::value).doesNotContain("2022-04", "2021-04");
    assertThat(inPhrase(d, xs, "and, April, I will say")).isEmpty();
    assertThat(inPhrase(d, xs, "in February, we wrote new guidance")).extracting(TemporalExpression::value)
        .containsExactly("2021-02");
    assertThat(inPhrase(d, xs, "by mid-January")).extracting(TemporalExpression::value).containsExactly("2022-01");
  }

  private static TimelineReport folder(String slug) throws Exception {
    List<AnalyzedStatement> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SharedCorpus.meeting(slug))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        docs.add(meeting(slug + "/" + p.getFileName()));
      }
    }
    return TimelineReport.of(docs.stream().map(TestEngines.TIME::complete).toList(), ReadoutConfig.defaults().timeline());
  }

  @Test
  void genevaHasNoDeicticWeekEventAndCitesMeetingSentences() throws Exception {
    TimelineReport r = folder("2021-06-16-biden-putin-geneva-summit");
    assertThat(r.events()).extracting(TimelineEvent::date).noneMatch(d -> d.contains("-W"));
    TimelineEvent summit = r.events().stream().filter(e -> e.date().equals("2021-06-16")).findFirst().orElseThrow();
    List<AnalyzedStatement> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SharedCorpus.meeting("2021-06-16-biden-putin-geneva-summit"))) {
      for (Path p : files.sorted().toList()) {
        docs.add(meeting("2021-06-16-biden-putin-geneva-summit/" + p.getFileName()));
      }
    }
    for (TimelineEvent.EventEvidence ev : summit.evidence()) {
      AnalyzedStatement d = docs.stream().filter(x -> x.id().equals(ev.statement())).findFirst().orElseThrow();
      String cited = d.sentences().get(ev.sentence()).text().toLowerCase();
      assertThat(cited).as(ev.toString()).doesNotStartWith("good afternoon").doesNotStartWith("thank you");
    }
  }

  @Test
  void baliAndWoodsideDateTheirMeetingsAndCalls() throws Exception {
    TimelineReport bali = folder("2022-11-14-biden-xi-bali");
    assertThat(bali.events().size()).isGreaterThanOrEqualTo(3);
    assertThat(bali.events()).extracting(TimelineEvent::date).contains("2022-11-14", "2022-11-15", "2017");
    assertThat(bali.events()).filteredOn(e -> e.date().equals("2022-11-15")).extracting(TimelineEvent::label)
        .anyMatch(l -> l.contains("G20"));
    TimelineReport woodside = folder("2023-11-15-biden-xi-woodside");
    assertThat(woodside.events().size()).isGreaterThanOrEqualTo(3);
    // "about a year and a day ago, we met in Bali" said on 2023-11-15 dates the Bali meeting
    assertThat(woodside.events()).extracting(TimelineEvent::date).contains("2022-11", "2022-11-14", "2023-11-15");
    assertThat(woodside.events()).extracting(TimelineEvent::label).anyMatch(l -> l.contains("APEC"));
  }

  private static AnalyzedStatement meeting(String relative) {
    return TestEngines.TEXT.analyze(SharedCorpus.meetingStatement(relative));
  }
}

package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.analysis.text.SentenceStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Statement;
import org.readout.testing.AnalysisAssertions;
import org.readout.testing.SharedCorpus;
import org.readout.analysis.text.SentenceSplitter;

/**
 * Measures the actor stage alone on the first {@value #RECORDS} records of the Kremlin bulk file
 * (sentences already split, so only mention finding and resolution is timed) and prints the figure.
 * The floor asserted is far below the measured rate: it catches a pathological regression (a regex
 * per name, a quadratic scan), not noise on a shared 2-core machine.
 */
class ActorThroughputTest {
  static final int RECORDS = 200;

  /** The first {@code n} records of the Kremlin bulk file (never the whole file: unit tests stay fast). */
  static List<Statement> kremlin(int n) {
    return SharedCorpus.bulkStatements(SharedCorpus.KREMLIN_BULK, n);
  }

  @Test
  void findsMentionsFastOnTheKremlinBulkFile() throws Exception {
    SentenceStage sentences = new SentenceStage(SentenceSplitter.bundled());
    List<AnalyzedStatement> docs = new ArrayList<>();
    for (Statement s : kremlin(RECORDS)) {
      docs.add(sentences.process(AnalyzedStatement.of(s)));
    }
    int sentenceCount = docs.stream().mapToInt(d -> d.sentences().size()).sum();
    ActorStage stage = new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled());
    long mentions = 0;
    for (AnalyzedStatement d : docs) {
      mentions += stage.process(d).mentions().size(); // warm-up
    }
    int rounds = 3;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (AnalyzedStatement d : docs) {
        stage.process(d);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double perSecond = rounds * sentenceCount / seconds;
    System.out.printf("actors: %d statements, %d sentences, %d mentions; %.0f sentences/s, %.0f mentions/s "
        + "(one thread)%n", docs.size(), sentenceCount, mentions, perSecond, rounds * mentions / seconds);
    assertThat(sentenceCount).isGreaterThan(1000);
    assertThat(mentions).isGreaterThan(sentenceCount / 3);
    assertThat(perSecond).isGreaterThan(2_000);
  }

  @Test
  void givesTheSameMentionsWhenSharedAcrossThreads() throws Exception {
    SentenceStage sentences = new SentenceStage(SentenceSplitter.bundled());
    ActorStage stage = new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled());
    List<AnalyzedStatement> docs = new ArrayList<>();
    for (Statement s : kremlin(60)) {
      docs.add(sentences.process(AnalyzedStatement.of(s)));
    }
    List<List<Mention>> sequential = docs.stream().map(d -> stage.process(d).mentions()).toList();
    List<List<Mention>> parallel = docs.parallelStream().map(d -> stage.process(d).mentions()).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void mentionsOnRealTextStayInsideTheirSentences() throws Exception {
    SentenceStage sentences = new SentenceStage(SentenceSplitter.bundled());
    ActorStage stage = new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled());
    for (Statement s : kremlin(50)) {
      AnalyzedStatement a = stage.process(sentences.process(AnalyzedStatement.of(s)));
      AnalysisAssertions.assertMentions(a);
    }
  }
}

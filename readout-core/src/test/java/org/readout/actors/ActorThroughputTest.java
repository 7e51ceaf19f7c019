package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.readout.analysis.text.SentenceStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.analysis.text.SentenceSplitter;

/**
 * Measures the actor stage alone on the first {@value #RECORDS} records of the Kremlin bulk file
 * (sentences already split, so only mention finding and resolution is timed) and prints the figure.
 * The floor asserted is far below the measured rate: it catches a pathological regression (a regex
 * per name, a quadratic scan), not noise on a shared 2-core machine.
 */
class ActorThroughputTest {
  static final int RECORDS = 200;

  static List<Statement> kremlin(int n) throws Exception {
    return bulk("kremlin-en-2021-10_2022-06.jsonl.gz", n);
  }

  /** The first {@code n} records of a bulk file (never the whole file: unit tests stay fast). */
  static List<Statement> bulk(String name, int n) throws Exception {
    Path file = CorpusStatements.SHARED.resolve("corpus/bulk").resolve(name);
    ObjectMapper json = new ObjectMapper();
    List<Statement> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      String line;
      while (out.size() < n && (line = r.readLine()) != null) {
        JsonNode o = json.readTree(line);
        StatementMeta meta = new StatementMeta(o.path("id").asText(), o.path("title").asText(),
            LocalDate.parse(o.path("date").asText()), o.path("publisher").asText(), o.path("side").asText(),
            o.path("kind").asText(), "", o.path("url").asText(), o.path("licence").asText(), "");
        out.add(Statement.of(meta, o.path("text").asText(), file + "#" + (out.size() + 1)));
      }
    }
    return out;
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
      int lastStart = -1;
      for (Mention m : a.mentions()) {
        assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.surface());
        assertThat(m.start()).isGreaterThanOrEqualTo(a.sentences().get(m.sentence()).start());
        assertThat(m.end()).isLessThanOrEqualTo(a.sentences().get(m.sentence()).end());
        assertThat(m.start()).isGreaterThanOrEqualTo(lastStart);
        assertThat(m.actorId()).isNotEmpty();
        lastStart = m.start();
      }
    }
  }
}

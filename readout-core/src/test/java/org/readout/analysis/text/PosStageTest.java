package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.readout.analysis.Pipeline;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.Token;
import org.readout.testing.SharedCorpus;

class PosStageTest {
  private static final Pipeline PIPELINE = new Pipeline(List.of(new SentenceStage(SentenceSplitter.bundled()), new TokenStage(Tokenizer.bundled(), Lemmatizer.bundled()), new PosStage(Lemmatizer.bundled())));

  @Test
  void tagsPennAndFixesVerbLemmas() {
    AnalyzedStatement a = PIPELINE.analyze(TextAnalysisPropertiesTest.statement(
        "The two presidents discussed the crisis and they are meeting again, but talks will not resume."));
    List<Token> t = a.sentences().get(0).tokens();
    assertThat(t).extracting(Token::pos).containsExactly("DT", "CD", "NNS", "VBD", "DT", "NN", "CC", "PRP", "VBP",
        "VBG", "RB", ",", "CC", "NNS", "MD", "RB", "VB", ".");
    assertThat(t.get(9).lemma()).isEqualTo("meet");
    assertThat(t.get(3).lemma()).isEqualTo("discuss");
  }

  @Test
  void concurrentTaggingMatchesSequential() throws Exception {
    Statement st = SharedCorpus.flagshipStatement("ru-meeting-with-us-president.md");
    AnalyzedStatement expected = PIPELINE.analyze(st);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnalyzedStatement>> runs = pool.invokeAll(java.util.Collections.nCopies(6, () -> PIPELINE.analyze(st)));
      for (Future<AnalyzedStatement> f : runs) {
        assertThat(f.get().sentences()).isEqualTo(expected.sentences());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected.sentences()).allSatisfy(s -> assertThat(s.tokens()).allSatisfy(x -> assertThat(x.pos()).isNotEmpty()));
  }
}

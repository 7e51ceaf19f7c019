package org.readout.report.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readout.Readout;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.Codebook;
import org.readout.topics.Embedder;
import org.readout.topics.TopicCoder;

/**
 * Measures (not a unit test; run by hand): warm flagship compare latency, and topic-coding throughput on
 * the bulk Kremlin corpus. Usage:
 * <pre>
 * java -cp &lt;test classpath&gt; org.readout.report.compare.CompareTimings [SHARED_DIR] [MAX_STATEMENTS, 0 = flagship only]
 * </pre>
 */
public final class CompareTimings {
  private CompareTimings() {
  }

  public static void main(String[] args) {
    if (args.length > 0) {
      System.setProperty("readout.shared", args[0]);
    }
    int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;

    long t0 = System.nanoTime();
    List<Statement> two = List.of(SharedCorpus.flagshipStatement("us-readout.md"),
        SharedCorpus.flagshipStatement("ru-meeting-with-us-president.md"));
    Readout readout = Readout.standard();
    List<AnalyzedStatement> analysed = readout.analyzeAll(two);
    readout.compare(analysed);
    System.out.printf("first flagship compare (model load, examples, sentences): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    long[] ns = new long[20];
    for (int i = 0; i < ns.length; i++) {
      long s = System.nanoTime();
      CompareJson.render(readout.compare(readout.analyzeAll(two)));
      ns[i] = System.nanoTime() - s;
    }
    Arrays.sort(ns);
    System.out.printf("warm flagship analyse+compare+JSON: median %.1f ms, min %.1f ms, max %.1f ms (20 runs)%n",
        ns[10] / 1e6, ns[0] / 1e6, ns[19] / 1e6);

    long[] cmp = new long[20];
    for (int i = 0; i < cmp.length; i++) {
      long s = System.nanoTime();
      CompareJson.render(readout.compare(analysed));
      cmp[i] = System.nanoTime() - s;
    }
    Arrays.sort(cmp);
    System.out.printf("warm flagship compare+JSON on analysed statements: median %.1f ms, min %.1f ms (20 runs)%n",
        cmp[10] / 1e6, cmp[0] / 1e6);

    if (max == 0) {
      return;
    }
    // topic coding throughput: a fresh coder with an empty cache, so every sentence is embedded
    List<AnalyzedStatement> bulk = new ArrayList<>();
    for (Statement st : SharedCorpus.bulkStatements(SharedCorpus.KREMLIN_BULK, max)) {
      bulk.add(Readout.standard().analyze(st));
    }
    int sentences = bulk.stream().mapToInt(a -> a.sentences().size()).sum();
    TopicCoder coder = new TopicCoder(Codebook.defaults(), new CachingEmbedder(BgeEmbedder.instance(), 1_000_000, null, 0));
    coder.codeTexts(List.of("warm-up: embeds the codebook examples first."));
    long s = System.nanoTime();
    int hits = 0;
    for (int i = 0; i < bulk.size(); i += 16) {
      for (var c : coder.codeAll(bulk.subList(i, Math.min(bulk.size(), i + 16)))) {
        hits += c.hits().stream().mapToInt(List::size).sum();
      }
    }
    double secs = (System.nanoTime() - s) / 1e9;
    System.out.printf("topic coding, Kremlin bulk: %d statements, %d sentences, %d topic hits in %.1f s = %.0f sentences/s%n",
        bulk.size(), sentences, hits, secs, sentences / secs);

    // the phrase rules alone (an embedder returning zero vectors never passes a threshold)
    Embedder none = new Embedder() {
      @Override
      public String modelId() {
        return "none";
      }

      @Override
      public List<float[]> embedAll(List<String> texts) {
        float[] zero = new float[384];
        return texts.stream().map(t -> zero).toList();
      }
    };
    TopicCoder phrases = new TopicCoder(Codebook.defaults(), none);
    s = System.nanoTime();
    int phraseHits = 0;
    for (int rep = 0; rep < 5; rep++) {
      for (var c : phrases.codeAll(bulk)) {
        phraseHits += c.hits().stream().mapToInt(List::size).sum();
      }
    }
    secs = (System.nanoTime() - s) / 1e9;
    System.out.printf("phrase rules only: %d sentences x5 in %.2f s = %.0f sentences/s (%d hits per pass)%n",
        sentences, secs, 5 * sentences / secs, phraseHits / 5);
  }
}

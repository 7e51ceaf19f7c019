package org.readout.analysis.text;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/**
 * Eyeballing aid: where {@link SentenceSplitter} and OpenNLP's sentence model disagree on the first N
 * records of a bulk file, with context. {@code java -cp ... SplitDiffMain FILE N [maxShown]}.
 */
final class SplitDiffMain {
  public static void main(String[] args) throws Exception {
    List<Statement> statements = SharedCorpus.bulkStatements(Path.of(args[0]), Integer.parseInt(args[1]));
    int shown = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    SentenceModel model;
    try (InputStream in = SplitDiffMain.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      model = new SentenceModel(in);
    }
    SentenceDetectorME me = new SentenceDetectorME(model);
    int ours = 0;
    int theirs = 0;
    int onlyOurs = 0;
    int onlyTheirs = 0;
    for (Statement st : statements) {
      String text = st.text();
      Set<Integer> a = new HashSet<>();
      for (Span s : SentenceSplitter.bundled().split(text)) {
        a.add(s.end());
      }
      Set<Integer> b = new HashSet<>();
      for (opennlp.tools.util.Span s : me.sentPosDetect(text)) {
        int e = s.getEnd();
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        b.add(e);
      }
      ours += a.size();
      theirs += b.size();
      for (int e : a) {
        if (!b.contains(e)) {
          onlyOurs++;
          if (shown-- > 0) {
            System.out.println("OURS   " + context(text, e));
          }
        }
      }
      for (int e : b) {
        if (!a.contains(e)) {
          onlyTheirs++;
          if (shown-- > 0) {
            System.out.println("OPENNLP " + context(text, e));
          }
        }
      }
    }
    System.out.printf("boundaries: ours %d, opennlp %d, only ours %d, only opennlp %d%n", ours, theirs, onlyOurs,
        onlyTheirs);
  }

  private static String context(String text, int e) {
    return (text.substring(Math.max(0, e - 50), e) + " || " + text.substring(e, Math.min(text.length(), e + 40)))
        .replace('\n', '¶');
  }
}

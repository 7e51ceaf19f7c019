package org.readout.analysis.text;

import java.nio.file.Path;
import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/** Eyeballing aid: prints the sentences of a Markdown statement (java ... PrintSentences FILE). */
final class PrintSentences {
  public static void main(String[] args) {
    Statement s = SharedCorpus.statement(Path.of(args[0]));
    int i = 0;
    for (Span sp : SentenceSplitter.bundled().split(s.text())) {
      System.out.println(i++ + "\t[" + sp.of(s.text()) + "]");
    }
  }
}

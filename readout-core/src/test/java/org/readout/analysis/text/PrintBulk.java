package org.readout.analysis.text;

import org.readout.model.Statement;
import org.readout.testing.SharedCorpus;

/** Eyeballing aid: prints sentences of the first N records of a bulk file (args: file N [skip]). */
final class PrintBulk {
  public static void main(String[] args) {
    int skip = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    var all = SharedCorpus.bulkStatements(java.nio.file.Path.of(args[0]), Integer.parseInt(args[1]));
    for (Statement s : all.subList(Math.min(skip, all.size()), all.size())) {
      System.out.println("#### " + s.id());
      int i = 0;
      for (Span sp : SentenceSplitter.bundled().split(s.text())) {
        System.out.println(i++ + "\t[" + sp.of(s.text()) + "]");
      }
    }
  }
}

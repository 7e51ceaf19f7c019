package org.readout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code readout analyze PATH...}: sentences, tokens and actor mentions to stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse statements: sentences, tokens, lemmas and actor mentions, to stdout.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Override
  public Integer call() {
    Readout readout = Readout.standard();
    for (AnalyzedStatement a : readout.analyzeAll(Ingest.readAll(paths))) {
      System.out.println("# " + a.id());
      for (Sentence s : a.sentences()) {
        System.out.println(s.index() + "\t" + s.start() + "-" + s.end() + "\t" + s.text());
      }
    }
    return 0;
  }
}

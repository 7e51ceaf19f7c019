package org.readout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.compare.Comparer;
import org.readout.compare.Comparison;
import org.readout.io.Ingest;
import org.readout.report.AtomicFiles;
import org.readout.report.compare.CompareFormat;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.Codebook;
import org.readout.topics.TopicCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout compare PATH... [--kind K] [--format json|md|html|csv] [--out FILE] [--codebook FILE]}:
 * codes the statements with topics and compares them (coverage, alignment, framing, findings).
 * Sentence embeddings are cached in a file (see {@link CommonOptions#cacheDir()}: {@code --cache-dir},
 * {@code READOUT_CACHE_DIR}, beside the {@code --db} workspace, else {@code ~/.readout/cache}) so the
 * codebook examples are embedded once.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare statements about one meeting: topics, coverage, alignment, framing, findings.")
final class CompareCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Statement files or a meeting folder.")
  List<Path> paths;

  @Option(names = "--kind", paramLabel = "K", description = "Compare only statements of this kind (e.g. readout).")
  String kind;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json, md, html or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (atomically) instead of stdout.")
  Path out;

  @Option(names = "--codebook", paramLabel = "FILE", description = "A topic codebook (YAML) instead of the default.")
  Path codebook;

  @Override
  public Integer call() {
    CompareFormat fmt = CompareFormat.parse(format);
    Codebook book = codebook == null ? Codebook.defaults() : Codebook.load(codebook);
    List<Statement> statements = Ingest.readAll(paths);
    if (kind != null) {
      String k = kind.trim().toLowerCase(Locale.ROOT);
      statements = statements.stream().filter(s -> s.meta().kind().toLowerCase(Locale.ROOT).equals(k)).toList();
      if (statements.isEmpty()) {
        throw new ReadoutException(paths + ": no statement of kind '" + kind + "'");
      }
    }
    List<AnalyzedStatement> analysed = common.readout().analyzeAll(statements);
    CachingEmbedder embedder = new CachingEmbedder(BgeEmbedder.instance(), 100_000, cacheFile(), 20_000);
    Comparison result = new Comparer(new TopicCoder(book, embedder)).compare(analysed);
    String report = fmt.render(result);
    embedder.flush();
    if (out != null) {
      AtomicFiles.write(out, report);
    } else {
      System.out.print(report);
      System.out.flush();
    }
    return 0;
  }

  private Path cacheFile() {
    Path base = common.cacheDir();
    return base == null ? null : base.resolve("embeddings-" + BgeEmbedder.MODEL_ID + ".bin");
  }
}

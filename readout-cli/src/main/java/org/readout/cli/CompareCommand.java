package org.readout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.compare.Accounts;
import org.readout.compare.Comparison;
import org.readout.model.StatementMeta;
import org.readout.io.Ingest;
import org.readout.report.AtomicFiles;
import org.readout.report.compare.CompareFormat;
import org.readout.report.compare.FurtherReading;
import org.readout.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout compare PATH... [--kind K] [--format json|md|html|csv] [--out FILE] [--codebook FILE]
 * [--actors FILE]}: analyses the statements with every standard stage (topics, attribution,
 * commitments, time) and compares them (coverage, alignment, framing, findings). Sentence embeddings are
 * cached in a file (see {@link CommonOptions#cacheDir()}: {@code --cache-dir}, {@code READOUT_CACHE_DIR},
 * beside the {@code --db} workspace, else {@code ~/.readout/cache}) so the codebook examples are embedded
 * once.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare statements about one meeting: topics, coverage, alignment, framing, findings.")
final class CompareCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Statement files or a meeting folder.")
  List<Path> paths;

  @Option(names = "--kind", paramLabel = "K",
      description = "Prefer each side's statement of this kind (e.g. readout); a side without one keeps its best account, with a note.")
  String kind;

  @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "brief",
      description = "brief (one page: outcome, ranked findings with quotes) or full (every finding, matrix, alignments) for md/html (default: ${DEFAULT-VALUE}).")
  String detail;

  @Option(names = "--all-statements",
      description = "Compare every statement given instead of one account per side.")
  boolean allStatements;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json, md, html or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (atomically) instead of stdout.")
  Path out;

  /** Items in the brief's "Further reading". */
  static final int FURTHER_READING = 8;

  @Override
  public Integer call() {
    CompareFormat fmt = CompareFormat.parse(format);
    FutureTask<Readout> engine = common.readoutInBackground(Readout.STANDARD_STAGES);
    List<Statement> statements;
    try {
      statements = Ingest.readAll(paths);
    } catch (RuntimeException e) {
      CommonOptions.join(engine); // a configuration error is reported first
      throw e;
    }
    Readout readout = CommonOptions.join(engine);
    boolean full = switch (detail.trim().toLowerCase(Locale.ROOT)) {
      case "brief" -> false;
      case "full" -> true;
      default -> throw new ReadoutException("--detail: unknown level '" + detail + "' (valid: brief, full)");
    };
    List<StatementMeta> metas = statements.stream().map(Statement::meta).toList();
    Accounts.Selection selection = allStatements ? Accounts.Selection.all(metas)
        : Accounts.select(metas, readout.config().actors(), kind);
    List<Statement> accounts = statements.stream().filter(s -> selection.accounts().contains(s.id())).toList();
    Comparison result = readout.compare(accounts.toArray(Statement[]::new)).withAccounts(selection);
    // with --db, the brief ends with further reading from the workspace (readout related)
    FurtherReading further = full || (fmt != CompareFormat.MD && fmt != CompareFormat.HTML) ? FurtherReading.NONE
        : RelatedCommand.furtherReading(common, paths.get(0), FURTHER_READING);
    String report = fmt.render(result, full, further);
    common.flush();
    if (out != null) {
      AtomicFiles.write(out, report);
    } else {
      System.out.print(report);
      System.out.flush();
    }
    return 0;
  }
}

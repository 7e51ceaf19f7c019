package org.readout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.commitments.Commitment;
import org.readout.commitments.TrackedCommitment;
import org.readout.io.Ingest;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout commitments PATH... [--format json|md|csv] [--out FILE]} extracts commitments from files
 * straight to stdout; {@code readout commitments list …} and {@code readout commitments set …} work on
 * the workspace. picocli treats the first argument as a subcommand when it is {@code list} or
 * {@code set}, otherwise as a PATH.
 */
@Command(name = "commitments", mixinStandardHelpOptions = true,
    description = "Extract commitments (agreement, pledge, readiness, hope, proposal, demand, warning) from files, "
        + "or list and set them in the workspace.",
    subcommands = {CommitmentsListCommand.class, CommitmentsSetCommand.class})
final class CommitmentsCommand implements Callable<Integer> {
  /**
   * Extraction needs the text stages, topics (each commitment's topics: codebook phrase rules and, here,
   * sentence embeddings) and attribution (who voices each commitment).
   */
  static final List<String> STAGES = List.of("sentences", "tokens", "actors", "clauses", "topics", "attribution", "commitments");

  @Mixin
  CommonOptions common;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Statement files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default), md or csv.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    if (paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give statement files or folders, or a subcommand (list, set)");
    }
    CommitmentFormat fmt = CommitmentFormat.parse(format);
    Readout readout = common.readout(STAGES);
    List<TrackedCommitment> all = new ArrayList<>();
    for (Statement st : Ingest.readAll(paths)) {
      AnalyzedStatement doc = readout.analyze(st);
      for (Commitment c : doc.require(Layers.COMMITMENTS)) {
        all.add(TrackedCommitment.fresh(c, doc.meta().meeting(), doc.meta().date()));
      }
    }
    String rendered = CommitmentRenderer.render(all, fmt);
    common.flush();
    Output.write(out, rendered);
    return 0;
  }
}

package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.readout.ReadoutException;
import org.readout.eval.Evaluation;
import org.readout.Readout;
import org.readout.eval.ReadoutAnalysis;
import org.readout.eval.Report;
import org.readout.eval.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout eval [--layer L[,L…]] [--half H] [--format text|json] [--gold DIR] [--shared DIR] [--show-test-misses]
 * [--out FILE]}: scores the analysis against the hand-annotated gold and prints precision, recall and accuracy per
 * layer and half. Misses are listed for the development half only; the test half is reported as counts.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score commitments, attributions, dates, the brief's topic lists and comparison findings against the gold (eval/gold).",
        "Prints one table per layer and half; the development half also lists its misses, the test half only counts."})
final class EvalCommand implements Callable<Integer> {
  enum Layer { commitments, attributions, dates, topics, compare, all }

  enum Half { dev, test, all }

  enum Format { text, json }

  @Mixin
  CommonOptions common;

  @Option(names = "--layer", defaultValue = "all", split = ",", paramLabel = "LAYER",
      description = "${COMPLETION-CANDIDATES}, or several separated by commas (default: ${DEFAULT-VALUE}).")
  List<Layer> layer;

  @Option(names = "--half", defaultValue = "dev", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Half half;

  @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--gold", paramLabel = "DIR", defaultValue = "eval/gold",
      description = "Gold directory (manifest.tsv, dev/, test/, compare/; default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "Shared data (corpus/bulk, corpus/meetings); default: ../shared, or the one beside the gold's project.")
  Path shared;

  @Option(names = "--show-test-misses", description = "Also list the test half's misses (not for rule writers).")
  boolean showTestMisses;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    Set<String> layers = layer.contains(Layer.all) ? Set.copyOf(Report.LAYERS)
        : layer.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    Set<String> halves = half == Half.all ? Set.of("dev", "test") : Set.of(half.name());
    Evaluation.Options options = new Evaluation.Options(gold, sharedDir(), layers, halves, showTestMisses);
    Evaluation evaluation = new Evaluation(options, new ReadoutAnalysis(common.readout(Readout.STANDARD_STAGES)));
    if (System.console() != null) {
      evaluation.onProgress(line -> System.err.println("readout eval: " + line));
    }
    Report report = evaluation.run();
    common.flush();
    Output.write(out, format == Format.json ? ReportWriter.json(report) : ReportWriter.text(report));
    return 0;
  }

  private Path sharedDir() {
    if (shared != null) {
      if (!Files.isDirectory(shared.resolve("corpus"))) {
        throw new ReadoutException(shared + ": no corpus directory here (give --shared DIR)");
      }
      return shared;
    }
    Path abs = gold.toAbsolutePath().normalize();
    Path root = abs.getParent() == null ? null : abs.getParent().getParent();
    for (Path candidate : root == null ? List.of(Path.of("..", "shared"))
        : List.of(Path.of("..", "shared"), root.resolveSibling("shared"))) {
      if (Files.isDirectory(candidate.resolve("corpus"))) {
        return candidate;
      }
    }
    throw new ReadoutException("no shared corpus at ../shared (give --shared DIR)");
  }
}

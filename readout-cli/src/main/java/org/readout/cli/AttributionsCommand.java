package org.readout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.io.Ingest;
import org.readout.report.attribution.AttributionRenderer;
import org.readout.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout attributions PATH... [--format json|md|csv] [--out FILE] [--actors FILE]}. */
@Command(name = "attributions", mixinStandardHelpOptions = true, description = "Attribute quotes and reported speech to speakers.")
final class AttributionsCommand implements Callable<Integer> {
  enum Format { json, md, csv }

  /** Attribution needs the text stages and its own. */
  static final List<String> STAGES = List.of("sentences", "tokens", "actors", "attribution");

  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Statement files or folders.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    // speakers come from the same actor dictionary as the mentions (the user's, with --actors)
    Readout readout = common.readout(STAGES, false, s -> s);
    List<Attribution> all = new ArrayList<>();
    for (Statement st : Ingest.readAll(paths)) {
      all.addAll(readout.analyze(st).require(Layers.ATTRIBUTIONS));
    }
    Output.write(out, AttributionRenderer.render(all, format.name()));
    return 0;
  }
}

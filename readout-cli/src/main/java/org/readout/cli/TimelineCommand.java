package org.readout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.report.timeline.TimelineRenderer;
import org.readout.report.timeline.TimelineReport;
import org.readout.model.AnalyzedStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout timeline PATH... [--format json|md|html] [--out FILE]}. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Normalise temporal expressions and place events on a timeline.")
final class TimelineCommand implements Callable<Integer> {
  enum Format { json, md, html }

  /** The time stage reads sentences only. */
  static final List<String> STAGES = List.of("sentences", "time");

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
    Readout readout = common.readout(STAGES, false, s -> s);
    List<AnalyzedStatement> docs = readout.analyzeAll(Ingest.readAll(paths));
    TimelineReport report = TimelineReport.of(docs, readout.config().timeline());
    // without a statement date, dates lacking a year stay "XXXX-…" (valid TIMEX3): say so rather than mislead
    for (AnalyzedStatement d : docs) {
      if (d.meta().date() == null) {
        long unplaced = report.expressions().stream()
            .filter(x -> x.statement().equals(d.id()) && x.value().contains("XXXX")).count();
        System.err.println("readout timeline: warning: " + d.id() + " has no date; " + unplaced
            + " expression(s) left without a year (XXXX) and relative ones skipped");
      }
    }
    Output.write(out, TimelineRenderer.render(report, format.name()));
    return 0;
  }
}

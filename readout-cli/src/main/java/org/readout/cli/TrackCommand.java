package org.readout.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.commitments.Tracker;
import org.readout.report.escape.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout track [--out FILE]}: extracts commitments from workspace statements not yet extracted by
 * this analysis version (none after {@code ingest --full}),
 * follows every open commitment through later statements (streamed from the workspace: only those
 * dated after the earliest open commitment, and analysed only when their text shares the action's
 * content words; see {@code CommitmentTracking#track(Workspace, …)}) and records suggested status changes; prints
 * the suggestions recorded in this run as JSON ({@code {"suggestions": [ … ]}}).
 */
@Command(name = "track", mixinStandardHelpOptions = true, description = "Track open commitments through later statements.")
final class TrackCommand implements Callable<Integer> {
  /** Above this many open commitments tracking matches lexically only. */
  static final int EMBED_UP_TO = 2_000;

  @Mixin
  CommonOptions common;

  @Option(names = "--progress", description = "Show progress bars even when stderr is not a terminal.")
  boolean progress;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (CommitmentsDb db = CommitmentsDb.open(common)) {
      int extracted = db.sync(System.err);
      int later = db.workspace().size();
      boolean show = progress || later > CommitmentsDb.PROGRESS_ABOVE;
      if (show) {
        // what the extraction step did: nothing after an 'ingest --full' with the same analysis version
        System.err.printf(Locale.ROOT, "commitments: %,d of %,d statements current in the workspace, %,d extracted now%n",
            later - db.lastPending(), later, extracted);
      }
      long t0 = System.nanoTime();
      // Embeddings compare each candidate sentence with each commitment's action: affordable for a
      // meeting's worth of commitments, hours for a corpus' worth, where word overlap alone decides.
      int open = db.tracking().store().countTrackable();
      boolean embed = open <= EMBED_UP_TO;
      if (show) {
        System.err.printf(Locale.ROOT, "tracking %,d open commitments through %,d statements%s%n", open, later,
            embed ? "" : " (matching by shared words only; sentence embeddings up to " + EMBED_UP_TO + ")");
      }
      Progress scan = new Progress(System.err, show && System.console() != null || progress, later);
      Progress[] scoring = new Progress[1];
      List<Tracker.Suggestion> recorded = (embed ? db.trackingWithEmbeddings() : db.tracking())
          .track(db.workspace(), db::analysed, st -> scan.advance(0), st -> {
            if (scoring[0] == null) {
              scan.done();
              if (show) {
                System.err.println("scoring candidate statements");
              }
              scoring[0] = new Progress(System.err, show && System.console() != null || progress, -1);
            }
            scoring[0].advance(0);
          });
      if (scoring[0] == null) {
        scan.done();
      } else {
        scoring[0].done();
      }
      if (show) {
        System.err.printf(Locale.ROOT, "recorded %,d suggestions in %.1f s%n", recorded.size(),
            (System.nanoTime() - t0) / 1e9);
      }
      ObjectNode root = JsonWriter.object();
      ArrayNode arr = root.putArray("suggestions");
      for (Tracker.Suggestion s : recorded) {
        ObjectNode o = arr.addObject();
        o.put("commitment", s.commitmentId());
        o.put("status", s.status().id());
        o.put("date", s.date() == null ? null : s.date().toString());
        ObjectNode ev = o.putObject("evidence");
        ev.put("statement", s.statement());
        ev.put("sentence", s.sentence());
        ev.put("start", s.start());
        ev.put("end", s.end());
        o.put("text", s.text());
        o.put("rule", s.rule());
        o.put("confidence", s.confidence());
      }
      Output.write(out, JsonWriter.write(root));
    }
    return 0;
  }
}

package org.readout.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.store.IngestBatch;
import org.readout.store.IngestReport;
import org.readout.store.IngestReport.Outcome;
import org.readout.store.Workspace;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.SearchIndexWriter;
import org.readout.topics.Codebook;
import org.readout.topics.HybridEmbedder;
import org.readout.topics.PhraseCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout ingest PATH|URL...}: reads, analyses and stores statements. The whole run is one
 * transaction: any bad source (without {@code --keep-going} for skippable JSON Lines records) leaves
 * the workspace as it was. Statements already stored with the same text and metadata are not
 * re-analysed. {@code --full} runs every stage on the same ordered pool and stores each statement's
 * commitments in the same transaction ({@link IngestBatch#withCommitments}); a stored statement is then
 * analysed again only when its commitments were extracted by another analysis version.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Ingest statements (files, folders, JSON Lines, http(s) URLs) into the workspace.",
        "One run is one transaction: on any error the workspace is left as it was."})
final class IngestCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders, .jsonl(.gz) files or http(s) URLs.")
  List<String> sources;

  @Option(names = "--side", description = "Side code for text without front matter (e.g. US, RU).")
  String side;
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for text without front matter.")
  String date;
  @Option(names = "--publisher", description = "Publisher for text without front matter.")
  String publisher;
  @Option(names = "--title", description = "Title for text without front matter.")
  String title;
  @Option(names = "--kind", description = "Kind (readout, briefing, …) for text without front matter.")
  String kind;
  @Option(names = "--meeting", description = "Meeting slug for text without front matter.")
  String meeting;
  @Option(names = "--max-bytes", paramLabel = "N", description = "Reject files or responses larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;
  @Option(names = "--replace", description = "Let a statement from another file or URL replace a stored one with the "
      + "same id (by default that is an error).")
  boolean replace;
  @Option(names = "--max-chars", paramLabel = "N",
      description = "Reject a statement whose text is longer than N characters (default: ${DEFAULT-VALUE}).")
  long maxChars = IngestOptions.DEFAULT_MAX_CHARS;
  @Option(names = "--keep-going", description = "Skip and count bad JSON Lines records instead of stopping.")
  boolean keepGoing;
  @Option(names = "--fetch-timeout", paramLabel = "SECONDS",
      description = "Deadline for each URL: connect, headers and body together (default: ${DEFAULT-VALUE}).")
  long fetchTimeout = 30;
  @Option(names = "--allow-private", description = "Allow URLs on loopback, link-local or private addresses.")
  boolean allowPrivate;
  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = OrderedAnalyzer.defaultThreads();
  @Option(names = "--progress", description = "Show the progress bar even when stderr is not a terminal.")
  boolean progress;
  @Option(names = "--full", description = "Run the whole analysis (every stage of 'readout bench --full': topics with the "
      + "static embedding table, bge near thresholds; clauses, attribution, commitments, time) and store each statement's "
      + "commitments as 'readout track' would, recorded with the analysis version so track does not extract them again.")
  boolean full;
  @Option(names = "--no-index", description = "Do not update the search index beside the workspace (rebuild later with 'readout index').")
  boolean noIndex;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    IngestOptions options = options(err);
    checkLocalSourcesExist();
    long start = System.nanoTime();
    // URLs are fetched first, outside the workspace: no lock is held while a server takes its time.
    java.util.Map<String, Ingest.Fetched> fetched = new java.util.HashMap<>();
    for (String source : sources) {
      if (isUrl(source) && !fetched.containsKey(source)) {
        fetched.put(source, Ingest.fetch(source, options));
      }
    }
    // --full: the whole stage chain, as bench --full runs it; topics by the hybrid embedder (static table,
    // bge only near a threshold), whose topic decisions are bge's.
    Readout readout = full
        ? common.readout(BenchCommand.fullStages(), HybridEmbedder.of(common.embedder(), common.cacheDir()), UnaryOperator.identity())
        : common.readout();
    String analyser = readout.pipeline().stages().stream().map(AnalysisStage::name).collect(Collectors.joining(","));
    boolean showProgress = progress || System.console() != null;
    Progress bar = new Progress(err, showProgress, showProgress ? estimateTotal(sources) : -1);
    int skipped = 0;
    IngestReport report;
    int[] extracted;
    Path db = common.dbPath();
    // On Ctrl-C the open transaction is never committed, so SQLite discards it; say so.
    AtomicBoolean finished = new AtomicBoolean();
    Thread onInterrupt = new Thread(() -> {
      if (!finished.get()) {
        err.println();
        err.println("readout: interrupted; the workspace is unchanged");
      }
    }, "readout-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    boolean existed = db.toString().startsWith("jdbc:") || Files.exists(db);
    List<String> changed = new java.util.ArrayList<>();
    try (Workspace ws = Workspace.open(db); IngestBatch batch = begin(ws, analyser);
         OrderedAnalyzer analyzer = new OrderedAnalyzer(readout, threads, a -> store(batch, a, bar, changed))) {
      java.util.function.Consumer<Statement> sink = given -> {
        // commitment ids name the statement: analyse it under the id it is stored with
        Statement st = full ? IngestBatch.withWorkspaceId(given) : given;
        if (batch.needsAnalysis(st)) {
          analyzer.submit(st);
        } else {
          analyzer.passThrough(st);
        }
      };
      for (String source : sources) {
        Ingest.Fetched page = fetched.get(source);
        skipped += page != null ? Ingest.stream(page, options, sink) : Ingest.stream(source, options, sink);
      }
      analyzer.finish();
      extracted = new int[] {batch.extractedStatements(), batch.extractedCommitments()};
      report = batch.commit();
      if (!noIndex && !changed.isEmpty() && !db.toString().startsWith("jdbc:")) {
        // The search index follows the workspace: the statements this run added or changed are re-indexed.
        SearchIndexWriter.update(ws, SearchIndex.pathFor(db), changed, new PhraseCoder(common.codebook()), threads,
            common.cacheDir());
      }
    } catch (RuntimeException | Error e) {
      if (!existed) {
        removeNewWorkspace(db); // a failed first ingest leaves no empty workspace behind
      }
      throw e;
    } finally {
      finished.set(true);
      bar.done();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // already shutting down: the hook has run or will find finished set
      }
    }
    if (full) {
      common.flush(); // the bge vectors of borderline sentences, for the next run
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "Ingested %,d statements into %s: %,d added, %,d unchanged, %,d updated, %,d skipped;"
            + " %,d sentences analysed in %.1f s (%,.0f sentences/s)%n",
        report.total(), db, report.added(), report.unchanged(), report.updated(), skipped, report.sentences(),
        seconds, report.sentences() / Math.max(seconds, 1e-9));
    if (full) {
      out.printf(Locale.ROOT, "Full analysis: commitments of %,d statements stored (%,d commitments; analysis version %s)%n",
          extracted[0], extracted[1], common.analysisVersion());
    }
    return 0;
  }

  /** The ingest transaction; with --full it also stores each statement's commitments. */
  private IngestBatch begin(Workspace ws, String analyser) {
    IngestBatch batch = ws.begin(analyser).replaceOnCollision(replace);
    return full ? batch.withCommitments(common.analysisVersion()) : batch;
  }

  private static void store(IngestBatch batch, AnalyzedStatement a, Progress bar, List<String> changed) {
    Outcome outcome = batch.add(a);
    if (outcome != Outcome.UNCHANGED) {
      changed.add(Workspace.idFor(a.meta()));
    }
    // an unchanged statement is analysed only when --full must store its commitments
    bar.advance(outcome == Outcome.UNCHANGED && !a.has(Layers.COMMITMENTS) ? 0 : a.sentences().size());
  }

  private IngestOptions options(PrintStream err) {
    LocalDate day = null;
    if (date != null) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ReadoutException("--date: '" + date + "' is not an ISO date (YYYY-MM-DD)");
      }
    }
    if (maxBytes <= 0) {
      throw new ReadoutException("--max-bytes: must be positive, got " + maxBytes);
    }
    if (maxChars <= 0) {
      throw new ReadoutException("--max-chars: must be positive, got " + maxChars);
    }
    if (fetchTimeout < 1) {
      throw new ReadoutException("--fetch-timeout: must be at least 1 second, got " + fetchTimeout);
    }
    if (threads < 1) {
      throw new ReadoutException("--threads: must be at least 1, got " + threads);
    }
    return IngestOptions.defaults()
        .withMetadata(side, day, publisher, title, kind, meeting)
        .withMaxBytes(maxBytes)
        .withMaxChars(maxChars)
        .withKeepGoing(keepGoing)
        .withAllowPrivate(allowPrivate)
        .withFetchTimeout(java.time.Duration.ofSeconds(fetchTimeout))
        .withWarnings(w -> err.println("readout: warning: " + w));
  }

  /** Fails before the workspace is even opened (or created) when a named file is missing. */
  private void checkLocalSourcesExist() {
    for (String s : sources) {
      Ingest.checkScheme(s);
      if (!isUrl(s) && !Files.exists(Path.of(s))) {
        throw new ReadoutException(s + ": no such file or directory");
      }
      if (!isUrl(s) && !Files.isReadable(Path.of(s))) {
        throw new ReadoutException(s + ": permission denied", ReadoutException.IO_FAILURE, null);
      }
    }
  }

  private static void removeNewWorkspace(Path db) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(Path.of(db + suffix));
      } catch (IOException ignored) {
        // best effort: the error being reported matters more
      }
    }
  }

  static boolean isUrl(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * A cheap estimate of how many statements the sources hold, for the progress bar: lines of JSON
   * Lines files, files under folders, one per other file or URL; -1 if unknown.
   */
  static long estimateTotal(List<String> sources) {
    long total = 0;
    for (String s : sources) {
      if (isUrl(s)) {
        total++;
        continue;
      }
      Path p = Path.of(s);
      try {
        if (Files.isDirectory(p)) {
          List<Path> files;
          try (Stream<Path> walk = Files.walk(p)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList();
          }
          for (Path f : files) {
            total += estimateFile(f);
          }
        } else {
          total += estimateFile(p);
        }
      } catch (IOException | RuntimeException e) {
        return -1; // the real read reports the problem; the bar just goes without a total
      }
    }
    return total;
  }

  private static long estimateFile(Path f) throws IOException {
    String name = f.getFileName().toString();
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      return countLines(f, name.endsWith(".gz"));
    }
    return 1;
  }

  private static long countLines(Path p, boolean gz) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
         InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] buf = new byte[1 << 16];
      long lines = 0;
      int n;
      int last = '\n';
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
        last = buf[n - 1];
      }
      return last == '\n' ? lines : lines + 1;
    }
  }

}

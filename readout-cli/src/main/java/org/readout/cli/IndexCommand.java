package org.readout.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.readout.store.Workspace;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.SearchIndexWriter;
import org.readout.store.search.VectorModels;
import org.readout.topics.Codebook;
import org.readout.topics.PhraseCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readout index}: rebuilds the search index beside the workspace from its statements. */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Rebuild the search index beside the workspace (<db>.search) from every stored statement.",
        "Ingest keeps it up to date; rebuild after changing the codebook or when the index is missing."})
final class IndexCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: number of cores).")
  int threads = OrderedAnalyzer.defaultThreads();

  @Option(names = "--vectors", description = "Also store a sentence embedding per sentence (HNSW, int8-quantized) for "
      + "search --mode vector|hybrid; ingest then adds vectors for new statements with the same model.")
  boolean vectors;

  @Option(names = "--vector-model", paramLabel = "static|bge", description = "Embedder of --vectors: static (the table "
      + "distilled from bge-small; the full corpus in minutes) or bge (the model itself, ~230 sentences/s on 2 cores: a "
      + "few meetings) (default: ${DEFAULT-VALUE}).")
  String vectorModel = "static";

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    Path dir = SearchIndex.pathFor(common.dbPath());
    AtomicLong sentences = new AtomicLong();
    boolean tty = System.console() != null;
    int n;
    try (Workspace ws = MeetingSupport.openExisting(common)) {
      PhraseCoder coder = new PhraseCoder(common.codebook());
      n = SearchIndexWriter.rebuild(ws, dir, coder, vectors ? VectorModels.byName(vectorModel, common.cacheDir()) : null, threads, k -> {
        long total = sentences.addAndGet(k);
        if (tty && total % 50_000 < k) {
          System.err.printf(Locale.ROOT, "\rreadout: indexed %,d sentences", total);
        }
      });
    }
    if (tty) {
      System.err.println();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "Indexed %,d statements (%,d sentences%s) into %s in %.1f s (%s)%n", n, sentences.get(),
        vectors ? ", vectors: " + SearchIndex.vectorModel(dir) : "", dir, s, size(dir));
    return 0;
  }

  /** The index folder's size on disk, e.g. {@code "1,234.5 MB"}. */
  static String size(Path dir) {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
      long bytes = files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    } catch (java.io.IOException e) {
      return "size unknown";
    }
  }
}

package org.readout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.Embedder;

/**
 * The CLI's sentence embedder: bge-small-en-v1.5 behind a {@link CachingEmbedder} whose cache file is
 * read on a background thread from the moment the command starts, so reading it overlaps loading the
 * lexicons and the text analysis. The first {@link #embedAll} waits for it. Thread-safe.
 */
final class BackgroundEmbedder implements Embedder {
  private final FutureTask<CachingEmbedder> cache;

  BackgroundEmbedder(Path cacheFile) {
    this.cache = new FutureTask<>(() -> new CachingEmbedder(BgeEmbedder.instance(), 100_000, cacheFile, 20_000));
    Thread t = new Thread(cache, "readout-embedding-cache");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public String modelId() {
    return BgeEmbedder.MODEL_ID;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return cache().embedAll(texts);
  }

  /** Writes the cache file back if anything new was embedded. */
  void flush() {
    cache().flush();
  }

  private CachingEmbedder cache() {
    try {
      return cache.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the embedding cache", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

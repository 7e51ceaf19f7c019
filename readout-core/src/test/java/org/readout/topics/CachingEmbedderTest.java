package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEmbedderTest {
  /** Counts texts sent to the model; vectors encode the text length. */
  static final class CountingEmbedder implements Embedder {
    final List<String> seen = new ArrayList<>();

    @Override
    public String modelId() {
      return "fake";
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
      seen.addAll(texts);
      return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
    }
  }

  @Test
  void embedsEachDistinctTextOnceAndKeepsOrder() {
    CountingEmbedder fake = new CountingEmbedder();
    CachingEmbedder c = new CachingEmbedder(fake, 10, null, 0);
    List<float[]> v = c.embedAll(List.of("aa", "b", "aa"));
    assertThat(v).extracting(x -> x[0]).containsExactly(2f, 1f, 2f);
    c.embedAll(List.of("b", "ccc"));
    assertThat(fake.seen).containsExactly("aa", "b", "ccc");
  }

  @Test
  void evictsLeastRecentlyUsed() {
    CountingEmbedder fake = new CountingEmbedder();
    CachingEmbedder c = new CachingEmbedder(fake, 2, null, 0);
    c.embedAll(List.of("a", "bb"));
    c.embedAll(List.of("a"));
    c.embedAll(List.of("ccc"));
    c.embedAll(List.of("a", "bb"));
    assertThat(fake.seen).containsExactly("a", "bb", "ccc", "bb");
    assertThat(c.size()).isEqualTo(2);
  }

  @Test
  void persistsAcrossInstances(@TempDir Path dir) {
    Path f = dir.resolve("cache.bin");
    CountingEmbedder first = new CountingEmbedder();
    CachingEmbedder a = new CachingEmbedder(first, 10, f, 10);
    a.embedAll(List.of("hello", "world!"));
    a.flush();
    CountingEmbedder second = new CountingEmbedder();
    CachingEmbedder b = new CachingEmbedder(second, 10, f, 10);
    assertThat(b.embedAll(List.of("world!", "hello"))).extracting(x -> x[0]).containsExactly(6f, 5f);
    assertThat(second.seen).isEmpty();
  }
}

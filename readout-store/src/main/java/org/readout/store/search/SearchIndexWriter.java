package org.readout.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.readout.ReadoutException;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.store.StatementFilter;
import org.readout.store.Workspace;
import org.readout.topics.Embedder;
import org.readout.topics.PhraseCoder;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * Writes the search index: {@link #rebuild} from a whole workspace (into a fresh folder that replaces the
 * old one when complete), {@link #update} for the statements an ingest added or changed. Adding a
 * statement replaces its earlier documents. {@link #index} may be called from several threads.
 */
public final class SearchIndexWriter implements AutoCloseable {
  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  private final Path dir;
  private final IndexWriter writer;
  private final PhraseCoder coder;
  private final Embedder embedder;

  public SearchIndexWriter(Path dir, boolean create, PhraseCoder coder) {
    this(dir, create, coder, null);
  }

  /**
   * @param embedder when not null, every sentence also gets a vector ({@code vec}, HNSW, dot product of
   *                 unit vectors) for {@code readout search --mode vector|hybrid}
   */
  public SearchIndexWriter(Path dir, boolean create, PhraseCoder coder, Embedder embedder) {
    this.dir = dir;
    this.coder = coder;
    this.embedder = embedder;
    try {
      Files.createDirectories(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(SearchIndex.analyzer())
          .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          // a fresh build with vectors flushes few large segments: every HNSW merge rebuilds a graph
          .setRAMBufferSizeMB(create && embedder != null ? 1024 : 256)
          .setCodec(VectorModels.codec());
      this.writer = new IndexWriter(FSDirectory.open(dir), cfg);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot open the search index for writing (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
  }

  /** Replaces the documents of one statement (its title and sentences). */
  public void index(AnalyzedStatement a) {
    try {
      writer.updateDocuments(new Term("sid", a.id()), documents(a));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  public void delete(String statementId) {
    try {
      writer.deleteDocuments(new Term("sid", statementId));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Commits, recording the layout version. */
  public void commit() {
    try {
      writer.setLiveCommitData(Map.of("version", SearchIndex.VERSION, "embedder",
          embedder == null ? "" : embedder.modelId()).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  List<Document> documents(AnalyzedStatement a) {
    StatementMeta m = a.meta();
    List<Document> out = new ArrayList<>(a.sentences().size() + 1);
    if (!m.title().isBlank()) {
      Document t = base(m, -1, 0);
      t.add(new Field("text", m.title(), TEXT));
      out.add(t);
    }
    List<List<Mention>> bySentence = new ArrayList<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention x : a.mentions()) {
      if (x.sentence() >= 0 && x.sentence() < bySentence.size() && !x.rule().equals("pronoun")) {
        bySentence.get(x.sentence()).add(x);
      }
    }
    Map<Integer, float[]> vectors = new java.util.HashMap<>();
    Map<Integer, Integer> spans = new java.util.HashMap<>();
    if (embedder != null && !a.sentences().isEmpty()) {
      passageVectors(a.sentences(), vectors, spans);
    }
    for (Sentence s : a.sentences()) {
      Document d = base(m, s.index(), s.start());
      float[] v = vectors.get(s.index());
      if (v != null) {
        d.add(new KnnFloatVectorField("vec", v, VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new StoredField("vspan", spans.get(s.index())));
      }
      d.add(new Field("text", s.text(), TEXT));
      Set<String> actors = new LinkedHashSet<>();
      for (Mention x : bySentence.get(s.index())) {
        actors.add(x.actorId());
        if (!x.entityId().isEmpty()) {
          actors.add(x.entityId());
        }
      }
      for (String actor : actors) {
        d.add(new StringField("actor", actor, Field.Store.NO));
        d.add(new SortedSetDocValuesField("actor", new BytesRef(actor)));
      }
      for (String topic : coder.topics(s)) {
        d.add(new StringField("topic", topic, Field.Store.NO));
        d.add(new SortedSetDocValuesField("topic", new BytesRef(topic)));
      }
      out.add(d);
    }
    return out;
  }

  /**
   * Passage vectors: consecutive sentences are grouped into passages of up to {@link VectorModels#PASSAGE_SENTENCES}
   * sentences and {@link VectorModels#PASSAGE_WORDS} words (a passage closes at either), and each passage of at
   * least {@link VectorModels#MIN_WORDS} words gets one vector, stored on its first sentence with the number of
   * sentences it spans ({@code vspan}). Searching maps a passage back to its sentence nearest the query.
   */
  private void passageVectors(List<Sentence> sentences, Map<Integer, float[]> vectors, Map<Integer, Integer> spans) {
    List<Integer> firsts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      int first = i;
      int words = 0;
      StringBuilder text = new StringBuilder();
      while (i < sentences.size() && i - first < VectorModels.PASSAGE_SENTENCES
          && (i == first || words + words(sentences.get(i).text()) <= VectorModels.PASSAGE_WORDS)) {
        words += words(sentences.get(i).text());
        text.append(text.length() == 0 ? "" : " ").append(sentences.get(i).text());
        i++;
      }
      if (words >= VectorModels.MIN_WORDS) {
        firsts.add(sentences.get(first).index());
        texts.add(text.toString());
        spans.put(sentences.get(first).index(), i - first);
      }
    }
    List<float[]> vs = embedder.embedAll(texts);
    for (int k = 0; k < firsts.size(); k++) {
      if (isUnit(vs.get(k))) {
        vectors.put(firsts.get(k), vs.get(k));
      } else {
        spans.remove(firsts.get(k));
      }
    }
  }

  /** Words of a sentence (runs of letters or digits). */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private static boolean isUnit(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    return Math.abs(n - 1) < 1e-3;
  }

  private static Document base(StatementMeta m, int idx, int start) {
    Document d = new Document();
    d.add(new StringField("sid", m.id(), Field.Store.YES));
    d.add(new IntPoint("idx", idx));
    d.add(new StoredField("idx", idx));
    d.add(new NumericDocValuesField("idx", idx));
    d.add(new StoredField("start", start));
    d.add(new StringField("side", m.side(), Field.Store.NO));
    d.add(new SortedDocValuesField("side", new BytesRef(m.side())));
    d.add(new StringField("publisher", m.publisher(), Field.Store.NO));
    d.add(new StringField("kind", m.kind(), Field.Store.NO));
    if (m.date() != null) {
      long day = m.date().toEpochDay();
      d.add(new LongPoint("date", day));
      d.add(new NumericDocValuesField("date", day));
    }
    return d;
  }

  /**
   * Builds the index of every statement of {@code ws} into a fresh folder that replaces {@code dir} when
   * complete (a failed build leaves the old index). Reads on this thread, analyses and indexes on
   * {@code threads} workers. Returns the number of statements indexed.
   */
  public static int rebuild(Workspace ws, Path dir, PhraseCoder coder, int threads, LongConsumer progress) {
    return rebuild(ws, dir, coder, null, threads, progress);
  }

  /** As {@link #rebuild(Workspace, Path, PhraseCoder, int, LongConsumer)}, with sentence vectors when {@code embedder} is set. */
  public static int rebuild(Workspace ws, Path dir, PhraseCoder coder, Embedder embedder, int threads, LongConsumer progress) {
    Path tmp = dir.resolveSibling(dir.getFileName() + ".building");
    deleteTree(tmp);
    List<String> ids = new ArrayList<>();
    ws.forEachStatement(StatementFilter.ALL, s -> ids.add(s.id()));
    int n;
    try (SearchIndexWriter w = new SearchIndexWriter(tmp, true, coder, embedder)) {
      n = w.indexAll(ws, ids, threads, progress);
      w.commit();
    }
    deleteTree(dir);
    try {
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot put the new search index in place (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
    return n;
  }

  /**
   * Re-indexes {@code ids} (added, changed or removed statements) in the index at {@code dir}; an index with
   * sentence vectors gets vectors from the same model, opened from the default cache folder
   * ({@link VectorModels#defaultCacheDir}).
   */
  public static int update(Workspace ws, Path dir, Collection<String> ids, PhraseCoder coder, int threads) {
    return update(ws, dir, ids, coder, threads, VectorModels.defaultCacheDir());
  }

  /** As {@link #update(Workspace, Path, Collection, PhraseCoder, int)}, opening the vector model from {@code cacheDir}. */
  public static int update(Workspace ws, Path dir, Collection<String> ids, PhraseCoder coder, int threads, Path cacheDir) {
    String model = SearchIndex.vectorModel(dir);
    return update(ws, dir, ids, coder, threads, model.isEmpty() ? null : VectorModels.forId(model, cacheDir));
  }

  /**
   * As {@link #update(Workspace, Path, Collection, PhraseCoder, int)} with the given vector embedder (null: none),
   * which must be the model of the index's vectors when it has any.
   */
  public static int update(Workspace ws, Path dir, Collection<String> ids, PhraseCoder coder, int threads, Embedder embedder) {
    String model = SearchIndex.vectorModel(dir);
    if (!model.isEmpty() && (embedder == null || !model.equals(embedder.modelId()))) {
      throw new ReadoutException(dir + ": the index's vectors come from " + model + ", not "
          + (embedder == null ? "no embedder" : embedder.modelId()));
    }
    try (SearchIndexWriter w = new SearchIndexWriter(dir, !SearchIndex.exists(dir), coder, embedder)) {
      int n = w.indexAll(ws, new ArrayList<>(ids), threads, x -> { });
      w.commit();
      return n;
    }
  }

  private int indexAll(Workspace ws, List<String> ids, int threads, LongConsumer progress) {
    BlockingQueue<AnalyzedStatement> queue = new ArrayBlockingQueue<>(64);
    AnalyzedStatement poison = AnalyzedStatement.of(org.readout.model.Statement.of(
        new StatementMeta("\u0000end", "", null, "", "", "", "", "", "", ""), "", ""));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < Math.max(1, threads); i++) {
      workers.add(pool.submit(() -> {
        while (true) {
          AnalyzedStatement a = queue.take();
          if (a == poison) {
            return null;
          }
          index(a);
          progress.accept(a.sentences().size());
        }
      }));
    }
    int n = 0;
    try {
      for (String id : ids) {
        var a = ws.get(id);
        if (a.isPresent()) {
          while (!queue.offer(a.get(), 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            for (Future<?> f : workers) {
              if (f.isDone()) {
                f.get(); // a worker failed: stop now and report why
              }
            }
          }
          n++;
        } else {
          delete(id);
        }
      }
      for (int i = 0; i < workers.size(); i++) {
        queue.put(poison);
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadoutException("indexing interrupted", ReadoutException.IO_FAILURE, e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new ReadoutException(dir + ": indexing failed (" + c + ")", ReadoutException.IO_FAILURE, c);
    } finally {
      pool.shutdownNow();
    }
    return n;
  }

  private static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    } catch (IOException e) {
      throw new ReadoutException(p + ": cannot remove (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  private ReadoutException failure(IOException e) {
    return new ReadoutException(dir + ": cannot write the search index (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
  }
}

package org.readout.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.readout.ReadoutException;

/**
 * A Lucene index of the workspace's sentences (one document per sentence, plus one per title), kept
 * beside the workspace file ({@link #pathFor}). Fields: {@code text} (English analysis: lower case,
 * stop words, Porter stems; offsets indexed for highlights), {@code side}, {@code publisher},
 * {@code kind}, {@code actor} (actor and entity ids mentioned in the sentence), {@code topic} (codebook
 * phrase rules), {@code date} (day; points and doc values), {@code sid}/{@code idx}/{@code start}
 * (where the sentence is). {@link SearchIndexWriter} builds it; this class reads it.
 *
 * <p>Ranking ({@link #search(SearchQuery, MetadataLookup)}, constants in {@link SearchRanking}): BM25 over sentences
 * with a mild length normalisation (b 0.3: a sentence is one unit of meaning, a long one is not a verbose one);
 * plain words also score as adjacent pairs ({@link SearchQueries#withProximity}); a statement scores its best passage
 * (the sum of its sentences' scores over 3 consecutive sentences, times the square of the
 * share of the query words' IDF the passage matches), divided by
 * {@code 1 + 0.2 ln(1 + sentences / 50)}, so a statement that discusses the query over several sentences
 * ranks above one that names it once, and a short statement about it above one passage of a long
 * transcript. {@link #search(Query, Query, int, MetadataLookup)} (more-like-this callers) keeps plain BM25 and
 * the best sentence plus half the second and a quarter of the third. Thread-safe for searching once opened.
 */
public final class SearchIndex implements AutoCloseable {
  /** Version of the index layout; an index of another version must be rebuilt. */
  public static final String VERSION = "search-1";
  /** Fields a query may name. */
  public static final Set<String> FIELDS = Set.of("text", "side", "publisher", "kind", "actor", "topic", "date", "sid");
  private static final int MAX_SENTENCES_SHOWN = 3;

  private final Path dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final IndexSearcher ranking;
  private final SearchRanking params;

  private SearchIndex(Path dir, DirectoryReader reader, SearchRanking params) {
    this.dir = dir;
    this.reader = reader;
    this.params = params;
    this.searcher = new IndexSearcher(reader);
    this.ranking = new IndexSearcher(reader);
    this.ranking.setSimilarity(new org.apache.lucene.search.similarities.BM25Similarity(1.2f, params.b()));
  }

  /** The index folder of the workspace file {@code db}: {@code <db>.search}. */
  public static Path pathFor(Path db) {
    return Path.of(db.toString() + ".search");
  }

  public static boolean exists(Path dir) {
    try {
      return Files.isDirectory(dir) && DirectoryReader.indexExists(FSDirectory.open(dir));
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens the index for searching, ranked by {@link SearchRanking#DEFAULT}. */
  public static SearchIndex open(Path dir) {
    return open(dir, SearchRanking.DEFAULT);
  }

  /** Opens the index for searching, BM25 statements ranked by {@code params} (measuring alternatives). */
  public static SearchIndex open(Path dir, SearchRanking params) {
    if (!exists(dir)) {
      throw new ReadoutException(dir + ": no search index (build it with 'readout index')");
    }
    try {
      DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir));
      String v = r.getIndexCommit().getUserData().getOrDefault("version", "");
      if (!VERSION.equals(v)) {
        r.close();
        throw new ReadoutException(dir + ": search index of another version ('" + v + "'); rebuild it with 'readout index'");
      }
      return new SearchIndex(dir, r, params);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot open the search index (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /** The analyzers: English for text, whole values for the keyword fields. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    KeywordAnalyzer kw = new KeywordAnalyzer();
    for (String f : List.of("side", "publisher", "kind", "actor", "topic", "sid")) {
      perField.put(f, kw);
    }
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
  }

  public IndexReader reader() {
    return reader;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** Sentences in the index (titles excluded). */
  public int sentences() {
    try {
      return searcher.count(IntPoint.newRangeQuery("idx", 0, Integer.MAX_VALUE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model id of the sentence vectors of the index at {@code dir}, or {@code ""} (none, or no index). */
  public static String vectorModel(Path dir) {
    if (!exists(dir)) {
      return "";
    }
    try (var d = FSDirectory.open(dir)) {
      var commits = DirectoryReader.listCommits(d);
      return commits.get(commits.size() - 1).getUserData().getOrDefault("embedder", "");
    } catch (IOException e) {
      throw new ReadoutException(dir + ": cannot read the search index (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /** The model id of the sentence vectors in the index, or {@code ""} when it has none. */
  public String embedderId() {
    try {
      return reader.getIndexCommit().getUserData().getOrDefault("embedder", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How BM25 and vector rankings are combined. */
  public enum Mode { BM25, VECTOR, HYBRID }

  /** Reciprocal rank fusion constant (Cormack, Clarke &amp; Büttcher 2009). */
  static final int RRF_K = 60;

  /**
   * Search by {@code mode}: BM25 as {@link #search(SearchQuery, MetadataLookup)}; VECTOR and HYBRID by passage
   * vectors ({@link VectorSearch}). {@code embedder} must be the model of the index's vectors (unused for BM25).
   */
  public List<SearchHit> search(SearchQuery q, Mode mode, org.readout.topics.Embedder embedder, MetadataLookup metadata) {
    return mode == Mode.BM25 ? search(q, metadata) : VectorSearch.search(this, q, mode, embedder, metadata);
  }

  Path dir() {
    return dir;
  }

  /** The searcher of the BM25 sentence ranking ({@link SearchRanking#b()}). */
  IndexSearcher ranking() {
    return ranking;
  }

  SearchRanking params() {
    return params;
  }

  /** Parses Lucene query syntax, with {@code date:[YYYY-MM-DD TO YYYY-MM-DD]} as a day range ({@link SearchQueries}). */
  public static Query parse(String text) {
    return SearchQueries.parse(text);
  }

  /** The words of a query that vector search embeds (field clauses, operators and quotes removed; may be empty). */
  public static String words(String query) {
    return SearchQueries.words(query);
  }

  /** The query with the filters of {@code q} as non-scoring clauses. */
  public static Query withFilters(Query text, SearchQuery q) {
    return SearchQueries.withFilters(text, q);
  }

  /**
   * Runs a search: statements ranked by their matching sentences, each with up to three sentences and
   * the matched spans. Metadata other than side and date is filled in by the caller's
   * {@code metadata} lookup (the workspace), which may return fewer entries.
   */
  public List<SearchHit> search(SearchQuery q, MetadataLookup metadata) {
    Query text = parse(q.text());
    try {
      return hits(bm25(q, text), text, q.limit(), metadata, d -> d);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": search failed (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /** Sentences fetched for ranking statements (at least). */
  static final int CANDIDATES = 1000;

  /** The statements of the BM25 passage ranking of {@code q} (parsed: {@code text}), best first. */
  List<Ranked> bm25(SearchQuery q, Query text) throws IOException {
    Query ranked = params.pairs() ? SearchQueries.withProximity(text, q.text()) : text;
    TopDocs top = ranking.search(withFilters(ranked, q), Math.max(CANDIDATES, q.limit() * 30));
    return rank(java.util.Arrays.asList(top.scoreDocs), text, true);
  }

  /**
   * As {@link #search(SearchQuery, MetadataLookup)} for a built query: {@code text} is the part whose
   * matches are highlighted, {@code query} what is run (text plus filters).
   */
  public List<SearchHit> search(Query text, Query query, int limit, MetadataLookup metadata) {
    try {
      int n = Math.max(300, limit * 30);
      TopDocs top = searcher.search(query, n);
      return hits(rank(java.util.Arrays.asList(top.scoreDocs), text, false), text, limit, metadata, d -> d);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": search failed (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /**
   * A sentence document found: its statement's block (the document of sentence 0; a statement's documents are
   * one block, title first), its index ({@code -1}: the title) and score.
   */
  record Found(int doc, long block, int idx, float score, long terms) {
  }

  /**
   * Groups ranked sentence documents by statement without reading stored fields: a statement's documents are
   * one block (title, then sentences in order, {@link SearchIndexWriter#index}), so the document of sentence
   * {@code i} minus {@code i} names its statement. Groups keep the ranking order of their first document.
   */
  private Map<Long, List<Found>> group(List<ScoreDoc> scoreDocs, List<Term> terms) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Integer[] order = new Integer[scoreDocs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> scoreDocs.get(i).doc));
    int[] sorted = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = scoreDocs.get(order[i]).doc;
    }
    int[] idx = new int[sorted.length];
    long[] masks = termMasks(sorted, terms, idx);
    Found[] found = new Found[order.length];
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      found[i] = new Found(sorted[k], (long) sorted[k] - idx[k], idx[k], scoreDocs.get(i).score, masks[k]);
    }
    Map<Long, List<Found>> out = new LinkedHashMap<>();
    for (Found f : found) {
      out.computeIfAbsent(f.block(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /**
   * For documents {@code docs} in increasing order: which of {@code terms} (at most 64) each contains, as a bit mask,
   * read from the postings (no stored fields); {@code idx} receives each document's sentence index (0 when it has
   * none).
   */
  long[] termMasks(int[] docs, List<Term> terms, int[] idx) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    long[] out = new long[docs.length];
    org.apache.lucene.index.NumericDocValues idxValues = null;
    org.apache.lucene.index.PostingsEnum[] postings = new org.apache.lucene.index.PostingsEnum[terms.size()];
    LeafReaderContext leaf = null;
    int last = -1;
    for (int k = 0; k < docs.length; k++) {
      int doc = docs[k];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc() || doc <= last) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        idxValues = leaf.reader().getNumericDocValues("idx");
        for (int t = 0; t < postings.length; t++) {
          postings[t] = leaf.reader().postings(terms.get(t), org.apache.lucene.index.PostingsEnum.NONE);
        }
      }
      last = doc;
      int local = doc - leaf.docBase;
      idx[k] = idxValues != null && idxValues.advanceExact(local) ? (int) idxValues.longValue() : 0;
      long mask = 0;
      for (int t = 0; t < postings.length; t++) {
        var pe = postings[t];
        if (pe != null && (pe.docID() < local ? pe.advance(local) : pe.docID()) == local) {
          mask |= 1L << t;
        }
      }
      out[k] = mask;
    }
    return out;
  }

  /** Per leaf, the number of sentences of the statement whose sentence 0 is each document (0 elsewhere); built once. */
  private volatile int[][] blockLengths;

  private int[][] blockLengths() throws IOException {
    int[][] b = blockLengths;
    if (b == null) {
      synchronized (this) {
        b = blockLengths;
        if (b == null) {
          List<LeafReaderContext> leaves = reader.leaves();
          b = new int[leaves.size()][];
          for (LeafReaderContext leaf : leaves) {
            int max = leaf.reader().maxDoc();
            int[] len = new int[max];
            org.apache.lucene.index.NumericDocValues v = leaf.reader().getNumericDocValues("idx");
            int start = -1;
            int expect = 0;
            for (int d = 0; d < max; d++) {
              long idx = v != null && v.advanceExact(d) ? v.longValue() : -2;
              if (start >= 0 && idx == expect) {
                expect++;
                continue;
              }
              if (start >= 0) {
                len[start] = expect;
              }
              start = idx == 0 ? d : -1;
              expect = 1;
            }
            if (start >= 0) {
              len[start] = expect;
            }
            b[leaf.ord] = len;
          }
          blockLengths = b;
        }
      }
    }
    return b;
  }

  /** Sentences of the statements whose sentence 0 is at each of {@code blocks} (at least 1). */
  private Map<Long, Integer> lengths(java.util.Collection<Long> blocks) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int[][] len = blockLengths();
    Map<Long, Integer> out = new HashMap<>();
    for (long block : blocks) {
      int doc = (int) block;
      int n = 0;
      if (doc < reader.maxDoc()) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        n = len[leaf.ord][doc - leaf.docBase];
      }
      out.put(block, Math.max(1, n));
    }
    return out;
  }

  /** The BM25 IDF of each of {@code terms}, as Lucene computes it. */
  double[] idf(List<Term> terms) throws IOException {
    double[] idf = new double[terms.size()];
    for (int t = 0; t < idf.length; t++) {
      long df = reader.docFreq(terms.get(t));
      idf[t] = Math.log(1 + (reader.numDocs() - df + 0.5) / (df + 0.5));
    }
    return idf;
  }

  /** A statement ranked: the document of its sentence 0 ({@code block}), its score and its sentence documents, best first. */
  record Ranked(long block, double score, List<Found> docs) {
  }

  /**
   * Groups ranked sentence documents by statement and scores each, best first. {@code passages}: a statement scores
   * its best passage, normalised by its length (user search); otherwise its best sentence plus half the second and a
   * quarter of the third.
   */
  List<Ranked> rank(List<ScoreDoc> scoreDocs, Query text, boolean passages) throws IOException {
    List<Term> terms = passages ? SearchQueries.textTerms(text) : List.of();
    double[] idf = idf(terms);
    Map<Long, List<Found>> groups = group(scoreDocs, terms);
    Map<Long, Integer> lengths = passages ? lengths(groups.keySet()) : Map.of();
    List<Ranked> ranked = new ArrayList<>(groups.size());
    for (Map.Entry<Long, List<Found>> e : groups.entrySet()) {
      List<Found> fs = e.getValue();
      double s = 0;
      if (passages) {
        s = params.passageScore(fs, idf) / params.lengthNorm(lengths.get(e.getKey()));
      } else {
        double w = 1;
        for (int i = 0; i < Math.min(3, fs.size()); i++) {
          s += w * fs.get(i).score();
          w /= 2;
        }
      }
      ranked.add(new Ranked(e.getKey(), s, fs));
    }
    ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::block));
    return ranked;
  }

  /**
   * The first {@code limit} statements of {@code ranked} as hits: up to three sentences each (the document
   * {@code display} maps each found document to: the sentence shown for it), with highlights of {@code text}.
   */
  List<SearchHit> hits(List<Ranked> ranked, Query text, int limit, MetadataLookup metadata,
                       java.util.function.IntUnaryOperator display) throws IOException {
    StoredFields stored = reader.storedFields();
    Weight weight = null;
    Set<String> plain = null;
    List<LeafReaderContext> leaves = reader.leaves();
    record Shown(String sid, double score, List<SearchHit.SentenceHit> sentences) {
    }
    List<Shown> shown = new ArrayList<>();
    for (Ranked r : ranked) {
      if (shown.size() >= limit) {
        break;
      }
      if (weight == null) {
        Query rewritten = searcher.rewrite(text);
        weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        plain = SearchQueries.plainTextTerms(rewritten);
      }
      // the best sentences, read in document order (a statement's sentences share stored-field blocks), shown best first
      List<Found> best = new ArrayList<>();
      Set<Integer> seen = new java.util.HashSet<>();
      for (Found f : r.docs()) {
        int d = display.applyAsInt(f.doc());
        if (best.size() < MAX_SENTENCES_SHOWN && seen.add(d)) {
          best.add(d == f.doc() ? f : new Found(d, f.block(), f.idx() + d - f.doc(), f.score(), f.terms()));
        }
      }
      List<Found> byDoc = new ArrayList<>(best);
      byDoc.sort(Comparator.comparingInt(Found::doc));
      Map<Integer, Document> docs = new HashMap<>();
      for (Found f : byDoc) {
        docs.put(f.doc(), stored.document(f.doc(), SHOWN_FIELDS));
      }
      String sid = docs.get(best.get(0).doc()).get("sid");
      List<SearchHit.SentenceHit> sentences = new ArrayList<>();
      for (Found f : best) {
        Document d = docs.get(f.doc());
        if (!sid.equals(d.get("sid"))) {
          continue; // a title-only statement next to one without a title: not this statement's sentence
        }
        int idx = d.getField("idx").numericValue().intValue();
        int start = d.getField("start").numericValue().intValue();
        String sentence = d.get("text");
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(f.doc(), leaves));
        List<SearchHit.Span> spans = new ArrayList<>();
        int base = Math.max(start, 0);
        if (plain != null) {
          highlight(sentence, plain, base, spans);
        } else {
          Matches m = weight.matches(leaf, f.doc() - leaf.docBase);
          MatchesIterator it = m == null ? null : m.getMatches("text");
          while (it != null && it.next()) {
            if (it.startOffset() >= 0) {
              spans.add(new SearchHit.Span(base + it.startOffset(), base + it.endOffset()));
            }
          }
        }
        spans.sort(Comparator.comparingInt(SearchHit.Span::start));
        sentences.add(new SearchHit.SentenceHit(idx, base, base + sentence.length(), sentence, f.score(), spans));
      }
      shown.add(new Shown(sid, r.score(), sentences));
    }
    Map<String, MetadataLookup.Meta> metas = metadata.lookup(shown.stream().map(Shown::sid).toList());
    List<SearchHit> out = new ArrayList<>();
    for (Shown r : shown) {
      MetadataLookup.Meta meta = metas.get(r.sid());
      out.add(new SearchHit(r.sid(), Math.round(r.score() * 1000) / 1000.0, meta == null ? "" : meta.side(),
          meta == null ? null : meta.date(), meta == null ? "" : meta.publisher(), meta == null ? "" : meta.title(),
          r.sentences()));
    }
    return out;
  }

  /** Spans of the tokens of {@code sentence} that are in {@code terms}, offset by {@code base}. */
  private static void highlight(String sentence, Set<String> terms, int base, List<SearchHit.Span> spans) throws IOException {
    try (org.apache.lucene.analysis.TokenStream ts = SearchQueries.QUERY_ANALYZER.tokenStream("text", sentence)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          spans.add(new SearchHit.Span(base + offset.startOffset(), base + offset.endOffset()));
        }
      }
      ts.end();
    }
  }

  private static final Set<String> SHOWN_FIELDS = Set.of("sid", "idx", "start", "text");

  /** Statement metadata for display, looked up by id (the workspace). */
  @FunctionalInterface
  public interface MetadataLookup {
    record Meta(String side, LocalDate date, String publisher, String title) {
    }

    Map<String, Meta> lookup(List<String> ids);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
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
 * <p>Ranking: BM25 over sentences; a statement scores its best sentence plus half its second and a
 * quarter of its third, so a statement that says it more than once ranks above one that says it once
 * in passing. Thread-safe for searching once opened.
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

  private SearchIndex(Path dir, DirectoryReader reader) {
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
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

  /** Opens the index for searching. */
  public static SearchIndex open(Path dir) {
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
      return new SearchIndex(dir, r);
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
   * Search by {@code mode}: BM25 as {@link #search(SearchQuery, MetadataLookup)}; VECTOR ranks sentences by
   * the dot product of their vectors with the query's (HNSW, k nearest within the filters); HYBRID fuses
   * the two sentence rankings by reciprocal rank fusion, {@code 1/(60 + rank)} summed over both lists,
   * which needs no score calibration between BM25 and cosine. The filters ({@code --side}, dates, and
   * the query's own field clauses such as {@code side:RU} or {@code date:[…]}) restrict both rankings;
   * the query's words (field clauses, operators and quotes removed) are what is embedded. Highlights
   * come from the text query.
   */
  public List<SearchHit> search(SearchQuery q, Mode mode, org.readout.topics.Embedder embedder, MetadataLookup metadata) {
    if (mode == Mode.BM25) {
      return search(q, metadata);
    }
    String id = embedderId();
    if (id.isEmpty()) {
      throw new ReadoutException(dir + ": the index has no sentence vectors (rebuild it with 'readout index --vectors')");
    }
    if (!id.equals(embedder.modelId())) {
      throw new ReadoutException(dir + ": the index's vectors come from " + id + ", not " + embedder.modelId());
    }
    Query text = parse(q.text());
    String words = words(q.text());
    if (words.isEmpty() && mode == Mode.VECTOR) {
      throw new ReadoutException("search: --mode vector needs words to embed, not only field clauses ('" + q.text() + "')");
    }
    int n = Math.max(300, q.limit() * 30);
    try {
      Map<Integer, Double> fused = new HashMap<>();
      if (!words.isEmpty()) {
        float[] v = embedder.embedAll(List.of(words)).get(0);
        Query knn = new KnnFloatVectorQuery("vec", v, Math.max(KNN_K, q.limit() * 10), withFilters(fieldClauses(text), q));
        TopDocs vec = searcher.search(knn, n);
        fuse(fused, toSentences(vec, v, embedder));
      }
      if (mode == Mode.HYBRID) {
        fuse(fused, searcher.search(withFilters(withProximity(text, q.text()), q), n));
      }
      List<ScoreDoc> docs = new ArrayList<>();
      fused.forEach((doc, score) -> docs.add(new ScoreDoc(doc, (float) (score * 1000))));
      docs.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
      return rank(docs, text, q.limit(), metadata);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": search failed (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /**
   * Maps passage hits (a vector spans {@code vspan} sentences, stored on the first) to the passage's sentence
   * nearest the query vector. A statement's documents are one block (title, then its sentences in order), so
   * the passage's sentences are the documents after the hit; each is checked by its statement id and index.
   */
  private TopDocs toSentences(TopDocs hits, float[] query, org.readout.topics.Embedder embedder) throws IOException {
    StoredFields stored = reader.storedFields();
    Set<String> fields = Set.of("sid", "idx", "vspan", "text");
    ScoreDoc[] out = new ScoreDoc[hits.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      ScoreDoc sd = hits.scoreDocs[i];
      Document d = stored.document(sd.doc, fields);
      var span = d.getField("vspan");
      int best = sd.doc;
      if (span != null && span.numericValue().intValue() > 1) {
        String sid = d.get("sid");
        int idx = d.getField("idx").numericValue().intValue();
        List<Integer> docs = new ArrayList<>(List.of(sd.doc));
        List<String> texts = new ArrayList<>(List.of(d.get("text")));
        for (int j = 1; j < span.numericValue().intValue() && sd.doc + j < reader.maxDoc(); j++) {
          Document x = stored.document(sd.doc + j, fields);
          if (!sid.equals(x.get("sid")) || x.getField("idx").numericValue().intValue() != idx + j) {
            break;
          }
          docs.add(sd.doc + j);
          texts.add(x.get("text"));
        }
        List<float[]> vs = embedder.embedAll(texts);
        double top = -2;
        for (int j = 0; j < vs.size(); j++) {
          double c = org.readout.topics.Embedder.cosine(query, vs.get(j));
          if (c > top) {
            top = c;
            best = docs.get(j);
          }
        }
      }
      out[i] = new ScoreDoc(best, sd.score);
    }
    return new TopDocs(hits.totalHits, out);
  }

  /** Nearest passages asked of the HNSW graph (at least; ten per statement shown). */
  static final int KNN_K = 100;

  private static void fuse(Map<Integer, Double> fused, TopDocs ranked) {
    for (int r = 0; r < ranked.scoreDocs.length; r++) {
      fused.merge(ranked.scoreDocs[r].doc, 1.0 / (RRF_K + r + 1), Double::sum);
    }
  }

  private static final java.util.regex.Pattern FIELD_CLAUSE =
      java.util.regex.Pattern.compile("[A-Za-z]+:(\\[[^\\]]*\\]|\\{[^}]*\\}|\"[^\"]*\"|\\S+)");
  private static final java.util.regex.Pattern OPERATORS = java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\||[\"()~^*?+!\\\\-]");

  /** The words of a query for embedding: field clauses, operators and syntax removed. */
  static String words(String query) {
    String t = FIELD_CLAUSE.matcher(query).replaceAll(" ").replaceAll("[~^]\\d+(\\.\\d+)?", " ");
    return OPERATORS.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /**
   * The parts of a parsed query on fields other than {@code text} (side:, topic:, date: …), as one filter
   * for the vector ranking: required and prohibited clauses of a top-level boolean query are kept as they
   * are; optional ones, and anything on text, are left to the ranking. Matches everything when there are none.
   */
  static Query fieldClauses(Query parsed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    List<BooleanClause> clauses = parsed instanceof BooleanQuery bq ? bq.clauses()
        : List.of(new BooleanClause(parsed, BooleanClause.Occur.MUST));
    boolean required = parsed instanceof BooleanQuery bq2 && bq2.clauses().stream().anyMatch(c -> c.isRequired() || c.isProhibited());
    for (BooleanClause c : clauses) {
      if (onTextOnly(c.getQuery()) == Boolean.FALSE && (c.isRequired() || c.isProhibited() || !required)) {
        b.add(c.getQuery(), c.isProhibited() ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
      }
    }
    return b.build();
  }

  /** TRUE when every field of {@code q} is text, FALSE when none is, null when mixed. */
  private static Boolean onTextOnly(Query q) {
    Set<String> fields = new TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }
    });
    if (fields.isEmpty()) {
      return null;
    }
    return fields.equals(Set.of("text")) ? Boolean.TRUE : fields.contains("text") ? null : Boolean.FALSE;
  }

  /** Parses Lucene query syntax, with {@code date:[YYYY-MM-DD TO YYYY-MM-DD]} as a day range. */
  public static Query parse(String text) {
    QueryParser qp = new QueryParser("text", analyzer()) {
      @Override
      protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                    boolean endInclusive) throws ParseException {
        if (field.equals("date")) {
          try {
            long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : LocalDate.parse(part1).toEpochDay();
            long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : LocalDate.parse(part2).toEpochDay();
            return LongPoint.newRangeQuery("date", startInclusive ? lo : lo + 1, endInclusive ? hi : hi - 1);
          } catch (RuntimeException e) {
            throw new ParseException("date range needs ISO days: [2021-12-01 TO 2021-12-31]");
          }
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      }
    };
    qp.setSplitOnWhitespace(true);
    Query q;
    try {
      q = qp.parse(text);
    } catch (ParseException e) {
      throw new ReadoutException("search: cannot parse the query '" + text + "' (" + firstLine(e.getMessage()) + ")");
    }
    Set<String> unknown = new TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!FIELDS.contains(field)) {
          unknown.add(field);
        }
        return true;
      }
    });
    if (!unknown.isEmpty()) {
      throw new ReadoutException("search: unknown field " + String.join(", ", unknown) + "; valid fields: "
          + String.join(", ", new TreeSet<>(FIELDS)));
    }
    return q;
  }

  /** The query with the filters of {@code q} as non-scoring clauses. */
  public static Query withFilters(Query text, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (q.side() != null) {
      b.add(new TermQuery(new Term("side", q.side())), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      b.add(LongPoint.newRangeQuery("date", q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
          q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * Runs a search: statements ranked by their matching sentences, each with up to three sentences and
   * the matched spans. Metadata other than side and date is filled in by the caller's
   * {@code metadata} lookup (the workspace), which may return fewer entries.
   */
  public List<SearchHit> search(SearchQuery q, MetadataLookup metadata) {
    Query text = parse(q.text());
    Query ranked = withProximity(text, q.text());
    return search(text, withFilters(ranked, q), q.limit(), metadata);
  }

  private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}' -]+");

  /**
   * Plain words ({@code legally binding security guarantees}) also score as a phrase (boost 2) and as
   * words within four positions of each other (boost 1): a sentence that says the thing ranks above one
   * that has the words scattered. Queries with their own syntax are left as written.
   */
  static Query withProximity(Query text, String raw) {
    String t = raw.strip();
    if (!PLAIN_WORDS.matcher(t).matches() || !t.contains(" ")) {
      return text;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    b.add(new org.apache.lucene.search.BoostQuery(parse("\"" + t + "\""), 2f), BooleanClause.Occur.SHOULD);
    b.add(parse("\"" + t + "\"~4"), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /**
   * As {@link #search(SearchQuery, MetadataLookup)} for a built query: {@code text} is the part whose
   * matches are highlighted, {@code query} what is run (text plus filters).
   */
  public List<SearchHit> search(Query text, Query query, int limit, MetadataLookup metadata) {
    try {
      int n = Math.max(300, limit * 30);
      TopDocs top = searcher.search(query, n);
      return rank(java.util.Arrays.asList(top.scoreDocs), text, limit, metadata);
    } catch (IOException e) {
      throw new ReadoutException(dir + ": search failed (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /** Groups ranked sentence documents by statement and builds the hits with highlights. */
  private List<SearchHit> rank(List<ScoreDoc> scoreDocs, Query text, int limit, MetadataLookup metadata) throws IOException {
    SearchQuery q = new SearchQuery("", null, null, null, limit);
    {
      StoredFields stored = reader.storedFields();
      Map<String, List<ScoreDoc>> bySid = new LinkedHashMap<>();
      Map<String, Document> docs = new HashMap<>();
      for (ScoreDoc sd : scoreDocs) {
        Document d = stored.document(sd.doc, Set.of("sid"));
        bySid.computeIfAbsent(d.get("sid"), k -> new ArrayList<>()).add(sd);
      }
      record Ranked(String sid, double score, List<ScoreDoc> docs) {
      }
      List<Ranked> ranked = new ArrayList<>();
      for (Map.Entry<String, List<ScoreDoc>> e : bySid.entrySet()) {
        double s = 0;
        double w = 1;
        for (int i = 0; i < Math.min(3, e.getValue().size()); i++) {
          s += w * e.getValue().get(i).score;
          w /= 2;
        }
        ranked.add(new Ranked(e.getKey(), s, e.getValue()));
      }
      ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::sid));
      List<Ranked> shown = ranked.subList(0, Math.min(q.limit(), ranked.size()));
      Map<String, MetadataLookup.Meta> metas = metadata.lookup(shown.stream().map(Ranked::sid).toList());
      Weight weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<LeafReaderContext> leaves = reader.leaves();
      List<SearchHit> out = new ArrayList<>();
      for (Ranked r : shown) {
        List<SearchHit.SentenceHit> sentences = new ArrayList<>();
        for (ScoreDoc sd : r.docs().subList(0, Math.min(MAX_SENTENCES_SHOWN, r.docs().size()))) {
          Document d = stored.document(sd.doc);
          int idx = d.getField("idx").numericValue().intValue();
          int start = d.getField("start").numericValue().intValue();
          String sentence = d.get("text");
          LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
          List<SearchHit.Span> spans = new ArrayList<>();
          Matches m = weight.matches(leaf, sd.doc - leaf.docBase);
          MatchesIterator it = m == null ? null : m.getMatches("text");
          int base = Math.max(start, 0);
          while (it != null && it.next()) {
            if (it.startOffset() >= 0) {
              spans.add(new SearchHit.Span(base + it.startOffset(), base + it.endOffset()));
            }
          }
          spans.sort(Comparator.comparingInt(SearchHit.Span::start));
          sentences.add(new SearchHit.SentenceHit(idx, base, base + sentence.length(), sentence, sd.score, spans));
        }
        MetadataLookup.Meta meta = metas.get(r.sid());
        out.add(new SearchHit(r.sid(), Math.round(r.score() * 1000) / 1000.0, meta == null ? "" : meta.side(),
            meta == null ? null : meta.date(), meta == null ? "" : meta.publisher(), meta == null ? "" : meta.title(),
            sentences));
      }
      return out;
    }
  }

  /** Statement metadata for display, looked up by id (the workspace). */
  @FunctionalInterface
  public interface MetadataLookup {
    record Meta(String side, LocalDate date, String publisher, String title) {
    }

    Map<String, Meta> lookup(List<String> ids);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
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

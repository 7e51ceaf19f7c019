package org.readout.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.readout.ReadoutException;
import org.readout.topics.Embedder;

/**
 * Vector and hybrid search of a {@link SearchIndex}: VECTOR ranks passages by the dot product of their vectors with
 * the query's (HNSW, k nearest within the filters); HYBRID fuses the statements of that ranking with those of BM25's
 * passage ranking by reciprocal rank fusion, {@code 1/(60 + rank)} summed over both lists, the vectors' weighed
 * {@link SearchRanking#vectorWeight()} (0.5: measured on the dev half of {@code eval/search-judgements}), which needs
 * no score calibration between BM25 and cosine ({@link SearchRanking#fuseStatements()} false: sentence rankings
 * fused instead, as before). The filters ({@code --side}, dates, and the query's own field clauses such as {@code side:RU} or
 * {@code date:[…]}) restrict both rankings; the query's words (field clauses, operators and quotes removed) are what
 * is embedded. Highlights come from the text query.
 *
 * <p>A passage vector spans up to {@link VectorModels#PASSAGE_SENTENCES} sentences and is stored on the first; a hit
 * stands for the passage's sentence that has most of the query's words (by IDF, read from the postings: no stored
 * field, no embedding). Only a passage shown whose sentences have none of the query's words has its sentences
 * embedded, to show the one nearest the query; the stored passage vectors are never recomputed. Pure functions of
 * the index; thread-safe.
 */
final class VectorSearch {
  /** Nearest passages asked of the HNSW graph (at least; ten per statement shown). */
  static final int KNN_K = 100;

  private VectorSearch() {
  }

  static List<SearchHit> search(SearchIndex index, SearchQuery q, SearchIndex.Mode mode, Embedder embedder,
                                SearchIndex.MetadataLookup metadata) {
    String id = index.embedderId();
    if (id.isEmpty()) {
      throw new ReadoutException(index.dir() + ": the index has no sentence vectors (rebuild it with 'readout index --vectors')");
    }
    if (!id.equals(embedder.modelId())) {
      throw new ReadoutException(index.dir() + ": the index's vectors come from " + id + ", not " + embedder.modelId());
    }
    Query text = SearchIndex.parse(q.text());
    String words = SearchQueries.words(q.text());
    if (words.isEmpty() && mode == SearchIndex.Mode.VECTOR) {
      throw new ReadoutException("search: --mode vector needs words to embed, not only field clauses ('" + q.text() + "')");
    }
    int n = Math.max(300, q.limit() * 30);
    try {
      Map<Integer, Double> fused = new HashMap<>();
      Passages passages = new Passages(index, SearchQueries.textTerms(text));
      TopDocs vec = null;
      if (!words.isEmpty()) {
        float[] v = embedder.embedAll(List.of(words)).get(0);
        Query knn = new KnnFloatVectorQuery("vec", v, Math.max(KNN_K, q.limit() * 10), filter(text, q));
        vec = passages.toSentences(index.searcher().search(knn, n));
        fuse(fused, vec);
        passages.query = v;
        passages.embedder = embedder;
      }
      if (mode == SearchIndex.Mode.HYBRID && index.params().fuseStatements()) {
        List<SearchIndex.Ranked> bm25 = index.bm25(q, text);
        List<SearchIndex.Ranked> byVector = vec == null ? List.of() : index.rank(Arrays.asList(vec.scoreDocs), text, false);
        return index.hits(fuseStatements(bm25, byVector, index.params().vectorWeight()), text, q.limit(), metadata,
            passages::shown);
      }
      if (mode == SearchIndex.Mode.HYBRID) {
        Query ranked = index.params().pairs() ? SearchQueries.withProximity(text, q.text()) : text;
        fuse(fused, index.ranking().search(SearchIndex.withFilters(ranked, q), n));
      }
      List<ScoreDoc> docs = new ArrayList<>();
      fused.forEach((doc, score) -> docs.add(new ScoreDoc(doc, (float) (score * 1000))));
      docs.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
      return index.hits(index.rank(docs, text, false), text, q.limit(), metadata, passages::shown);
    } catch (IOException e) {
      throw new ReadoutException(index.dir() + ": search failed (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

  /**
   * The filter of the vector ranking: the query's field clauses and {@code q}'s filters, or null when nothing
   * restricts it (a match-all filter would make Lucene build a bit set of every document with a vector per query).
   */
  static Query filter(Query text, SearchQuery q) {
    Query clauses = SearchQueries.fieldClauses(text);
    boolean none = clauses instanceof BooleanQuery bq && bq.clauses().size() == 1
        && bq.clauses().get(0).getQuery() instanceof MatchAllDocsQuery && bq.clauses().get(0).getOccur() == BooleanClause.Occur.MUST;
    if (none && q.side() == null && q.from() == null && q.to() == null) {
      return null;
    }
    return SearchIndex.withFilters(clauses, q);
  }

  /**
   * Reciprocal rank fusion of two statement rankings: each statement scores {@code 1/(60 + rank)} summed over the
   * rankings it is in, the second's times {@code weight}; its sentences are those of the first ranking (best first),
   * then the second's.
   */
  static List<SearchIndex.Ranked> fuseStatements(List<SearchIndex.Ranked> first, List<SearchIndex.Ranked> second,
                                                 double weight) {
    Map<Long, Double> score = new HashMap<>();
    Map<Long, List<SearchIndex.Found>> docs = new java.util.LinkedHashMap<>();
    for (List<SearchIndex.Ranked> ranking : List.of(first, second)) {
      double w = ranking == first ? 1 : weight;
      for (int r = 0; r < ranking.size(); r++) {
        SearchIndex.Ranked x = ranking.get(r);
        score.merge(x.block(), w / (SearchIndex.RRF_K + r + 1), Double::sum);
        docs.computeIfAbsent(x.block(), k -> new ArrayList<>()).addAll(x.docs());
      }
    }
    List<SearchIndex.Ranked> out = new ArrayList<>();
    docs.forEach((block, found) -> out.add(new SearchIndex.Ranked(block, score.get(block), found)));
    out.sort(Comparator.comparingDouble(SearchIndex.Ranked::score).reversed().thenComparingLong(SearchIndex.Ranked::block));
    return out;
  }

  private static void fuse(Map<Integer, Double> fused, TopDocs ranked) {
    for (int r = 0; r < ranked.scoreDocs.length; r++) {
      fused.merge(ranked.scoreDocs[r].doc, 1.0 / (SearchIndex.RRF_K + r + 1), Double::sum);
    }
  }

  /** Maps passage hits to sentences; remembers the passages whose sentences have none of the query's words. */
  private static final class Passages {
    private final SearchIndex index;
    private final List<Term> terms;
    private final double[] idf;
    /** Passage document (where no sentence has a query word) → its sentence documents. */
    private final Map<Integer, int[]> wordless = new HashMap<>();
    float[] query;
    Embedder embedder;

    Passages(SearchIndex index, List<Term> terms) throws IOException {
      this.index = index;
      this.terms = terms;
      this.idf = index.idf(terms);
    }

    /**
     * Each hit as the sentence of its passage with the most of the query words' IDF (the first on a tie). A passage
     * is its document and the following ones of the same statement (consecutive sentence indexes) up to the next
     * document with a vector, at most {@link VectorModels#PASSAGE_SENTENCES}.
     */
    TopDocs toSentences(TopDocs hits) throws IOException {
      ScoreDoc[] sd = hits.scoreDocs;
      int[][] spans = new int[sd.length][];
      List<LeafReaderContext> leaves = index.reader().leaves();
      Integer[] order = new Integer[sd.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt(i -> sd[i].doc));
      LeafReaderContext leaf = null;
      FloatVectorValues vectors = null;
      NumericDocValues idxValues = null;
      int last = -1;
      for (int i : order) {
        int doc = sd[i].doc;
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc() || doc <= last) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          vectors = leaf.reader().getFloatVectorValues("vec");
          idxValues = leaf.reader().getNumericDocValues("idx");
        }
        last = doc;
        int local = doc - leaf.docBase;
        int next = vectors == null ? Integer.MAX_VALUE
            : vectors.docID() > local ? vectors.docID() : vectors.advance(local + 1);
        int idx = idxValues != null && idxValues.advanceExact(local) ? (int) idxValues.longValue() : -2;
        int len = 1;
        while (len < VectorModels.PASSAGE_SENTENCES && local + len < next && local + len < leaf.reader().maxDoc()
            && idxValues != null && idxValues.advanceExact(local + len) && idxValues.longValue() == idx + len) {
          len++;
        }
        spans[i] = new int[len];
        for (int j = 0; j < len; j++) {
          spans[i][j] = doc + j;
        }
      }
      int total = 0;
      for (int[] s : spans) {
        total += s.length;
      }
      int[] all = new int[total];
      int k = 0;
      for (int i : order) {
        for (int d : spans[i]) {
          all[k++] = d;
        }
      }
      // docs of passages sorted by document are in increasing order, except where two hits' passages overlap
      int[] sorted = all.clone();
      Arrays.sort(sorted);
      long[] masks = index.termMasks(sorted, terms, new int[sorted.length]);
      Map<Integer, Long> maskOf = new HashMap<>();
      for (int j = 0; j < sorted.length; j++) {
        maskOf.put(sorted[j], masks[j]);
      }
      ScoreDoc[] out = new ScoreDoc[sd.length];
      for (int i = 0; i < sd.length; i++) {
        int best = sd[i].doc;
        double top = 0;
        for (int d : spans[i]) {
          double w = weight(maskOf.get(d));
          if (w > top) {
            top = w;
            best = d;
          }
        }
        if (top == 0 && spans[i].length > 1) {
          wordless.put(sd[i].doc, spans[i]);
        }
        out[i] = new ScoreDoc(best, sd[i].score);
      }
      return new TopDocs(hits.totalHits, out);
    }

    private double weight(long mask) {
      double w = 0;
      for (int t = 0; t < idf.length; t++) {
        w += (mask & (1L << t)) != 0 ? idf[t] : 0;
      }
      return w;
    }

    /** The sentence shown for {@code doc}: itself, or for a passage without the query's words, its sentence nearest the query. */
    int shown(int doc) {
      int[] span = wordless.get(doc);
      if (span == null || query == null) {
        return doc;
      }
      try {
        StoredFields stored = index.reader().storedFields();
        List<String> texts = new ArrayList<>();
        for (int d : span) {
          texts.add(stored.document(d, java.util.Set.of("text")).get("text"));
        }
        List<float[]> vs = embedder.embedAll(texts);
        int best = doc;
        double top = -2;
        for (int j = 0; j < vs.size(); j++) {
          double c = Embedder.cosine(query, vs.get(j));
          if (c > top) {
            top = c;
            best = span[j];
          }
        }
        return best;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}

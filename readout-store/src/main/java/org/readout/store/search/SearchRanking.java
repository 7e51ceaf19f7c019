package org.readout.store.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.readout.ReadoutException;

/**
 * The constants of BM25 search's statement ranking ({@link SearchIndex#search(SearchQuery, SearchIndex.MetadataLookup)}).
 * {@link #DEFAULT} is what search uses; other values are for measuring alternatives on the judged query set
 * ({@code readout search --judgements eval/search-judgements --ranking b=0.5,passage=2}), tuned on its dev half only.
 *
 * @param b             BM25 {@code b} for ranking sentences (Lucene's default 0.75 is meant for documents of varying
 *                      verbosity; a sentence is one unit of meaning, a long one is not a verbose one)
 * @param passage       sentences in a passage: a statement scores its best run of this many consecutive sentences
 * @param coveragePower exponent of a passage's coverage of the query's words (the share of their IDF it matches)
 * @param lengthWeight  statement length normalisation: the passage score is divided by
 *                      {@code 1 + lengthWeight ln(1 + sentences / lengthUnit)}
 * @param lengthUnit    see {@code lengthWeight}
 * @param pairs         whether the adjacent word pairs of a plain query also score as phrases ({@link SearchQueries#withProximity})
 * @param fuseStatements hybrid search fuses the statement rankings of BM25 (passages, as above) and of the vectors
 *                      (true), or their sentence rankings (false; the statements then scored from the fused sentences)
 * @param vectorWeight  weight of the vector ranking's reciprocal ranks in hybrid statement fusion (BM25's: 1)
 */
public record SearchRanking(float b, int passage, double coveragePower, double lengthWeight, double lengthUnit, boolean pairs,
                            boolean fuseStatements, double vectorWeight) {
  /** The ranking search uses. */
  public static final SearchRanking DEFAULT = new SearchRanking(0.3f, 3, 2, 0.2, 50, true, true, 0.5);

  public SearchRanking {
    if (b < 0 || b > 1 || passage < 1 || coveragePower < 0 || lengthWeight < 0 || lengthUnit <= 0 || vectorWeight < 0) {
      throw new ReadoutException("--ranking: b in [0, 1], passage >= 1, coverage >= 0, length >= 0, unit > 0, vector >= 0");
    }
  }

  /**
   * {@link #DEFAULT} with the values of {@code spec} ({@code b=0.5,passage=2,coverage=1,length=0.2,unit=50,pairs=false,
   * fuse=statements|sentences,vector=0.5};
   * any subset, comma-separated).
   */
  public static SearchRanking parse(String spec) {
    Map<String, String> kv = new TreeMap<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (p.isEmpty()) {
        continue;
      }
      if (eq <= 0) {
        throw new ReadoutException("--ranking: '" + p + "' is not name=value");
      }
      kv.put(p.substring(0, eq).strip().toLowerCase(Locale.ROOT), p.substring(eq + 1).strip());
    }
    SearchRanking d = DEFAULT;
    try {
      SearchRanking r = new SearchRanking(Float.parseFloat(kv.getOrDefault("b", "" + d.b)),
          Integer.parseInt(kv.getOrDefault("passage", "" + d.passage)),
          Double.parseDouble(kv.getOrDefault("coverage", "" + d.coveragePower)),
          Double.parseDouble(kv.getOrDefault("length", "" + d.lengthWeight)),
          Double.parseDouble(kv.getOrDefault("unit", "" + d.lengthUnit)),
          Boolean.parseBoolean(kv.getOrDefault("pairs", "" + d.pairs)),
          kv.getOrDefault("fuse", d.fuseStatements ? "statements" : "sentences").equals("statements"),
          Double.parseDouble(kv.getOrDefault("vector", "" + d.vectorWeight)));
      kv.keySet().removeAll(List.of("b", "passage", "coverage", "length", "unit", "pairs", "fuse", "vector"));
      if (!kv.isEmpty()) {
        throw new ReadoutException("--ranking: unknown " + String.join(", ", kv.keySet())
            + "; valid: b, passage, coverage, length, unit, pairs, fuse, vector");
      }
      return r;
    } catch (NumberFormatException e) {
      throw new ReadoutException("--ranking: not a number in '" + spec + "'");
    }
  }

  /** The divisor of a statement's passage score for a statement of {@code sentences} sentences. */
  double lengthNorm(int sentences) {
    return 1 + lengthWeight * Math.log(1 + sentences / lengthUnit);
  }

  /**
   * The best passage of a statement's matching sentences: over {@link #passage} consecutive sentences (the title
   * counts as sentence -1), the sum of their scores times the passage's coverage of the query's words (the share of
   * their IDF the passage matches) to the power {@link #coveragePower}, so a passage that repeats some of the words
   * does not outrank a sentence that has them all.
   */
  double passageScore(List<SearchIndex.Found> found, double[] idf) {
    Map<Integer, SearchIndex.Found> byIdx = new TreeMap<>();
    for (SearchIndex.Found f : found) {
      byIdx.merge(f.idx(), f, (x, y) -> x.score() >= y.score() ? x : y);
    }
    double all = 0;
    for (double x : idf) {
      all += x;
    }
    List<SearchIndex.Found> e = new ArrayList<>(byIdx.values());
    double best = 0;
    for (int lo = 0; lo < e.size(); lo++) {
      double sum = 0;
      long mask = 0;
      for (int hi = lo; hi < e.size() && e.get(hi).idx() - e.get(lo).idx() < passage; hi++) {
        sum += e.get(hi).score();
        mask |= e.get(hi).terms();
        double covered = 0;
        for (int t = 0; t < idf.length; t++) {
          covered += (mask & (1L << t)) != 0 ? idf[t] : 0;
        }
        double c = all == 0 ? 1 : covered / all;
        best = Math.max(best, sum * Math.pow(c, coveragePower));
      }
    }
    return best;
  }
}

package org.readout.store.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.readout.ReadoutException;

/**
 * Sentence counts over time from the search index's doc values: per period (month or ISO week) and side,
 * how many sentences there are and how many carry each topic (or mention an actor). One pass over the
 * sentences, no stored fields read. Stateless.
 */
public final class Trends {
  public enum By { MONTH, WEEK }

  /**
   * One cell of a series.
   *
   * @param period {@code 2021-11} or {@code 2021-W45}
   * @param key    the topic or actor id
   * @param count  sentences of that side and period with the topic (or mentioning the actor)
   * @param total  sentences of that side and period
   */
  public record Cell(String period, String side, String key, int count, int total) {
    public double share() {
      return total == 0 ? 0 : (double) count / total;
    }
  }

  /** What to count: topic ids, or one actor id. */
  public record Selection(String field, List<String> keys) {
    public static Selection topics(List<String> ids) {
      return new Selection("topic", List.copyOf(ids));
    }

    public static Selection actor(String id) {
      return new Selection("actor", List.of(id));
    }
  }

  private Trends() {
  }

  public static String period(LocalDate d, By by) {
    if (by == By.MONTH) {
      return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Counts per period, side and key, for sentences dated within [from, to] (null: open) of {@code side}
   * (null: every side). Periods between the first and last dated sentence are all present (zero rows
   * included), so a chart has no gaps.
   */
  public static List<Cell> count(SearchIndex index, Selection what, By by, String side, LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    Map<String, Map<String, int[]>> totals = new TreeMap<>(); // period -> side -> [total]
    Map<String, Integer> countIndex = new HashMap<>();
    for (int i = 0; i < what.keys().size(); i++) {
      countIndex.put(what.keys().get(i), i);
    }
    Map<String, Map<String, int[]>> counts = new TreeMap<>(); // period -> side -> per key
    LocalDate first = null;
    LocalDate last = null;
    try {
      for (LeafReaderContext leaf : index.reader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues dates = DocValues.getNumeric(leaf.reader(), "date");
        NumericDocValues idx = DocValues.getNumeric(leaf.reader(), "idx");
        SortedDocValues sides = DocValues.getSorted(leaf.reader(), "side");
        SortedSetDocValues keys = DocValues.getSortedSet(leaf.reader(), what.field());
        int[] ordToKey = new int[(int) keys.getValueCount()];
        for (int o = 0; o < ordToKey.length; o++) {
          ordToKey[o] = countIndex.getOrDefault(keys.lookupOrd(o).utf8ToString(), -1);
        }
        String[] sideNames = new String[sides.getValueCount()];
        for (int o = 0; o < sideNames.length; o++) {
          sideNames[o] = sides.lookupOrd(o).utf8ToString();
        }
        for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          long day = dates.longValue();
          if (day < lo || day > hi || !idx.advanceExact(doc) || idx.longValue() < 0 || !sides.advanceExact(doc)) {
            continue;
          }
          String s = sideNames[sides.ordValue()];
          if (side != null && !side.equals(s)) {
            continue;
          }
          LocalDate d = LocalDate.ofEpochDay(day);
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
          String p = period(d, by);
          totals.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(s, k -> new int[1])[0]++;
          int[] c = counts.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(s, k -> new int[what.keys().size()]);
          if (keys.advanceExact(doc)) {
            for (int n = 0; n < keys.docValueCount(); n++) {
              int k = ordToKey[(int) keys.nextOrd()];
              if (k >= 0) {
                c[k]++;
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new ReadoutException("search index: cannot read counts (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    List<Cell> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    TreeSet<String> sidesSeen = new TreeSet<>();
    totals.values().forEach(m -> sidesSeen.addAll(m.keySet()));
    for (String p : periods(first, last, by)) {
      for (String s : sidesSeen) {
        int total = totals.getOrDefault(p, Map.of()).getOrDefault(s, new int[1])[0];
        int[] c = counts.getOrDefault(p, Map.of()).get(s);
        for (int k = 0; k < what.keys().size(); k++) {
          out.add(new Cell(p, s, what.keys().get(k), c == null ? 0 : c[k], total));
        }
      }
    }
    return out;
  }

  /** Every period from {@code first} to {@code last}. */
  static List<String> periods(LocalDate first, LocalDate last, By by) {
    List<String> out = new ArrayList<>();
    LocalDate d = by == By.MONTH ? first.withDayOfMonth(1) : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (!d.isAfter(last)) {
      out.add(period(d, by));
      d = by == By.MONTH ? d.plusMonths(1) : d.plusWeeks(1);
    }
    return out;
  }

  /** (statement id, sentence index) of every sentence matching {@code q}, for reading their words. */
  public static List<SentenceRef> sentences(SearchIndex index, Query q) {
    List<SentenceRef> out = new ArrayList<>();
    try {
      Weight w = index.searcher().createWeight(index.searcher().rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      var stored = index.reader().storedFields();
      for (LeafReaderContext leaf : index.reader().leaves()) {
        Scorer sc = w.scorer(leaf);
        if (sc == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator it = sc.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          var d = stored.document(leaf.docBase + doc, java.util.Set.of("sid", "idx"));
          int i = d.getField("idx").numericValue().intValue();
          if (i >= 0) {
            out.add(new SentenceRef(d.get("sid"), i));
          }
        }
      }
    } catch (IOException e) {
      throw new ReadoutException("search index: cannot read sentences (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    return out;
  }

  /** A sentence of a statement. */
  public record SentenceRef(String statement, int sentence) {
  }
}

package org.readout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.ReadoutException;
import org.readout.model.Sides;
import org.readout.store.search.Judgements;
import org.readout.store.search.SearchHit;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.SearchQuery;
import org.readout.topics.Embedder;

/**
 * {@code readout search --judgements DIR}: the relevance of each search mode on a judged query set
 * ({@link Judgements}): nDCG@10, P@5 and MRR@10 per mode and half, and per query for the development half only
 * (the test half is only scored). {@code --pool}: the statements in the first ten of any mode that are not
 * judged yet, as rows to judge (query, statement, empty grade, side, date, title, the sentences shown).
 */
final class SearchJudging {
  /** Statements per query and mode that are scored and pooled. */
  static final int DEPTH = 10;

  private final SearchIndex index;
  private final SearchIndex.MetadataLookup metadata;
  private final List<SearchIndex.Mode> modes;
  private final Embedder embedder;

  SearchJudging(SearchIndex index, SearchIndex.MetadataLookup metadata, List<SearchIndex.Mode> modes, Embedder embedder) {
    this.index = index;
    this.metadata = metadata;
    this.modes = List.copyOf(modes);
    this.embedder = embedder;
  }

  List<SearchHit> run(Judgements.Query q, SearchIndex.Mode mode) {
    String side = q.side() == null ? null : Sides.normalise(q.side())
        .orElseThrow(() -> new ReadoutException("judged query " + q.id() + ": unknown side '" + q.side() + "'"));
    return index.search(new SearchQuery(q.text(), side, q.from(), q.to(), DEPTH), mode, embedder, metadata);
  }

  /** The report: per half (dev, then test, as {@code half} asks), the mean measures per mode; dev also per query. */
  String report(Judgements j, String half) {
    StringBuilder sb = new StringBuilder();
    for (String h : half.equals("all") ? List.of("dev", "test") : List.of(half)) {
      List<Judgements.Query> qs = j.half(h);
      Map<SearchIndex.Mode, List<Judgements.Scores>> scores = new LinkedHashMap<>();
      Map<String, List<Judgements.Scores>> perQuery = new LinkedHashMap<>();
      for (SearchIndex.Mode m : modes) {
        for (Judgements.Query q : qs) {
          List<String> ranked = run(q, m).stream().map(SearchHit::statement).toList();
          Judgements.Scores s = Judgements.score(ranked, j.grades(q.id()));
          scores.computeIfAbsent(m, k -> new ArrayList<>()).add(s);
          perQuery.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(s);
        }
      }
      sb.append(String.format(Locale.ROOT, "%s half: %d queries, %d judgements%n", h, qs.size(),
          qs.stream().mapToInt(q -> j.grades(q.id()).size()).sum()));
      sb.append(String.format(Locale.ROOT, "  %-7s %8s %6s %7s %10s%n", "mode", "nDCG@10", "P@5", "MRR@10", "judged@10"));
      scores.forEach((m, all) -> {
        Judgements.Scores s = Judgements.Scores.mean(all);
        sb.append(String.format(Locale.ROOT, "  %-7s %8.3f %6.3f %7.3f %10.1f%n", name(m), s.ndcg10(), s.p5(), s.rr10(), s.judged()));
      });
      if (h.equals("dev")) {
        sb.append("  nDCG@10 per query (").append(String.join(" / ", modes.stream().map(SearchJudging::name).toList())).append("):\n");
        for (Judgements.Query q : qs) {
          sb.append(String.format(Locale.ROOT, "    %-4s %s  %s%n", q.id(), String.join(" / ", perQuery.get(q.id()).stream()
              .map(s -> String.format(Locale.ROOT, "%.3f", s.ndcg10())).toList()), q.text()));
        }
      }
    }
    return sb.toString();
  }

  /** Rows to judge: the unjudged statements in the first {@link #DEPTH} of any mode, per query of {@code half}. */
  String pool(Judgements j, String half) {
    StringBuilder sb = new StringBuilder("query\tstatement\tgrade\tside\tdate\ttitle\tsentences\n");
    for (Judgements.Query q : j.half(half)) {
      Map<String, SearchHit> pooled = new LinkedHashMap<>();
      for (SearchIndex.Mode m : modes) {
        for (SearchHit h : run(q, m)) {
          if (!j.grades(q.id()).containsKey(h.statement())) {
            pooled.putIfAbsent(h.statement(), h);
          }
        }
      }
      for (SearchHit h : pooled.values()) {
        List<String> shown = h.sentences().stream().map(s -> cell(s.text(), 300)).toList();
        sb.append(String.join("\t", q.id(), h.statement(), "", h.side(), h.date() == null ? "" : h.date().toString(),
            cell(h.title(), 200), String.join(" | ", shown))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String cell(String s, int max) {
    String one = MeetingSupport.oneLine(s == null ? "" : s).replace('\t', ' ');
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }

  static String name(SearchIndex.Mode m) {
    return m.name().toLowerCase(Locale.ROOT);
  }
}

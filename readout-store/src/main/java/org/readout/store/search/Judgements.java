package org.readout.store.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.ReadoutException;

/**
 * A judged query set for measuring search relevance: a folder with {@code queries.tsv} (id, half, query, side,
 * from, to; the half is {@code dev} or {@code test}) and {@code judgements.tsv} (query id, statement id, grade
 * 0/1/2, then free columns for the judge's reading, ignored). Grades: 2 the statement is about the query (a
 * passage discusses it), 1 it bears on it (named in passing, or part of the query only), 0 not relevant.
 * Lines starting with {@code #} are comments; the first other line of each file is its header.
 *
 * <p>The measures ({@link #score}) are the usual ones of TREC-style evaluation over the statements a search
 * returns, best first: nDCG@10 (gain {@code 2^grade - 1}, discount {@code log2(rank + 1)}, ideal ranking from
 * every judged statement of the query), P@5 (share of the first five graded 1 or 2) and the reciprocal rank of
 * the first statement graded 1 or 2 within the first ten (MRR@10 over queries). Unjudged statements count as
 * not relevant; {@link Scores#judged} says how many of the first ten were judged, so a ranking that brings up
 * statements nobody read shows it.
 *
 * @param queries   the queries, in file order
 * @param judgements per query id, the grade of each judged statement
 */
public record Judgements(List<Query> queries, Map<String, Map<String, Integer>> judgements) {
  public Judgements {
    queries = List.copyOf(queries);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgements.forEach((q, g) -> copy.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(g))));
    judgements = Collections.unmodifiableMap(copy);
  }

  /** A judged query: {@code side}, {@code from} and {@code to} are filters as given to {@code readout search} (null: none). */
  public record Query(String id, String half, String text, String side, LocalDate from, LocalDate to) {
  }

  /** The measures of one ranking (or their means over queries). */
  public record Scores(double ndcg10, double p5, double rr10, double judged) {
    /** The mean of each measure over {@code all} (zeros when empty). */
    public static Scores mean(List<Scores> all) {
      double n = Math.max(1, all.size());
      return new Scores(all.stream().mapToDouble(Scores::ndcg10).sum() / n, all.stream().mapToDouble(Scores::p5).sum() / n,
          all.stream().mapToDouble(Scores::rr10).sum() / n, all.stream().mapToDouble(Scores::judged).sum() / n);
    }
  }

  /** The grades of query {@code id} (empty when none is judged). */
  public Map<String, Integer> grades(String id) {
    return judgements.getOrDefault(id, Map.of());
  }

  /** The queries of {@code half} ({@code dev}, {@code test}, or {@code all}). */
  public List<Query> half(String half) {
    return half.equals("all") ? queries : queries.stream().filter(q -> q.half().equals(half)).toList();
  }

  /** The measures of {@code ranked} (statement ids, best first) against {@code grades}. */
  public static Scores score(List<String> ranked, Map<String, Integer> grades) {
    double dcg = 0;
    double rr = 0;
    int relevantIn5 = 0;
    int judged = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      Integer g = grades.get(ranked.get(i));
      int grade = g == null ? 0 : g;
      judged += g == null ? 0 : 1;
      dcg += gain(grade) / log2(i + 2);
      if (grade > 0 && rr == 0) {
        rr = 1.0 / (i + 1);
      }
      if (grade > 0 && i < 5) {
        relevantIn5++;
      }
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort(Collections.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return new Scores(idcg == 0 ? 0 : dcg / idcg, relevantIn5 / 5.0, rr, judged);
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Reads {@code dir/queries.tsv} and {@code dir/judgements.tsv} (a file given instead of the folder: its folder's). */
  public static Judgements read(Path dir) {
    Path folder = Files.isDirectory(dir) ? dir : dir.toAbsolutePath().getParent();
    List<Query> queries = new ArrayList<>();
    for (Row r : rows(folder.resolve("queries.tsv"), 3)) {
      String half = r.cell(1);
      if (!half.equals("dev") && !half.equals("test")) {
        throw r.error("half must be dev or test, not '" + half + "'");
      }
      queries.add(new Query(r.cell(0), half, r.cell(2), blankToNull(r.cell(3)), day(r, 4), day(r, 5)));
    }
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    queries.forEach(q -> grades.put(q.id(), new LinkedHashMap<>()));
    for (Row r : rows(folder.resolve("judgements.tsv"), 3)) {
      Map<String, Integer> g = grades.get(r.cell(0));
      if (g == null) {
        throw r.error("no query '" + r.cell(0) + "' in queries.tsv");
      }
      String grade = r.cell(2);
      if (!grade.matches("[012]")) {
        throw r.error("grade must be 0, 1 or 2, not '" + grade + "'");
      }
      if (g.put(r.cell(1), Integer.parseInt(grade)) != null) {
        throw r.error("statement " + r.cell(1) + " judged twice for " + r.cell(0));
      }
    }
    return new Judgements(queries, new HashMap<>(grades));
  }

  private record Row(Path file, int line, String[] cells) {
    String cell(int i) {
      return i < cells.length ? cells[i].strip() : "";
    }

    ReadoutException error(String message) {
      return new ReadoutException(file + ":" + line + ": " + message);
    }
  }

  /** The rows after the header, comments skipped; each must have at least {@code min} cells. */
  private static List<Row> rows(Path file, int min) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot read the judgements (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    List<Row> out = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      Row r = new Row(file, i + 1, l.split("\t", -1));
      if (r.cells().length < min) {
        throw r.error("expected at least " + min + " tab-separated columns");
      }
      out.add(r);
    }
    return out;
  }

  private static LocalDate day(Row r, int i) {
    String s = r.cell(i);
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw r.error("not a day (YYYY-MM-DD): '" + s + "'");
    }
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}

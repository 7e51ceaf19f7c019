package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.lucene.index.Term;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.readout.ReadoutException;
import org.readout.compare.KeyTerm;
import org.readout.compare.Keyness;
import org.readout.compare.Lemmas;
import org.readout.report.svg.LineChart;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sides;
import org.readout.store.Workspace;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.Trends;
import org.readout.topics.Codebook;
import org.readout.topics.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout trends}: the share of each side's sentences that carry a topic (or mention an actor) per
 * month or week, with the counts, as CSV, JSON or an SVG line chart; {@code --keyness} compares a
 * topic's wording in two periods. Reads the search index (topics are coded by the codebook's phrase
 * rules when the index is built).
 */
@Command(name = "trends", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Share of sentences per topic (or mentioning an actor) per side over time, from the search index;",
        "or, with --keyness, the words that set a topic's sentences of one period apart from another's."})
final class TrendsCommand implements Callable<Integer> {
  enum Format { csv, json, svg, text }

  @Mixin
  CommonOptions common;

  @Option(names = "--topic", paramLabel = "T", description = "Topic id (repeatable; default: every topic).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "A", description = "Count sentences mentioning this actor instead of topics.")
  String actor;

  @Option(names = "--by", description = "month or week (default: ${DEFAULT-VALUE}).")
  String by = "month";

  @Option(names = "--side", description = "Only this side (default: every side, one series each).")
  String side;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day counted.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day counted.")
  String to;

  @Option(names = "--format", description = "csv, json or svg; text for --keyness (default: csv, or text with --keyness).")
  Format format;

  @Option(names = "--keyness", description = "Compare the topic's sentences of --period with those of --vs.")
  boolean keyness;

  @Option(names = "--period", paramLabel = "A..B", description = "With --keyness: months or days, e.g. 2021-10..2021-12.")
  String period;

  @Option(names = "--vs", paramLabel = "A..B", description = "With --keyness: the period to compare with.")
  String vs;

  @Option(names = "--limit", paramLabel = "N", description = "With --keyness: terms per direction (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Codebook codebook = common.codebook();
    TreeSet<String> valid = new TreeSet<>();
    codebook.topics().stream().map(Topic::id).forEach(valid::add);
    for (String t : topics) {
      if (!valid.contains(t)) {
        throw new ReadoutException("--topic: unknown topic '" + t + "'; valid topics: " + String.join(", ", valid));
      }
    }
    if (actor != null && !topics.isEmpty()) {
      throw new ReadoutException("--actor and --topic: give one or the other");
    }
    Trends.By unit = switch (by.toLowerCase(Locale.ROOT)) {
      case "month" -> Trends.By.MONTH;
      case "week" -> Trends.By.WEEK;
      default -> throw new ReadoutException("--by: '" + by + "' is not month or week");
    };
    String sideCode = side == null ? null : Sides.normalise(side).orElseThrow(() ->
        new ReadoutException("--side: unknown side '" + side + "'; valid: " + String.join(", ", Sides.known())));
    LocalDate lo = MeetingSupport.day("--from", from);
    LocalDate hi = MeetingSupport.day("--to", to);
    MeetingSupport.checkRange(lo, hi);
    String actorId = actor == null ? null : MeetingSupport.actor(common.dictionary(), actor);
    try (Workspace ws = MeetingSupport.openExisting(common); SearchIndex index = SearchIndex.open(SearchIndex.pathFor(common.dbPath()))) {
      if (keyness) {
        Output.write(out, keyness(ws, index, sideCode, actorId));
        return 0;
      }
      if (period != null || vs != null) {
        throw new ReadoutException("--period/--vs: only with --keyness");
      }
      Trends.Selection what = actorId != null ? Trends.Selection.actor(actorId)
          : Trends.Selection.topics(topics.isEmpty() ? new ArrayList<>(valid) : topics);
      List<Trends.Cell> cells = Trends.count(index, what, unit, sideCode, lo, hi);
      Format f = format == null ? Format.csv : format;
      Output.write(out, switch (f) {
        case csv, text -> csv(cells);
        case json -> json(cells, what, unit);
        case svg -> svg(cells, what, unit);
      });
    }
    return 0;
  }

  static String csv(List<Trends.Cell> cells) {
    List<List<Object>> rows = new ArrayList<>();
    for (Trends.Cell c : cells) {
      rows.add(List.of(c.period(), c.side(), c.key(), c.count(), c.total(), String.format(Locale.ROOT, "%.5f", c.share())));
    }
    return MeetingSupport.csv(List.of("period", "side", "key", "sentences", "total", "share"), rows);
  }

  static String json(List<Trends.Cell> cells, Trends.Selection what, Trends.By by) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "readout-trends/1");
    root.put("by", by.name().toLowerCase(Locale.ROOT));
    root.put("counting", what.field());
    root.put("rule", what.field().equals("topic") ? "codebook phrase rules" : "actor mentions");
    ArrayNode arr = root.putArray("cells");
    for (Trends.Cell c : cells) {
      arr.addObject().put("period", c.period()).put("side", c.side()).put("key", c.key()).put("sentences", c.count())
          .put("total", c.total()).put("share", Math.round(c.share() * 1e5) / 1e5);
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  static String svg(List<Trends.Cell> cells, Trends.Selection what, Trends.By by) {
    List<String> periods = new ArrayList<>(new TreeSet<>(cells.stream().map(Trends.Cell::period).toList()));
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      at.put(periods.get(i), i);
    }
    Map<String, double[]> values = new LinkedHashMap<>();
    Map<String, String[]> notes = new LinkedHashMap<>();
    boolean oneKey = what.keys().size() == 1;
    for (Trends.Cell c : cells) {
      String name = oneKey ? c.side() : c.key() + " (" + c.side() + ")";
      double[] v = values.computeIfAbsent(name, k -> {
        double[] a = new double[periods.size()];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
      });
      String[] n = notes.computeIfAbsent(name, k -> new String[periods.size()]);
      int i = at.get(c.period());
      if (c.total() > 0) {
        v[i] = c.share();
        n[i] = c.count() + " of " + c.total() + " sentences";
      }
    }
    List<LineChart.Series> series = new ArrayList<>();
    values.forEach((k, v) -> series.add(new LineChart.Series(k, v, notes.get(k))));
    String subject = what.field().equals("topic") ? (oneKey ? "topic '" + what.keys().get(0) + "'" : "topics")
        : "mentions of " + what.keys().get(0);
    return new LineChart("Share of sentences: " + subject + ", by " + by.name().toLowerCase(Locale.ROOT),
        "share of the side's sentences", true).render(periods, series);
  }

  private String keyness(Workspace ws, SearchIndex index, String sideCode, String actorId) throws Exception {
    if (topics.size() != 1 && actorId == null) {
      throw new ReadoutException("--keyness: give one --topic (or --actor)");
    }
    LocalDate[] a = range("--period", period);
    LocalDate[] b = range("--vs", vs);
    List<String> mine = lemmas(ws, index, a, sideCode, actorId);
    List<String> other = lemmas(ws, index, b, sideCode, actorId);
    List<KeyTerm> up = Keyness.keyTerms(mine, other, limit);
    List<KeyTerm> down = Keyness.keyTerms(other, mine, limit);
    String subject = actorId != null ? "actor " + actorId : "topic " + topics.get(0);
    Format f = format == null ? Format.text : format;
    if (f == Format.json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("format", "readout-keyness/1");
      root.put("subject", subject);
      root.put("side", sideCode);
      root.put("period", period);
      root.put("vs", vs);
      root.put("periodWords", mine.size());
      root.put("vsWords", other.size());
      root.put("measure", "log-likelihood G2 (Dunning 1993) on content lemmas");
      for (var e : List.of(Map.entry("morePeriod", up), Map.entry("moreVs", down))) {
        ArrayNode arr = root.putArray(e.getKey());
        for (KeyTerm k : e.getValue()) {
          arr.addObject().put("term", k.term()).put("count", k.count()).put("otherCount", k.otherCount()).put("g2", k.g2());
        }
      }
      return mapper.writeValueAsString(root) + "\n";
    }
    if (f == Format.csv) {
      List<List<Object>> rows = new ArrayList<>();
      up.forEach(k -> rows.add(List.of(period, k.term(), k.count(), k.otherCount(), k.g2())));
      down.forEach(k -> rows.add(List.of(vs, k.term(), k.count(), k.otherCount(), k.g2())));
      return MeetingSupport.csv(List.of("more_in", "term", "count", "other_count", "g2"), rows);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Keyness of %s%s: %s (%,d content words) vs %s (%,d)%n", subject,
        sideCode == null ? "" : ", side " + sideCode, period, mine.size(), vs, other.size()));
    sb.append("More in ").append(period).append(":\n");
    up.forEach(k -> sb.append(String.format(Locale.ROOT, "  %-24s %5d vs %5d   G2 %.1f%n", k.term(), k.count(), k.otherCount(), k.g2())));
    sb.append("More in ").append(vs).append(":\n");
    down.forEach(k -> sb.append(String.format(Locale.ROOT, "  %-24s %5d vs %5d   G2 %.1f%n", k.term(), k.count(), k.otherCount(), k.g2())));
    return sb.toString();
  }

  private List<String> lemmas(Workspace ws, SearchIndex index, LocalDate[] range, String sideCode, String actorId) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(actorId != null ? new TermQuery(new Term("actor", actorId)) : new TermQuery(new Term("topic", topics.get(0))),
        BooleanClause.Occur.FILTER);
    if (sideCode != null) {
      q.add(new TermQuery(new Term("side", sideCode)), BooleanClause.Occur.FILTER);
    }
    q.add(LongPoint.newRangeQuery("date", range[0].toEpochDay(), range[1].toEpochDay()), BooleanClause.Occur.FILTER);
    Map<String, Optional<AnalyzedStatement>> cache = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Trends.SentenceRef r : Trends.sentences(index, q.build())) {
      Optional<AnalyzedStatement> a = cache.computeIfAbsent(r.statement(), ws::get);
      if (a.isPresent() && r.sentence() < a.get().sentences().size()) {
        out.addAll(Lemmas.of(a.get().sentences().get(r.sentence())));
      }
    }
    return out;
  }

  /** "2021-10..2021-12" (months: first to last day) or "2021-10-01..2021-12-31". */
  static LocalDate[] range(String option, String value) {
    if (value == null) {
      throw new ReadoutException(option + ": required with --keyness (e.g. 2021-10..2021-12)");
    }
    int dots = value.indexOf("..");
    if (dots < 0) {
      throw new ReadoutException(option + ": '" + value + "' is not a range A..B (e.g. 2021-10..2021-12)");
    }
    LocalDate a = bound(option, value.substring(0, dots).strip(), true);
    LocalDate b = bound(option, value.substring(dots + 2).strip(), false);
    if (b.isBefore(a)) {
      throw new ReadoutException(option + ": '" + value + "' ends before it starts");
    }
    return new LocalDate[] {a, b};
  }

  private static LocalDate bound(String option, String s, boolean start) {
    try {
      if (s.length() == 7) {
        YearMonth ym = YearMonth.parse(s);
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new ReadoutException(option + ": '" + s + "' is not a month (YYYY-MM) or a day (YYYY-MM-DD)");
    }
  }
}

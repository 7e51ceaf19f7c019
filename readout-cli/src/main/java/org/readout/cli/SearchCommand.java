package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.readout.ReadoutException;
import org.readout.model.Sides;
import org.readout.store.Workspace;
import org.readout.store.search.Judgements;
import org.readout.store.search.SearchHit;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.SearchQuery;
import org.readout.store.search.SearchRanking;
import org.readout.store.search.VectorModels;
import org.readout.store.search.WorkspaceMetadata;
import org.readout.topics.Codebook;
import org.readout.topics.Topic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout search QUERY}: statements whose sentences match, best first, with the matching
 * sentences, highlighted spans and their offsets. {@code --queries FILE} runs a fixed query set
 * repeatedly in one warm JVM and prints latency percentiles.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Search of the workspace's statements: BM25 over sentences, sentence vectors, or both fused.",
        "QUERY uses Lucene syntax: words, \"phrases\", AND/OR/NOT, and fields side:RU publisher:\"The White House\"",
        "kind:readout actor:putin topic:nato date:[2021-12-01 TO 2021-12-31]."})
final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin
  CommonOptions common;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query.")
  String query;

  @Option(names = "--side", description = "Only statements of this side (US, RU, …).")
  String side;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only statements dated on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only statements dated on or before this day.")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "Statements to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--mode", description = "bm25, vector or hybrid (reciprocal rank fusion of both; vector and hybrid "
      + "need an index built with 'readout index --vectors') (default: ${DEFAULT-VALUE}).")
  String mode = "bm25";

  @Option(names = "--sort", description = "relevance, or date: the statements scoring at least half the best one, "
      + "oldest first (where a wording starts) (default: ${DEFAULT-VALUE}).")
  String sort = "relevance";

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Option(names = "--queries", paramLabel = "FILE", description = "Benchmark: run each query of FILE (one a line) "
      + "--repeat times after a warm-up, print p50/p99 latency.")
  Path queries;

  @Option(names = "--repeat", paramLabel = "N", description = "Benchmark repetitions per query (default: ${DEFAULT-VALUE}).")
  int repeat = 20;

  @Option(names = "--judgements", paramLabel = "DIR", description = "Relevance: score each mode (bm25, and vector and "
      + "hybrid when the index has vectors) on the judged queries of DIR (queries.tsv, judgements.tsv; "
      + "eval/search-judgements): nDCG@10, P@5, MRR@10; per query for the dev half only.")
  Path judgements;

  @Option(names = "--half", paramLabel = "dev|test|all", description = "With --judgements: the queries scored (default: ${DEFAULT-VALUE}).")
  String half = "dev";

  @Option(names = "--ranking", paramLabel = "SPEC", hidden = true, description = "Measuring: BM25 ranking constants "
      + "other than the defaults, e.g. b=0.5,passage=2,coverage=1,length=0.2,unit=50,pairs=false (SearchRanking).")
  String ranking;

  @Option(names = "--pool", description = "With --judgements: list the statements in the first 10 of any mode not "
      + "judged yet (tab-separated rows to judge) instead of scoring.")
  boolean pool;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new ReadoutException("--limit: must be at least 1, got " + limit);
    }
    String sideCode = null;
    if (side != null) {
      sideCode = Sides.normalise(side).orElseThrow(() -> new ReadoutException("--side: unknown side '" + side
          + "'; valid: " + String.join(", ", Sides.known())));
    }
    LocalDate lo = MeetingSupport.day("--from", from);
    LocalDate hi = MeetingSupport.day("--to", to);
    MeetingSupport.checkRange(lo, hi);
    if (query == null && queries == null && judgements == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give a QUERY (or --queries FILE, or --judgements DIR)");
    }
    if (!List.of("dev", "test", "all").contains(half)) {
      throw new ReadoutException("--half: '" + half + "' is not dev, test or all");
    }
    Path dir = SearchIndex.pathFor(common.dbPath());
    try (Workspace ws = MeetingSupport.openExisting(common); SearchIndex index = SearchIndex.open(dir,
        ranking == null ? SearchRanking.DEFAULT : SearchRanking.parse(ranking))) {
      WorkspaceMetadata metadata = new WorkspaceMetadata(ws);
      SearchIndex.Mode m = mode();
      if (queries != null) {
        return bench(index, metadata, sideCode, lo, hi, m);
      }
      if (judgements != null) {
        Judgements j = Judgements.read(judgements);
        List<SearchIndex.Mode> modes = index.embedderId().isEmpty() ? List.of(SearchIndex.Mode.BM25)
            : List.of(SearchIndex.Mode.BM25, SearchIndex.Mode.VECTOR, SearchIndex.Mode.HYBRID);
        SearchJudging judging = new SearchJudging(index, metadata, modes, modes.size() > 1 ? embedder(index) : null);
        Output.write(out, pool ? judging.pool(j, half) : judging.report(j, half));
        return 0;
      }
      validate(SearchIndex.parse(query), common.codebook());
      boolean byDate = switch (sort.toLowerCase(Locale.ROOT)) {
        case "relevance" -> false;
        case "date" -> true;
        default -> throw new ReadoutException("--sort: '" + sort + "' is not relevance or date");
      };
      List<SearchHit> hits = index.search(new SearchQuery(query, sideCode, lo, hi, byDate ? Math.max(50, limit * 5) : limit), m,
          m == SearchIndex.Mode.BM25 ? null : embedder(index), metadata);
      if (byDate) {
        hits = byDate(hits, limit);
      }
      Output.write(out, format == Format.json ? json(query, hits) : text(hits));
    }
    return 0;
  }

  /** The hits scoring at least half the best, oldest first (undated last), at most {@code limit}. */
  static List<SearchHit> byDate(List<SearchHit> hits, int limit) {
    double floor = hits.isEmpty() ? 0 : hits.get(0).score() / 2;
    return hits.stream().filter(h -> h.score() >= floor)
        .sorted(java.util.Comparator.comparing(SearchHit::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .limit(limit).toList();
  }

  private SearchIndex.Mode mode() {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "bm25" -> SearchIndex.Mode.BM25;
      case "vector" -> SearchIndex.Mode.VECTOR;
      case "hybrid" -> SearchIndex.Mode.HYBRID;
      default -> throw new ReadoutException("--mode: '" + mode + "' is not bm25, vector or hybrid");
    };
  }

  /** The sentence embedder of the index's vectors (the model it records), or null when it has none. */
  private org.readout.topics.Embedder embedder(SearchIndex index) {
    String id = index.embedderId();
    return id.isEmpty() ? NO_VECTORS : VectorModels.forId(id, common.cacheDir());
  }

  /** Stands in when the index has no vectors, so the index reports that (with the command to fix it). */
  private static final org.readout.topics.Embedder NO_VECTORS = new org.readout.topics.Embedder() {
    @Override
    public String modelId() {
      return "";
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      throw new IllegalStateException("no vectors");
    }
  };

  /** Unknown topic ids are an error that lists the valid ones (a typo would silently match nothing). */
  private static void validate(Query q, Codebook codebook) {
    Set<String> topics = new TreeSet<>();
    codebook.topics().stream().map(Topic::id).forEach(topics::add);
    List<String> bad = new ArrayList<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals("topic") && !topics.contains(t.text())) {
            bad.add(t.text());
          }
        }
      }
    });
    if (!bad.isEmpty()) {
      throw new ReadoutException("search: unknown topic " + String.join(", ", bad) + "; valid topics: " + String.join(", ", topics));
    }
  }

  /**
   * Latency of the query set: BM25, and when {@code m} is vector or hybrid that mode too, interleaved in the
   * same run (each query in both modes, alternating) so the two are measured under the same load.
   */
  private int bench(SearchIndex index, WorkspaceMetadata metadata, String sideCode, LocalDate lo, LocalDate hi,
                    SearchIndex.Mode m) throws IOException {
    if (!Files.isRegularFile(queries)) {
      throw new ReadoutException(queries + ": no such query file");
    }
    List<String> qs = Files.readAllLines(queries, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (qs.isEmpty()) {
      throw new ReadoutException(queries + ": no queries (one a line; # starts a comment)");
    }
    if (m == SearchIndex.Mode.VECTOR) { // field clauses alone have no words to embed: measured in bm25 and hybrid only
      List<String> worded = qs.stream().filter(q -> !SearchIndex.words(q).isEmpty()).toList();
      if (worded.size() < qs.size()) {
        System.out.printf(Locale.ROOT, "(%d of %d queries have no words to embed and are left out for --mode vector)%n",
            qs.size() - worded.size(), qs.size());
      }
      qs = worded;
    }
    List<SearchIndex.Mode> modes = m == SearchIndex.Mode.BM25 ? List.of(m) : List.of(SearchIndex.Mode.BM25, m);
    org.readout.topics.Embedder e = m == SearchIndex.Mode.BM25 ? null : embedder(index);
    for (String q : qs) { // warm-up
      for (int i = 0; i < 3; i++) {
        for (SearchIndex.Mode x : modes) {
          index.search(new SearchQuery(q, sideCode, lo, hi, limit), x, e, metadata);
        }
      }
    }
    double[][] ms = new double[modes.size()][qs.size() * repeat];
    double[][] cpu = new double[modes.size()][qs.size() * repeat];
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    int k = 0;
    for (int r = 0; r < repeat; r++) {
      for (String q : qs) {
        for (int x = 0; x < modes.size(); x++) {
          long c0 = bean.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          index.search(new SearchQuery(q, sideCode, lo, hi, limit), modes.get(x), e, metadata);
          ms[x][k] = (System.nanoTime() - t0) / 1e6;
          cpu[x][k] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        k++;
      }
    }
    System.out.printf(Locale.ROOT, "%d queries x %d runs (warm, one JVM, %,d sentences indexed, limit %d%s):%n", qs.size(),
        repeat, index.sentences(), limit, modes.size() > 1 ? ", modes interleaved" : "");
    for (int x = 0; x < modes.size(); x++) {
      Arrays.sort(ms[x]);
      Arrays.sort(cpu[x]);
      System.out.printf(Locale.ROOT, "  %-6s wall: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; "
              + "cpu of the searching thread: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
          modes.get(x).name().toLowerCase(Locale.ROOT), pct(ms[x], 50), pct(ms[x], 90), pct(ms[x], 99),
          ms[x][ms[x].length - 1], pct(cpu[x], 50), pct(cpu[x], 90), pct(cpu[x], 99));
    }
    return 0;
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static String text(List<SearchHit> hits) {
    StringBuilder sb = new StringBuilder();
    int rank = 1;
    for (SearchHit h : hits) {
      sb.append(rank++).append(". ").append(h.statement()).append("  ").append(h.side()).append("  ")
          .append(h.date() == null ? "-" : h.date().toString()).append("  ").append(MeetingSupport.oneLine(h.title()))
          .append(String.format(Locale.ROOT, "  (score %.2f)%n", h.score()));
      for (SearchHit.SentenceHit s : h.sentences()) {
        sb.append("   ").append(s.index() < 0 ? "[title] " : "[s" + s.index() + "] ").append(marked(s)).append('\n');
      }
    }
    if (hits.isEmpty()) {
      sb.append("(no matches)\n");
    }
    return sb.toString();
  }

  /** The sentence with each highlighted span between « and ». */
  static String marked(SearchHit.SentenceHit s) {
    StringBuilder sb = new StringBuilder();
    int at = s.start();
    String t = s.text();
    for (SearchHit.Span sp : s.highlights()) {
      if (sp.start() < at) {
        continue;
      }
      sb.append(t, at - s.start(), sp.start() - s.start()).append('«').append(t, sp.start() - s.start(), sp.end() - s.start())
          .append('»');
      at = sp.end();
    }
    sb.append(t.substring(at - s.start()));
    return MeetingSupport.oneLine(sb.toString());
  }

  static String json(String query, List<SearchHit> hits) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "readout-search/1");
    root.put("query", query);
    ArrayNode arr = root.putArray("hits");
    for (SearchHit h : hits) {
      ObjectNode o = arr.addObject();
      o.put("statement", h.statement());
      o.put("score", h.score());
      o.put("side", h.side());
      o.put("date", h.date() == null ? null : h.date().toString());
      o.put("publisher", h.publisher());
      o.put("title", h.title());
      ArrayNode ss = o.putArray("sentences");
      for (SearchHit.SentenceHit s : h.sentences()) {
        ObjectNode n = ss.addObject();
        n.put("sentence", s.index());
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
        n.put("score", Math.round(s.score() * 1000) / 1000.0);
        ArrayNode hl = n.putArray("highlights");
        for (SearchHit.Span sp : s.highlights()) {
          hl.addObject().put("start", sp.start()).put("end", sp.end())
              .put("text", s.text().substring(sp.start() - s.start(), sp.end() - s.start()));
        }
      }
    }
    return mapper.writeValueAsString(root) + "\n";
  }
}

package org.readout.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.readout.ReadoutException;
import org.readout.eval.Locator.Span;
import org.readout.model.Statement;

/**
 * Runs the evaluation: reads the gold, loads each annotated record from the shared corpus, locates every gold
 * quote in the statement's normalised text, asks the {@link Analysis} for predictions, keeps those inside the
 * annotated excerpt (a prediction counts when it starts inside it) and scores them ({@link Scoring},
 * {@link CompareScoring}). A gold quote that cannot be located stops the run with a message naming the gold
 * file and entry (the quote itself is shown only where misses may be shown: never for the test half unless
 * asked). Deterministic: the gold is read in name order and every list is scored in text order.
 *
 * <pre>{@code
 * Report r = new Evaluation(Evaluation.Options.defaults(Path.of("eval/gold"), Path.of("../shared")),
 *     ReadoutAnalysis.standard()).run();
 * }</pre>
 */
public final class Evaluation {
  /**
   * What to evaluate. {@code layers} ⊆ {@link Report#LAYERS}; {@code halves} ⊆ {dev, test};
   * {@code showTestMisses} lists the test half's misses too (not for rule writers).
   */
  public record Options(Path gold, Path shared, Set<String> layers, Set<String> halves, boolean showTestMisses) {
    public Options {
      layers = Set.copyOf(layers);
      halves = Set.copyOf(halves);
    }

    public static Options defaults(Path gold, Path shared) {
      return new Options(gold, shared, Set.copyOf(Report.LAYERS), Set.of("dev"), false);
    }
  }

  private final Options options;
  private final Analysis analysis;
  private final Corpus corpus;
  private Consumer<String> progress = s -> { };

  public Evaluation(Options options, Analysis analysis) {
    this.options = options;
    this.analysis = analysis;
    this.corpus = new Corpus(options.shared());
  }

  /** Receives one line per statement evaluated (for a progress display); silent by default. */
  public Evaluation onProgress(Consumer<String> sink) {
    this.progress = sink;
    return this;
  }

  public Report run() {
    GoldSet gold = GoldSet.load(options.gold(), options.halves());
    Set<String> ids = new LinkedHashSet<>();
    gold.statements().forEach(s -> ids.add(s.id()));
    if (options.layers().contains("compare")) {
      gold.meetings().forEach(m -> ids.addAll(m.statements()));
      gold.pairs().forEach(p -> p.pairs().forEach(x -> {
        ids.add(x.aId());
        ids.add(x.bId());
      }));
    }
    corpus.load(ids);
    List<Report.Half> halves = new ArrayList<>();
    for (String half : List.of("dev", "test")) {
      if (!options.halves().contains(half)) {
        continue;
      }
      boolean misses = half.equals("dev") || options.showTestMisses();
      halves.add(half(gold, half, misses));
    }
    return new Report(options.gold().toString(), halves);
  }

  private Report.Half half(GoldSet gold, String half, boolean misses) {
    Map<String, Report.Layer> layers = new LinkedHashMap<>();
    for (String l : Report.LAYERS) {
      if (options.layers().contains(l)) {
        Report.Layer layer = new Report.Layer(l);
        layer.showMisses(misses);
        layers.put(l, layer);
      }
    }
    int statements = 0;
    int words = 0;
    List<Gold.Statement> list = gold.statements().stream().filter(s -> s.half().equals(half)).toList();
    boolean perStatement = layers.keySet().stream().anyMatch(l -> !l.equals("compare"));
    if (perStatement) {
      for (Gold.Statement gs : list) {
        progress.accept(half + " " + (statements + 1) + "/" + list.size() + " " + gs.id());
        words += statement(gs, layers, misses);
        statements++;
      }
    }
    int meetings = 0;
    int pairCount = 0;
    Report.Layer compare = layers.get("compare");
    if (compare != null) {
      Map<String, int[]> table = new TreeMap<>();
      Map<String, Map<String, int[]>> bySet = new TreeMap<>();
      for (Gold.Meeting m : gold.meetings()) {
        if (m.half().equals(half)) {
          progress.accept(half + " compare " + m.meeting());
          meeting(m, compare, table, m.category().isEmpty() ? null
              : bySet.computeIfAbsent(m.category(), k -> new TreeMap<>()), misses);
          meetings++;
        }
      }
      compare.tables().put("meetings", CompareScoring.rows(table, CompareScoring.TYPES));
      bySet.forEach((set, t) -> compare.tables().put("meetings of set " + set,
          CompareScoring.rows(t, CompareScoring.TYPES)));
      Map<String, int[]> pairTable = new TreeMap<>();
      for (Gold.Pairs p : gold.pairs()) {
        if (p.half().equals(half)) {
          progress.accept(half + " compare " + p.file().getFileName());
          pairCount += pairs(p, compare, pairTable, misses);
        }
      }
      compare.tables().put("pairs", CompareScoring.rows(pairTable, CompareScoring.PAIR_LABELS));
      finishCompare(compare);
    }
    layers.values().forEach(Evaluation::finish);
    return new Report.Half(half, perStatement ? statements : 0, words, meetings, pairCount, layers);
  }

  private static final java.util.regex.Pattern JOINT = java.util.regex.Pattern.compile(
      "(?i)joint (statement|declaration|communiqu)|leaders['’] (statement|declaration|communiqu)|g7|g20|quad|declaration");
  private static final java.util.regex.Pattern READOUT = java.util.regex.Pattern.compile(
      "(?i)^readout|telephone conversation|^meeting with|^talks with|call with|meets? with");
  private static final java.util.regex.Pattern SPOKEN = java.util.regex.Pattern.compile(
      "(?i)press (briefing|call|conference|gaggle)|news conference|remarks|interview|statements? (for|to) the press"
          + "|answers to|transcript|gaggle");

  /** A coarse class of a statement by its title, for the breakdown of scores: joint, readout, spoken, other. */
  static String titleClass(String title) {
    String t = title == null ? "" : title;
    if (JOINT.matcher(t).find()) {
      return "joint or leaders' statement";
    }
    if (SPOKEN.matcher(t).find()) {
      return "spoken (briefing, call, conference)";
    }
    if (READOUT.matcher(t).find()) {
      return "readout of a call or meeting";
    }
    return "other";
  }

  // --------------------------------------------------------------------------------------------- one statement

  private int statement(Gold.Statement gs, Map<String, Report.Layer> layers, boolean misses) {
    Corpus.Record rec = corpus.get(gs.id()).orElseThrow(() -> new ReadoutException(gs.file()
        + ": record " + gs.id() + " is not in the bulk corpora under " + corpus.shared()));
    Statement st = rec.statement();
    String text = st.text();
    Locator loc = new Locator(rec.raw(), text);
    Span excerpt = new Span(0, text.length());
    if (gs.excerpt() != null) {
      Span from = locate(loc, gs.excerpt().from(), gs, "excerpt.from", misses);
      Span to = locate(loc, gs.excerpt().to(), gs, "excerpt.to", misses);
      if (to.end() <= from.start()) {
        throw new ReadoutException(gs.file() + ": excerpt.to comes before excerpt.from in the normalised text");
      }
      excerpt = new Span(from.start(), to.end());
    }
    String id = st.id();
    final Span ex = excerpt;
    Report.Layer c = gs.layers().contains("commitments") ? layers.get("commitments") : null;
    if (c != null) {
      c.add("statements", 1);
      List<Scoring.LocatedCommitment> g = new ArrayList<>();
      for (Gold.Commitment x : gs.commitments()) {
        g.add(new Scoring.LocatedCommitment(x, locate(loc, x.quote(), gs, "commitments[" + x.index() + "]", misses)));
      }
      List<Predictions.Commitment> all = analysis.commitments(st).stream().filter(p -> inside(ex, p.start())).toList();
      List<Predictions.Commitment> acts = all.stream().filter(p -> !p.denied()).toList();
      int predicted = c.count("predicted");
      int right = c.count("right (kind + actors)");
      int gold = c.count("gold");
      int detected = c.count("detected");
      int anyKind = c.count("right (actors, any kind)");
      String cls = titleClass(st.meta().title());
      boolean readout = cls.startsWith("readout");
      Scoring.commitments(id, g, acts, all.size() - acts.size(), c, misses,
          readout ? "by act kind, readouts" : "by act kind, other statements",
          readout ? org.readout.model.Sides.actorOf(st.meta().side()).orElse("") : "");
      int r = c.count("right (kind + actors)") - right;
      c.tally("by statement kind", st.meta().kind().isBlank() ? "(none)" : st.meta().kind(),
          c.count("predicted") - predicted, r, c.count("gold") - gold, r);
      c.tally("by title", cls, c.count("predicted") - predicted, r, c.count("gold") - gold, r);
      int d = c.count("detected") - detected;
      int k = c.count("right (actors, any kind)") - anyKind;
      c.tally("by title, span only", cls, c.count("predicted") - predicted, d, c.count("gold") - gold, d);
      c.tally("by title, actors (any kind)", cls, c.count("predicted") - predicted, k, c.count("gold") - gold, k);
    }
    Report.Layer a = gs.layers().contains("attributions") ? layers.get("attributions") : null;
    if (a != null) {
      a.add("statements", 1);
      List<Scoring.LocatedAttribution> g = new ArrayList<>();
      for (Gold.Attribution x : gs.attributions()) {
        g.add(new Scoring.LocatedAttribution(x, locate(loc, x.quote(), gs, "attributions[" + x.index() + "]", misses)));
      }
      Scoring.attributions(id, g, analysis.attributions(st).stream().filter(p -> inside(ex, p.start())).toList(), a,
          misses);
    }
    Report.Layer d = gs.layers().contains("dates") ? layers.get("dates") : null;
    if (d != null) {
      d.add("statements", 1);
      List<Scoring.LocatedDate> g = new ArrayList<>();
      for (Gold.Date x : gs.dates()) {
        String where = "dates[" + x.index() + "]";
        Span q = locate(loc, x.quote(), gs, where, misses);
        Span t = loc.locateWithin(x.text(), q).orElseThrow(() -> new ReadoutException(gs.file() + ": " + where
            + ": text " + (misses ? Scoring.quote(x.text()) + " " : "") + "not found inside its quote"));
        g.add(new Scoring.LocatedDate(x, t));
      }
      Scoring.dates(id, g, analysis.dates(st).stream().filter(p -> inside(ex, p.start())).toList(), d, misses);
    }
    Report.Layer t = gs.layers().contains("topics") ? layers.get("topics") : null;
    if (t != null) {
      t.add("statements", 1);
      Scoring.topics(id, gs.topics(), gs.unsureTopics(), analysis.topics(st), t, misses,
          gs.category() == null ? "" : gs.category());
    }
    return words(text.substring(excerpt.start(), excerpt.end()));
  }

  private static boolean inside(Span excerpt, int start) {
    return start >= excerpt.start() && start < excerpt.end();
  }

  private static Span locate(Locator loc, String quote, Gold.Statement gs, String where, boolean show) {
    return loc.locate(quote).orElseThrow(() -> new ReadoutException(gs.file() + ": " + where + ": quote "
        + (show ? Scoring.quote(quote) + " " : "") + "not found in the normalised text of " + gs.id()));
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------------- compare

  /** Scores one meeting into {@code table} and, when it belongs to a set, into that set's own table too. */
  private void meeting(Gold.Meeting m, Report.Layer out, Map<String, int[]> table, Map<String, int[]> setTable,
                       boolean misses) {
    List<Corpus.Record> recs = new ArrayList<>();
    Map<String, String> sides = new LinkedHashMap<>();
    for (String sid : m.statements()) {
      Corpus.Record r = corpus.get(sid).orElseThrow(() -> new ReadoutException(m.file() + ": statement " + sid
          + " not found under " + corpus.shared().resolve("corpus")));
      recs.add(r);
      sides.put(r.statement().id(), r.side());
    }
    if (sides.size() != recs.size()) {
      throw new ReadoutException(m.file() + ": two statements of the meeting have the same id");
    }
    List<CompareScoring.LocatedFinding> gold = new ArrayList<>();
    for (Gold.Finding f : m.findings()) {
      gold.add(locate(m.file(), "findings[" + f.index() + "]", f, recs, misses));
    }
    List<CompareScoring.LocatedFinding> not = new ArrayList<>();
    for (Gold.Finding f : m.not()) {
      not.add(locate(m.file(), "not[" + f.index() + "]", f, recs, misses));
    }
    List<Predictions.Finding> predicted = analysis.findings(recs.stream().map(Corpus.Record::statement).toList())
        .stream().filter(f -> m.scores(f.type())).toList();
    CompareScoring.meeting(m.meeting(), gold, not, predicted, sides, out, table, misses);
    if (setTable != null) {
      CompareScoring.meeting(m.meeting(), gold, not, predicted, sides, new Report.Layer("compare"), setTable, false);
    }
  }

  private static CompareScoring.LocatedFinding locate(Path file, String where, Gold.Finding f, List<Corpus.Record> recs,
                                                      boolean show) {
    CompareScoring.Located q = f.quote().isEmpty() ? null : find(file, where + ".quote", f.quote(), recs, f.side(), show);
    CompareScoring.Located a = f.a().isEmpty() ? null : find(file, where + ".a", f.a(), recs, "", show);
    CompareScoring.Located b = f.b().isEmpty() ? null : find(file, where + ".b", f.b(), recs, "", show);
    return new CompareScoring.LocatedFinding(f, q, a, b);
  }

  /** Locates a quote in whichever statement's raw text holds it (only statements of {@code side} when given). */
  private static CompareScoring.Located find(Path file, String where, String quote, List<Corpus.Record> recs,
                                             String side, boolean show) {
    for (Corpus.Record r : recs) {
      if (!side.isEmpty() && !side.equals(r.side())) {
        continue;
      }
      if (r.raw().contains(quote)) {
        Optional<Span> s = new Locator(r.raw(), r.statement().text()).locate(quote);
        if (s.isPresent()) {
          return new CompareScoring.Located(r.statement().id(), s.get());
        }
      }
    }
    throw new ReadoutException(file + ": " + where + ": quote " + (show ? Scoring.quote(quote) + " " : "")
        + "not found in the " + (side.isEmpty() ? "" : side + " ") + "statements");
  }

  private int pairs(Gold.Pairs file, Report.Layer out, Map<String, int[]> table, boolean misses) {
    Map<String, List<Predictions.Finding>> cache = new LinkedHashMap<>();
    int n = 0;
    int convergences = 0;
    int forbidden = 0;
    int nonConvergence = 0;
    for (Gold.Pair p : file.pairs()) {
      String where = "pair[" + p.index() + "]";
      Corpus.Record a = corpus.get(p.aId()).orElseThrow(() -> new ReadoutException(file.file() + ": " + where
          + ": record " + p.aId() + " not found"));
      Corpus.Record b = corpus.get(p.bId()).orElseThrow(() -> new ReadoutException(file.file() + ": " + where
          + ": record " + p.bId() + " not found"));
      CompareScoring.Located qa = find(file.file(), where + ".a", p.aQuote(), List.of(a), "", misses);
      CompareScoring.Located qb = find(file.file(), where + ".b", p.bQuote(), List.of(b), "", misses);
      // pair level: the two paragraphs holding the quotes, not the two whole items (see Excerpt)
      Excerpt xa = Excerpt.of(a, qa);
      Excerpt xb = Excerpt.of(b, qb);
      String key = xa.statement().id() + "\n" + xb.statement().id();
      List<Predictions.Finding> findings = cache.computeIfAbsent(key,
          k -> analysis.findings(List.of(xa.statement(), xb.statement())));
      String predicted = CompareScoring.pairLabel(findings, xa.quote(), xb.quote());
      int[] pr = table.computeIfAbsent(predicted, k -> new int[4]);
      pr[0]++;
      if (predicted.equals(p.label())) {
        pr[1]++;
      }
      int[] gr = table.computeIfAbsent(p.label(), k -> new int[4]);
      gr[2]++;
      if (predicted.equals(p.label())) {
        gr[3]++;
      }
      if (!p.label().equals("convergence")) {
        nonConvergence++;
      }
      if (predicted.equals("convergence")) {
        convergences++;
        if (!p.label().equals("convergence")) {
          forbidden++;
        }
      }
      if (!predicted.equals(p.label()) && misses) {
        out.misses().add(new Report.Miss(file.file().getFileName().toString(), "pair[" + p.index() + "] gold "
            + p.label() + ", predicted " + predicted, Scoring.quote(p.aQuote()) + " / " + Scoring.quote(p.bQuote())));
      }
      n++;
    }
    out.add("pair convergences predicted", convergences);
    out.add("pair convergences forbidden", forbidden);
    out.add("pairs not convergence in the gold", nonConvergence);
    return n;
  }

  private static void finishCompare(Report.Layer c) {
    c.ratios().add(new Report.Ratio("forbidden convergences, meetings (of predicted convergences)",
        c.count("meeting convergences forbidden"), c.count("meeting convergences predicted")));
    c.ratios().add(new Report.Ratio("forbidden convergences, pairs (of predicted convergences)",
        c.count("pair convergences forbidden"), c.count("pair convergences predicted")));
    c.ratios().add(new Report.Ratio("forbidden convergences, pairs (of gold non-convergence pairs)",
        c.count("pair convergences forbidden"), c.count("pairs not convergence in the gold")));
  }

  /** Derives the metric rows of a per-statement layer from its counts. */
  private static void finish(Report.Layer l) {
    switch (l.name()) {
      case "commitments" -> {
        int gold = l.count("gold");
        int pred = l.count("predicted");
        l.prf().add(new Report.Prf("span (act contains the quote)", l.count("detected"), pred, gold));
        l.prf().add(new Report.Prf("actors (any kind)", l.count("right (actors, any kind)"), pred, gold));
        l.prf().add(new Report.Prf("kind + actors", l.count("right (kind + actors)"), pred, gold));
        l.prf().add(new Report.Prf("kind + actors + negation + condition", l.count("right (+ negation + condition)"),
            pred, gold));
        l.ratios().add(new Report.Ratio("kind + actor agreement on detected acts", l.count("right (kind + actors)"),
            l.count("detected")));
        l.closeTallies();
      }
      case "attributions" -> {
        int gold = l.count("gold");
        int pred = l.count("predicted");
        l.prf().add(new Report.Prf("detected, turns", l.count("found turns"), l.count("predicted turns"),
            l.count("gold turns")));
        l.prf().add(new Report.Prf("detected, direct + indirect", l.count("found direct + indirect"),
            pred - l.count("predicted turns"), gold - l.count("gold turns")));
        l.prf().add(new Report.Prf("detected, all", l.count("found"), pred, gold));
        l.prf().add(new Report.Prf("detected with the right speaker", l.count("speaker right"), pred, gold));
        l.ratios().add(new Report.Ratio("speaker accuracy over all gold attributions", l.count("speaker right"), gold));
        l.ratios().add(new Report.Ratio("direct-quote detection recall", l.count("direct found as direct"),
            l.count("gold direct")));
        l.ratios().add(new Report.Ratio("type right (direct vs indirect) on detected", l.count("type right (direct vs indirect)"),
            l.count("found direct + indirect")));
      }
      case "topics" -> {
        l.prf().add(new Report.Prf("topics listed", l.count("right"), l.count("predicted"), l.count("gold")));
        l.ratios().add(new Report.Ratio("statements whose whole list is right", l.count("statements all right"),
            l.count("statements")));
        l.closeTallies();
      }
      case "dates" -> {
        int gold = l.count("gold");
        int pred = l.count("predicted");
        l.prf().add(new Report.Prf("detected (spans overlap)", l.count("found"), pred, gold));
        l.prf().add(new Report.Prf("value (TIMEX3 value right)", l.count("value right"), pred, gold));
        l.ratios().add(new Report.Ratio("value accuracy on detected", l.count("value right"), l.count("found")));
      }
      default -> {
      }
    }
  }
}

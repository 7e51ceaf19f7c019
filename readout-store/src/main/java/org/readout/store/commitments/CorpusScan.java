package org.readout.store.commitments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.readout.commitments.ActObject;
import org.readout.commitments.TrackedCommitment;
import org.readout.commitments.Tracker;
import org.readout.internal.Lanes;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Sides;
import org.readout.model.Statement;
import org.readout.store.StatementFilter;
import org.readout.store.Workspace;

/**
 * Tracking over a whole workspace ({@link CommitmentTracking#track(Workspace, Function, Consumer)}) in
 * two passes over the later statements, so that only a few are analysed and every commitment keeps only
 * its best evidence:
 * <ol>
 *   <li><b>scan</b> (raw text, streamed from SQLite, dated after the earliest open commitment): per rough
 *   sentence (split at . ! ? and newlines), the commitments it may report on, from an inverted index of
 *   the commitments' objects (a rare phrase or two rare heads, the direct object's head, and a status cue
 *   that can report on the commitment's kind of act; weights: IDF over the open commitments' actions) or,
 *   for follow-up language, the commitments of the follow-up window before it; restricted to
 *   commitments within {@link Tracker#windowDays()} whose parties the statement involves (its side or the
 *   actors mentioned in it: one SQL query over {@code mentions});</li>
 *   <li><b>score</b>: each candidate statement's stored analysis is loaded once, and the tracker scores
 *   each candidate commitment on just its candidate sentences; a key counts as rare only when it is rare
 *   among the commitments AND among the later statements (document frequency counted by the scan).</li>
 * </ol>
 * Then each commitment keeps its best suggestion per later statement and at most
 * {@link Tracker#maxSuggestions()} of those (highest confidence, then earliest). Both passes read the workspace on
 * the calling thread and hand each statement's text work to workers ({@link Lanes}, one per core), taking the results
 * back in reading order, so the output does not depend on the number of workers. One scan at a time per instance.
 */
final class CorpusScan {
  /**
   * The most commitments one later sentence is evidence for. A sentence that matches many commitments
   * ("the President's commitment to …" against every pledge with the same object) is a hub, not a report
   * on each of them: only its best-scored ones are kept.
   */
  static final int MAX_PER_EVIDENCE = 4;
  static final int MIN_N = 200;

  private final Tracker tracker;
  private final List<TrackedCommitment> open = new ArrayList<>();
  private final Map<String, int[]> index = new HashMap<>();
  private final Map<String, int[]> refrainIndex = new HashMap<>();
  /**
   * Per worker, per commitment, during one sentence's lookup ({@link #of}): the rare object phrases and heads the
   * sentence repeats, and which commitments it touched.
   */
  private final ThreadLocal<int[][]> scratch;
  /** Per commitment: the status cues that can report on its kind of act ({@link Tracker#admittedCues}). */
  private final List<Set<String>> admitted = new ArrayList<>();
  /** Open commitments sorted by date: the follow-up window before a date is a range of it. */
  private final int[] byDate;
  private final Map<String, Set<String>> actors;
  /** Each open commitment's action stems ({@link Tracker#actionStems}) and object ({@link Tracker#actObject}). */
  private final List<Set<String>> stems = new ArrayList<>();
  private final List<ActObject> objects = new ArrayList<>();
  /**
   * Rarity of an action stem: {@code ln(1 + N / (1 + df))} over the N open commitments' actions (N at least
   * {@value #MIN_N}), df the number of actions holding it; the same weights in both passes, known before
   * the scan starts. {@link Tracker#RARE} is then a stem in at most ~2% of the actions.
   */
  private final java.util.function.ToDoubleFunction<String> weight;
  /**
   * In how many later statements each rare key of the index occurs (counted by the scan), and how many
   * statements were scanned: a phrase in many later statements ("executive order", "top-level talks")
   * names no one act, however rare among the commitments.
   */
  private final Map<String, Integer> statementDf = new java.util.concurrent.ConcurrentHashMap<>();
  private final int[] statements = {0};

  CorpusScan(Tracker tracker, List<TrackedCommitment> trackable, Map<String, Set<String>> actorsByStatement) {
    this.tracker = tracker;
    this.actors = actorsByStatement;
    Map<String, Integer> df = new HashMap<>();
    for (TrackedCommitment t : trackable) {
      Set<String> st = tracker.actionStems(t.commitment());
      ActObject obj = tracker.actObject(t.commitment());
      if (st.isEmpty() || obj.isEmpty() || t.date() == null) {
        continue;
      }
      open.add(t);
      stems.add(st);
      objects.add(obj);
      Set<String> terms = new HashSet<>(st);
      terms.addAll(obj.keys());
      for (String w : terms) {
        df.merge(w, 1, Integer::sum);
      }
    }
    // N at least MIN_N: in a small workspace a handful of commitments would make every term look common
    double n = Math.max(MIN_N, open.size());
    weight = w -> Math.log(1.0 + n / (1.0 + df.getOrDefault(w, 0)));
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int k = 0; k < open.size(); k++) {
      for (String key : objects.get(k).keys()) {
        if (weight.applyAsDouble(key) >= Tracker.RARE) {
          postings.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
      }
    }
    postings.forEach((w, l) -> index.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    index.forEach((w, l) -> {
      int[] r = Arrays.stream(l).filter(k -> open.get(k).commitment().refrain()).toArray();
      if (r.length > 0) {
        refrainIndex.put(w, r);
      }
    });
    for (int k = 0; k < open.size(); k++) {
      admitted.add(Set.copyOf(tracker.admittedCues(open.get(k).commitment())));
    }
    int n2 = open.size();
    scratch = ThreadLocal.withInitial(() -> new int[][] {new int[n2], new int[n2], new int[n2]});
    byDate = java.util.stream.IntStream.range(0, open.size()).boxed()
        .sorted(Comparator.comparing(k -> open.get(k).date())).mapToInt(Integer::intValue).toArray();
  }

  /** Entity ids (states, organisations) mentioned in each statement: one query over {@code mentions}. */
  static Map<String, Set<String>> actorsByStatement(Connection conn) {
    Map<String, Set<String>> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT DISTINCT statement_id, entity_id FROM mentions WHERE entity_id <> '' AND rule <> 'pronoun'");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), x -> new HashSet<>()).add(rs.getString(2).intern());
      }
    } catch (SQLException e) {
      throw Workspace.sqlFailure("workspace", "cannot read actor mentions", e, org.readout.store.LockWait.standard());
    }
    return out;
  }

  boolean isEmpty() {
    return open.isEmpty();
  }

  TrackedCommitment commitment(int k) {
    return open.get(k);
  }

  int size() {
    return open.size();
  }

  LocalDate earliest() {
    return open.isEmpty() ? null : open.get(byDate[0]).date();
  }

  /**
   * Pass 1: the statements dated after the earliest open commitment, each with the commitments it may
   * report on (statements with none are left out), in scan order. {@code seen} is told of each statement.
   */
  Map<String, int[]> scan(Workspace ws, Consumer<Statement> seen) {
    Map<String, int[]> out = new LinkedHashMap<>();
    LocalDate earliest = earliest();
    if (earliest == null) {
      return out;
    }
    try (Lanes<Map.Entry<String, int[]>> lanes = new Lanes<>(Lanes.cores(), 4, "tracking", r -> {
      if (r.getValue().length > 0) {
        out.put(r.getKey(), r.getValue());
      }
    })) {
      ws.forEachStatement(StatementFilter.ALL.withAfter(earliest.plusDays(1)), st -> {
        seen.accept(st);
        LocalDate d = st.meta().date();
        if (d == null) {
          return;
        }
        statements[0]++;
        lanes.submit(() -> Map.entry(st.id(), scanOne(st, d)));
      });
      lanes.finish();
    }
    return out;
  }

  /** The commitments {@code st} (dated {@code d}) may report on, sorted; counts its rare keys in {@link #statementDf}. */
  private int[] scanOne(Statement st, LocalDate d) {
    Set<String> involved = involved(st);
    Set<Integer> ks = new HashSet<>();
    Set<String> present = new HashSet<>();
    for (String s : roughSentences(st.text())) {
      Set<String> cues = tracker.cueIds(s);
      boolean cue = !cues.isEmpty();
      Set<String> keys = tracker.sentenceKeys(s);
      for (String w : keys) {
        if (index.containsKey(w)) {
          present.add(w);
        }
      }
      ks.addAll(of(st, d, involved, cue || !refrainIndex.isEmpty() ? keys : Set.of(), cues, tracker.mayFollowUp(s)));
    }
    present.forEach(w -> statementDf.merge(w, 1, Integer::sum));
    return ks.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Pass 2: the suggestions for each candidate statement, per commitment index. */
  Map<Integer, List<Tracker.Suggestion>> score(Map<String, int[]> candidates, Function<String, AnalyzedStatement> load,
                                               Consumer<Statement> scored) {
    Map<Integer, List<Tracker.Suggestion>> found = new HashMap<>();
    // a key is rare when it is rare among the commitments AND among the later statements
    double scanned = Math.max(MIN_N, statements[0]);
    java.util.function.ToDoubleFunction<String> scoring = w -> Math.min(weight.applyAsDouble(w),
        Math.log(1.0 + scanned / (1.0 + statementDf.getOrDefault(w, 0))));
    try (Lanes<Map<Integer, List<Tracker.Suggestion>>> lanes = new Lanes<>(Lanes.cores(), 4, "tracking",
        r -> r.forEach((k, l) -> found.computeIfAbsent(k, x -> new ArrayList<>()).addAll(l)))) {
      candidates.forEach((id, ks) -> {
        AnalyzedStatement doc = load.apply(id);
        scored.accept(doc.statement());
        lanes.submit(() -> scoreOne(doc, ks, scoring));
      });
      lanes.finish();
    }
    return found;
  }

  /** The suggestions {@code doc} gives for the commitments {@code ks} it was found a candidate for. */
  private Map<Integer, List<Tracker.Suggestion>> scoreOne(AnalyzedStatement doc, int[] ks,
                                                         java.util.function.ToDoubleFunction<String> scoring) {
    Map<Integer, List<Tracker.Suggestion>> found = new LinkedHashMap<>();
    LocalDate d = doc.meta().date();
    Set<String> involved = involved(doc.statement());
    Map<Integer, List<Sentence>> bySentence = new LinkedHashMap<>();
    Set<Integer> allowed = new HashSet<>();
    for (int k : ks) {
      allowed.add(k);
    }
    org.readout.commitments.LaterStatement later = tracker.read(doc);
    String side = org.readout.model.Sides.actorOf(doc.meta().side()).orElse("");
    for (Sentence s : doc.sentences()) {
      for (int k : of(doc.statement(), d, involved, later.keys(s), tracker.cueIds(s.text()), later.hasFollowUp(s))) {
        if (allowed.contains(k)) {
          bySentence.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
        }
      }
    }
    bySentence.forEach((k, ss) -> {
      List<Tracker.Suggestion> l = new ArrayList<>(tracker.track(open.get(k), stems.get(k), objects.get(k), later, ss, scoring));
      l.removeIf(s -> !tracker.precise(open.get(k), s, side)); // the precision gate: an event of the act on the same object
      if (!l.isEmpty()) {
        found.computeIfAbsent(k, x -> new ArrayList<>()).addAll(l);
      }
    });
    return found;
  }

  /**
   * {@code found} with each evidence sentence kept for at most {@value #MAX_PER_EVIDENCE} commitments (the
   * highest confidence, then the latest commitment: the most recent restatement is the nearest antecedent).
   */
  Map<Integer, List<Tracker.Suggestion>> capPerEvidence(Map<Integer, List<Tracker.Suggestion>> found) {
    Map<String, List<Tracker.Suggestion>> byEvidence = new HashMap<>();
    Map<Integer, List<Tracker.Suggestion>> out = new HashMap<>();
    Map<String, Integer> commitmentIndex = new HashMap<>();
    found.forEach((k, l) -> {
      commitmentIndex.put(open.get(k).commitment().id(), k);
      for (Tracker.Suggestion s : l) {
        byEvidence.computeIfAbsent(s.statement() + "\u0000" + s.sentence(), x -> new ArrayList<>()).add(s);
      }
    });
    Comparator<Tracker.Suggestion> better = Comparator.comparingDouble(Tracker.Suggestion::confidence).reversed()
        .thenComparing(s -> open.get(commitmentIndex.get(s.commitmentId())).date(), Comparator.reverseOrder())
        .thenComparing(Tracker.Suggestion::commitmentId);
    byEvidence.values().forEach(l -> {
      l.sort(better);
      for (Tracker.Suggestion s : l.subList(0, Math.min(MAX_PER_EVIDENCE, l.size()))) {
        out.computeIfAbsent(commitmentIndex.get(s.commitmentId()), x -> new ArrayList<>()).add(s);
      }
    });
    return out;
  }

  /**
   * A commitment's best suggestion per later statement, at most {@link Tracker#maxSuggestions()} of them
   * (highest confidence, then earliest), in date order.
   */
  List<Tracker.Suggestion> best(List<Tracker.Suggestion> all) {
    Map<String, Tracker.Suggestion> perStatement = new LinkedHashMap<>();
    Comparator<Tracker.Suggestion> better = Comparator.comparingDouble(Tracker.Suggestion::confidence).reversed()
        .thenComparing(Tracker.Suggestion::date).thenComparing(Tracker.Suggestion::statement)
        .thenComparingInt(Tracker.Suggestion::sentence);
    for (Tracker.Suggestion s : all) {
      perStatement.merge(s.statement(), s, (a, b) -> better.compare(a, b) <= 0 ? a : b);
    }
    List<Tracker.Suggestion> out = new ArrayList<>(perStatement.values());
    out.sort(better);
    if (out.size() > tracker.maxSuggestions()) {
      out = new ArrayList<>(out.subList(0, tracker.maxSuggestions()));
    }
    out.sort(Comparator.comparing(Tracker.Suggestion::date).thenComparing(Tracker.Suggestion::statement)
        .thenComparingInt(Tracker.Suggestion::sentence));
    return out;
  }

  /** The statement's side and the entities mentioned in it. */
  private Set<String> involved(Statement st) {
    Set<String> out = new HashSet<>(actors.getOrDefault(st.id(), Set.of()));
    Sides.actorOf(st.meta().side()).ifPresent(out::add);
    return out;
  }

  /**
   * Commitments dated before {@code d} (within the window), not from {@code st}, with a party that
   * {@code st} involves, that {@code sentence} may report on: it holds a status cue and repeats the
   * commitment's object (a rare phrase of it, two rare heads, or one rare head for an act of several
   * parties; see {@link ActObject}), or it holds follow-up language within the follow-up window.
   */
  private List<Integer> of(Statement st, LocalDate d, Set<String> involved, Set<String> keys, Set<String> cues,
                           boolean follow) {
    List<Integer> out = new ArrayList<>();
    boolean cue = !cues.isEmpty();
    // Without a status cue only pledges to refrain can match: look those up in their own small index.
    Map<String, int[]> idx = cue ? index : refrainIndex;
    if (!idx.isEmpty()) {
      int[][] sc = scratch.get();
      int[] phraseHits = sc[0];
      int[] headHits = sc[1];
      int[] touched = sc[2];
      int n = 0;
      for (String w : keys) {
        int[] l = idx.get(w);
        if (l == null) {
          continue;
        }
        boolean phrase = w.indexOf(' ') >= 0;
        for (int k : l) {
          if (phraseHits[k] == 0 && headHits[k] == 0) {
            touched[n++] = k;
          }
          if (phrase) {
            phraseHits[k]++;
          } else {
            headHits[k]++;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        int k = touched[i];
        // the tracker's own test: a rare phrase of the object or two rare heads, and a kind of act a cue
        // can report on (or a pledge to refrain, broken by the act reported done)
        boolean object = (phraseHits[k] > 0 || headHits[k] >= 2)
            && (open.get(k).commitment().refrain() || (!Collections.disjoint(admitted.get(k), cues)
                && (objects.get(k).direct().isEmpty() || !Collections.disjoint(objects.get(k).direct(), keys))));
        if (object && inWindow(k, d, tracker.windowDays())
            && !open.get(k).commitment().statement().equals(st.id()) && involves(k, involved)) {
          out.add(k);
        }
        phraseHits[k] = 0;
        headHits[k] = 0;
      }
    }
    if (follow) {
      LocalDate from = d.minusDays(tracker.followUpWindowDays());
      int lo = lowerBound(from);
      for (int i = lo; i < byDate.length && open.get(byDate[i]).date().isBefore(d); i++) {
        int k = byDate[i];
        if (open.get(k).commitment().actors().size() >= 2
            && open.get(k).commitment().kind() == org.readout.commitments.CommitmentKind.AGREEMENT
            && involved.containsAll(open.get(k).commitment().actors())
            && !open.get(k).commitment().statement().equals(st.id())) {
          out.add(k);
        }
      }
    }
    return out;
  }

  private boolean inWindow(int k, LocalDate d, int days) {
    LocalDate c = open.get(k).date();
    return c.isBefore(d) && !d.isAfter(c.plusDays(days));
  }

  private boolean involves(int k, Set<String> involved) {
    List<String> parties = open.get(k).commitment().actors();
    if (parties.isEmpty()) {
      return true;
    }
    for (String a : parties) {
      if (involved.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** First position in {@link #byDate} whose date is on or after {@code from}. */
  private int lowerBound(LocalDate from) {
    int lo = 0;
    int hi = byDate.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (open.get(byDate[mid]).date().isBefore(from)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Sentence-ish chunks of {@code text} for the scan (the real sentences come with the analysis). */
  static List<String> roughSentences(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        if (i > from) {
          out.add(text.substring(from, i + 1));
        }
        from = i + 1;
      }
    }
    if (from < text.length()) {
      out.add(text.substring(from));
    }
    return out;
  }
}

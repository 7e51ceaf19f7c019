package org.readout.store.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.readout.ReadoutException;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.store.StatementFilter;
import org.readout.store.Workspace;

/**
 * The workflow behind {@code readout commitments list|set} and {@code readout track}: keeps the
 * commitments table in step with the workspace's statements, records the tracker's suggestions, and
 * records users' decisions. A user's decision wins: once a user has set a commitment's status, later
 * automatic suggestions are recorded in its history but do not change the status. Not thread-safe
 * (it writes through one {@link CommitmentStore}).
 */
public final class CommitmentTracking {
  /** Name recorded in {@code commitment_extractions.extractor}. */
  public static final String EXTRACTOR = "commitments/lexicon-1";

  private final CommitmentStore store;
  private final Function<AnalyzedStatement, List<Commitment>> extractor;
  private final Tracker tracker;

  public CommitmentTracking(CommitmentStore store, CommitmentExtractor extractor, Tracker tracker) {
    this(store, Objects.requireNonNull(extractor, "extractor")::extract, tracker);
  }

  /**
   * With an extraction function of the caller's choosing, e.g. one that codes topics first:
   * {@code doc -> extractor.withTopics(topicsOf(doc)).extract(doc)}.
   */
  public CommitmentTracking(CommitmentStore store, Function<AnalyzedStatement, List<Commitment>> extractor,
                            Tracker tracker) {
    this.store = Objects.requireNonNull(store, "store");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
  }

  public CommitmentStore store() {
    return store;
  }

  /** Extracts commitments from every statement whose current text has not been extracted; returns how many. */
  public int sync(List<AnalyzedStatement> docs) {
    int n = 0;
    for (AnalyzedStatement doc : docs) {
      if (store.extracted(doc.id(), doc.statement().sha256())) {
        continue;
      }
      store.replaceForStatement(doc.id(), doc.statement().sha256(), EXTRACTOR, doc.meta().meeting(), doc.meta().date(),
          extractor.apply(doc));
      n++;
    }
    return n;
  }

  /** Extracts and stores the commitments of one statement unless its current text was extracted; true if it was. */
  public boolean sync(AnalyzedStatement doc) {
    if (store.extracted(doc.id(), doc.statement().sha256())) {
      return false;
    }
    store.replaceForStatement(doc.id(), doc.statement().sha256(), EXTRACTOR, doc.meta().meeting(), doc.meta().date(),
        extractor.apply(doc));
    return true;
  }

  /**
   * As {@link #track(List)}, but over a workspace of any size, in bounded memory and without analysing
   * what cannot match:
   * <ol>
   *   <li>SQL on date: only statements dated after the earliest trackable commitment are streamed;</li>
   *   <li>lexical prefilter on the raw text, per rough sentence (split at . ! ?): a status cue, and at
   *       least {@link Tracker#MIN_SHARED} of a commitment's action stems (an inverted index from stem
   *       to commitments), for a commitment dated before the statement;</li>
   *   <li>only then is the statement's analysis loaded ({@code load}, by id), and each remaining
   *       commitment is tracked through just its candidate sentences.</li>
   * </ol>
   * The tracker's own rules then decide, as in {@link #track(List)}. Because of step 2 a later sentence
   * that reports the action in entirely other words (fewer than two shared content words) is not found
   * here, even with an embedding tracker. {@code seen} is told of every statement scanned (for a
   * progress bar).
   */
  public List<Tracker.Suggestion> track(Workspace ws, Function<String, AnalyzedStatement> load,
                                        Consumer<Statement> seen) {
    List<TrackedCommitment> open = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    LocalDate earliest = null;
    for (TrackedCommitment t : store.list(CommitmentStore.Filter.all())) {
      if (!trackable(t) || t.date() == null) {
        continue;
      }
      Set<String> st = tracker.actionStems(t.commitment());
      if (st.isEmpty()) {
        continue;
      }
      int k = open.size();
      open.add(t);
      for (String w : st) {
        postings.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
      }
      earliest = earliest == null || t.date().isBefore(earliest) ? t.date() : earliest;
    }
    Map<String, int[]> index = new HashMap<>();
    postings.forEach((w, l) -> index.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    List<List<Tracker.Suggestion>> found = new ArrayList<>();
    for (int i = 0; i < open.size(); i++) {
      found.add(new ArrayList<>());
    }
    if (earliest != null) {
      int[] sizes = new int[open.size()];
      for (int[] l : index.values()) {
        for (int k : l) {
          sizes[k]++;
        }
      }
      Candidates cands = new Candidates(open, index, sizes);
      ws.forEachStatement(StatementFilter.ALL.withAfter(earliest.plusDays(1)), st -> {
        seen.accept(st);
        LocalDate d = st.meta().date();
        if (d == null || !cands.any(st, d, roughSentences(st.text()))) {
          return;
        }
        AnalyzedStatement doc = load.apply(st.id());
        Map<Integer, List<Sentence>> bySentence = new HashMap<>();
        for (Sentence s : doc.sentences()) {
          for (int k : cands.of(st, d, s.text())) {
            bySentence.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
          }
        }
        bySentence.forEach((k, ss) -> found.get(k).addAll(tracker.track(open.get(k),
            List.of(new AnalyzedStatement(doc.statement(), ss, doc.mentions())))));
      });
    }
    List<Tracker.Suggestion> recorded = new ArrayList<>();
    for (int k = 0; k < open.size(); k++) {
      List<Tracker.Suggestion> l = found.get(k);
      l.sort(Comparator.comparing(Tracker.Suggestion::date).thenComparing(Tracker.Suggestion::statement)
          .thenComparingInt(Tracker.Suggestion::sentence));
      record(open.get(k), l, recorded);
    }
    return recorded;
  }

  /** Sentence-ish chunks of {@code text} for the prefilter (the real sentences come with the analysis). */
  private static List<String> roughSentences(String text) {
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

  /** The prefilter of {@link #track(Workspace, Function, Consumer)}: commitments a sentence may report on. */
  private final class Candidates {
    private final List<TrackedCommitment> open;
    private final Map<String, int[]> index;
    private final int[] shared;
    private final int[] touched;
    private final int[] sizes;

    private final Map<String, int[]> refrainIndex = new HashMap<>();

    Candidates(List<TrackedCommitment> open, Map<String, int[]> index, int[] sizes) {
      this.sizes = sizes;
      index.forEach((w, l) -> {
        int[] r = Arrays.stream(l).filter(k -> open.get(k).commitment().refrain()).toArray();
        if (r.length > 0) {
          refrainIndex.put(w, r);
        }
      });
      this.open = open;
      this.index = index;
      this.shared = new int[open.size()];
      this.touched = new int[open.size()];
    }

    boolean any(Statement st, LocalDate d, List<String> sentences) {
      for (String s : sentences) {
        if (!of(st, d, s).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** Commitments dated before {@code d}, not from {@code st}, sharing enough stems with a cue sentence. */
    List<Integer> of(Statement st, LocalDate d, String sentence) {
      boolean cue = tracker.mayReport(sentence);
      // Without a status cue only pledges to refrain can match: look those up in their own small index.
      Map<String, int[]> idx = cue ? index : refrainIndex;
      if (idx.isEmpty()) {
        return List.of();
      }
      boolean back = tracker.mayReferBack(sentence);
      int n = 0;
      for (String w : tracker.contentStems(sentence)) {
        for (int k : idx.getOrDefault(w, EMPTY)) {
          if (shared[k]++ == 0) {
            touched[n++] = k;
          }
        }
      }
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = touched[i];
        TrackedCommitment t = open.get(k);
        // Without a cue only a pledge to refrain can be broken (the act reported done in its own words).
        // Without a back-reference the score needs overlap >= 1/3 (see Tracker#mayReferBack).
        if (shared[k] >= Tracker.MIN_SHARED && (back || 3 * shared[k] >= sizes[k])
            && (cue || t.commitment().refrain()) && t.date().isBefore(d)
            && !t.commitment().statement().equals(st.id())) {
          out.add(k);
        }
        shared[k] = 0;
      }
      return out;
    }
  }

  private static final int[] EMPTY = new int[0];

  private static boolean trackable(TrackedCommitment t) {
    return t.status() == Status.OPEN || t.status() == Status.IN_PROGRESS || t.status() == Status.STALLED;
  }

  /**
   * Follows every open, in-progress or stalled commitment through {@code docs} and records new
   * suggestions (a suggestion already recorded with the same evidence is not repeated; progress never
   * overrides fulfilled or broken). Returns the suggestions recorded, in date order.
   */
  public List<Tracker.Suggestion> track(List<AnalyzedStatement> docs) {
    List<Tracker.Suggestion> recorded = new ArrayList<>();
    for (TrackedCommitment t : store.list(CommitmentStore.Filter.all())) {
      if (trackable(t)) {
        record(t, tracker.track(t, docs), recorded);
      }
    }
    return recorded;
  }

  /** Records {@code suggestions} for {@code t} (in order), skipping repeats; adds the recorded ones to {@code out}. */
  private void record(TrackedCommitment t, List<Tracker.Suggestion> suggestions, List<Tracker.Suggestion> out) {
    TrackedCommitment current = t;
    for (Tracker.Suggestion s : suggestions) {
      if (seen(current, s)) {
        continue;
      }
      if (s.status() == Status.IN_PROGRESS
          && (current.status() == Status.FULFILLED || current.status() == Status.BROKEN)) {
        continue;
      }
      boolean userSet = current.history().stream().anyMatch(h -> !HistoryEntry.AUTO.equals(h.by()));
      String note = "suggested by " + s.rule() + (userSet ? " (not applied: status set by a user)" : "");
      // Compare-and-set against the status read here: a user's decision made meanwhile (e.g. in another
      // process while this run tracked) is kept, and this suggestion is recorded as not applied.
      current = store.record(t.id(), new HistoryEntry(s.date(), s.status(), s.statement(), s.sentence(),
          HistoryEntry.AUTO, note, s.confidence()), !userSet, current.status());
      out.add(s);
    }
  }

  /**
   * A user's decision: {@code evidence} is {@code STATEMENT:SENTENCE} (statement ids may contain ':',
   * so the sentence index follows the LAST ':'), or null.
   */
  public TrackedCommitment set(String id, Status status, String evidence, String note, String user, LocalDate date) {
    String statement = "";
    int sentence = -1;
    if (evidence != null && !evidence.isBlank()) {
      int colon = evidence.lastIndexOf(':');
      if (colon <= 0 || colon == evidence.length() - 1) {
        throw new ReadoutException("--evidence " + evidence + ": expected STATEMENT:SENTENCE, e.g. us-readout:3");
      }
      statement = evidence.substring(0, colon);
      try {
        sentence = Integer.parseInt(evidence.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw new ReadoutException("--evidence " + evidence + ": sentence index '" + evidence.substring(colon + 1)
            + "' is not a number");
      }
      if (sentence < 0) {
        throw new ReadoutException("--evidence " + evidence + ": sentence index must be 0 or more");
      }
    }
    return store.record(id, new HistoryEntry(date, status, statement, sentence,
        user == null || user.isBlank() ? "user" : user, note, 1.0), true);
  }

  private static boolean seen(TrackedCommitment t, Tracker.Suggestion s) {
    return t.history().stream().anyMatch(h -> h.evidenceStatement().equals(s.statement())
        && h.evidenceSentence() == s.sentence() && h.status() == s.status());
  }
}

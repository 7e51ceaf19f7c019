package org.readout.store.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.readout.AnalysisVersion;
import org.readout.ReadoutException;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
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
  private final String version;

  public CommitmentTracking(CommitmentStore store, CommitmentExtractor extractor, Tracker tracker) {
    this(store, Objects.requireNonNull(extractor, "extractor")::extract, tracker);
  }

  /**
   * With an extraction function of the caller's choosing, e.g. one that codes topics first:
   * {@code doc -> extractor.withTopics(topicsOf(doc)).extract(doc)}.
   */
  public CommitmentTracking(CommitmentStore store, Function<AnalyzedStatement, List<Commitment>> extractor,
                            Tracker tracker) {
    this(store, extractor, tracker, AnalysisVersion.current());
  }

  /**
   * As {@link #CommitmentTracking(CommitmentStore, Function, Tracker)}, for the analysis {@code version}
   * ({@link AnalysisVersion}, with the user's configuration files): statements whose commitments were
   * stored by another version are extracted again.
   */
  public CommitmentTracking(CommitmentStore store, Function<AnalyzedStatement, List<Commitment>> extractor,
                            Tracker tracker, String version) {
    this.store = Objects.requireNonNull(store, "store");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** The analysis version whose extractions count as current. */
  public String version() {
    return version;
  }

  /** Ids of the statements whose commitments are missing or outdated (see {@link CommitmentStore#pending(String)}). */
  public List<String> pending() {
    return store.pending(version);
  }

  public CommitmentStore store() {
    return store;
  }

  /**
   * Extracts commitments from every statement whose current text has not been extracted by this
   * analysis version; returns how many.
   */
  public int sync(List<AnalyzedStatement> docs) {
    int n = 0;
    for (AnalyzedStatement doc : docs) {
      if (sync(doc)) {
        n++;
      }
    }
    return n;
  }

  /** Extracts and stores the commitments of one statement unless its current text was extracted; true if it was. */
  public boolean sync(AnalyzedStatement doc) {
    if (store.extracted(doc.id(), doc.statement().sha256(), version)) {
      return false;
    }
    replace(doc, extract(doc));
    return true;
  }

  /**
   * The commitments of {@code doc} (no store access: may run on another thread when the extractor allows it), for
   * {@link #put}.
   */
  public List<Commitment> extract(AnalyzedStatement doc) {
    return extractor.apply(doc);
  }

  /**
   * Stores {@code commitments} extracted from {@code doc} ({@link #extract}) unless its current text was extracted
   * by this version meanwhile; true if stored.
   */
  public boolean put(AnalyzedStatement doc, List<Commitment> commitments) {
    if (store.extracted(doc.id(), doc.statement().sha256(), version)) {
      return false;
    }
    replace(doc, commitments);
    return true;
  }

  private void replace(AnalyzedStatement doc, List<Commitment> commitments) {
    store.replaceForStatement(doc.id(), doc.statement().sha256(), EXTRACTOR, version, doc.meta().meeting(),
        doc.meta().date(), commitments);
  }

  /**
   * As {@link #track(List)}, but over a workspace of any size, in bounded memory and without analysing
   * what cannot match (see {@link CorpusScan}): a scan of the later statements' raw text finds candidate
   * (statement, commitment) pairs through an inverted index of the commitments' action stems and
   * follow-up language, restricted by date window and parties; only candidate statements are then loaded
   * ({@code load}, by id) and scored, with stems weighted by their inverse sentence frequency in the
   * workspace; each commitment keeps at most {@link Tracker#maxSuggestions()} suggestions, one per later
   * statement; all are recorded in one transaction. {@code seen} is told of every statement scanned and
   * then of every statement scored (for progress).
   */
  public List<Tracker.Suggestion> track(Workspace ws, Function<String, AnalyzedStatement> load,
                                        Consumer<Statement> seen) {
    return track(ws, load, seen, seen);
  }

  /** As {@link #track(Workspace, Function, Consumer)}, with separate listeners for the scan and the scoring. */
  public List<Tracker.Suggestion> track(Workspace ws, Function<String, AnalyzedStatement> load,
                                        Consumer<Statement> scanned, Consumer<Statement> scored) {
    List<TrackedCommitment> trackable = new ArrayList<>();
    for (TrackedCommitment t : store.list(CommitmentStore.Filter.all())) {
      if (trackable(t)) {
        trackable.add(t);
      }
    }
    CorpusScan scan = new CorpusScan(tracker, trackable, CorpusScan.actorsByStatement(ws.connection()));
    if (scan.isEmpty()) {
      return List.of();
    }
    Map<String, int[]> candidates = scan.scan(ws, scanned);
    Map<Integer, List<Tracker.Suggestion>> found = scan.capPerEvidence(scan.score(candidates, load, scored));
    List<Tracker.Suggestion> recorded = new ArrayList<>();
    store.batch(() -> {
      for (int k = 0; k < scan.size(); k++) {
        List<Tracker.Suggestion> l = found.get(k);
        if (l != null) {
          // re-read: the status may have changed since the list was read (compare-and-set in record)
          record(scan.commitment(k), scan.best(l), recorded);
        }
      }
    });
    return recorded;
  }

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

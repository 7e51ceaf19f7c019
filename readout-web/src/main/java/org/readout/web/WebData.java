package org.readout.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.analysis.Layers;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.compare.Accounts;
import org.readout.compare.Comparison;
import org.readout.meetings.Meeting;
import org.readout.meetings.MeetingCues;
import org.readout.meetings.MeetingGrouper;
import org.readout.model.AnalyzedStatement;
import org.readout.model.StatementMeta;
import org.readout.store.WorkspaceEntry;
import org.readout.store.commitments.CommitmentStore;
import org.readout.store.commitments.CommitmentTracking;
import org.readout.store.commitments.SuggestionReview;
import org.readout.store.meetings.MeetingStore;
import org.readout.store.related.Related;
import org.readout.store.search.SearchIndex;

/**
 * What the pages read and write, as calls on the façade ({@link Readout}) and the store
 * ({@code Workspace}, {@link MeetingStore}, {@link CommitmentStore}); no analysis of its own. Meetings and
 * comparisons are cached in memory and dropped when an ingest changes the workspace. Thread-safe.
 */
final class WebData {
  /** Above this many statements not yet extracted, the board asks for {@code readout commitments list} first. */
  static final int SYNC_LIMIT = 200;

  private final WorkspacePool pool;
  private final java.util.function.Supplier<Readout> engine;
  private volatile MeetingGrouper grouper;
  private volatile Readout rules;
  private volatile List<Meeting> meetings;
  private volatile Map<String, StatementMeta> metas;
  private final Map<String, Comparison> comparisons = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Comparison> eldest) {
      return size() > 64;
    }
  });
  private final Map<String, Object> computing = new ConcurrentHashMap<>();
  /**
   * Statements analysed at once for their pages (half the cores, at least one): a burst of first requests for
   * statements not yet analysed queues here instead of taking every core from the pages served from caches.
   */
  private final java.util.concurrent.Semaphore analyses =
      new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
  private final Map<String, AnalyzedStatement> analysed = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalyzedStatement> eldest) {
          return size() > 256;
        }
      });

  /** @param engine the engine, perhaps still being assembled on another thread (asked for on first use) */
  private final java.nio.file.Path searchIndex;

  /**
   * @param engine      the engine, perhaps still being assembled on another thread (asked for on first use)
   * @param searchIndex the Lucene index beside the workspace (further reading needs it; may be absent)
   */
  WebData(WorkspacePool pool, java.util.function.Supplier<Readout> engine, java.nio.file.Path searchIndex) {
    this.pool = pool;
    this.engine = engine;
    this.searchIndex = searchIndex;
  }

  /** Further reading for a meeting, or why there is none; {@code items} empty when the note says why. */
  record FurtherReading(List<Related.Item> items, String note) {
  }

  /**
   * Further reading for a meeting ({@link Related}, as {@code readout related}), computed once and kept until
   * the workspace changes; needs the search index beside the workspace ({@code readout index}).
   */
  FurtherReading related(String meetingId) {
    Meeting m = requireMeeting(meetingId);
    return derived("related|" + meetingId, () -> {
      if (searchIndex == null || !SearchIndex.exists(searchIndex)) {
        return new FurtherReading(List.of(), "no search index beside the workspace: run 'readout index' to list further reading");
      }
      try (SearchIndex index = SearchIndex.open(searchIndex)) {
        List<Related.Item> items = pool.with(ws -> new Related(ws, index, engine().config().codebook(), rules())
            .find(m, meetings(), new Related.Options(12, 90)));
        return new FurtherReading(items, items.isEmpty() ? "nothing related found within 90 days" : "");
      } catch (ReadoutException e) {
        return new FurtherReading(List.of(), "further reading unavailable: " + e.getMessage());
      }
    });
  }

  Readout engine() {
    return engine.get();
  }

  private MeetingGrouper grouper() {
    MeetingGrouper g = grouper;
    if (g == null) {
      grouper = g = new MeetingGrouper(engine().config().actors(), MeetingCues.bundled());
    }
    return g;
  }

  WorkspacePool pool() {
    return pool;
  }

  private final Map<String, Object> derived = new ConcurrentHashMap<>();

  /**
   * A value derived from the workspace (a rendered JSON list, a commitments list), computed once and kept
   * until the workspace changes ({@link #changed}, a status change).
   */
  @SuppressWarnings("unchecked")
  <T> T derived(String key, java.util.function.Supplier<T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.get();
      derived.put(key, v);
    }
    return (T) v;
  }

  /**
   * Forgets what was read from the workspace (after an ingest or a status change, here or in another
   * process). Comparisons are kept: they are keyed by their statements' content ({@link #comparisonKey}),
   * so a changed meeting misses and an unchanged one is still served from memory.
   */
  synchronized void changed() {
    derived.clear();
    meetings = null;
    metas = null;
    analysed.clear();
    generation.incrementAndGet();
  }

  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  /** Counts the workspace changes seen (ingest, status changes, other processes' writes): cached pages depend on it. */
  long generation() {
    return generation.get();
  }

  /** Forgets derived values after a write by this server (a status change), then moves the generation on. */
  private void wrote() {
    derived.clear();
    generation.incrementAndGet();
  }

  private final Object watchLock = new Object();
  private volatile long nextCheck;
  private volatile long seenVersion = Long.MIN_VALUE;

  /**
   * Notices writes by any other connection or process (SQLite's {@code PRAGMA data_version} on a
   * connection of its own, asked at most every {@code intervalMillis}) and then forgets what was read.
   */
  void watch(long intervalMillis) {
    long now = System.nanoTime();
    if (now < nextCheck) {
      return;
    }
    synchronized (watchLock) {
      if (now < nextCheck) {
        return;
      }
      long v = pool.dataVersion();
      if (seenVersion != Long.MIN_VALUE && v != seenVersion) {
        changed();
      }
      seenVersion = v;
      nextCheck = System.nanoTime() + intervalMillis * 1_000_000L;
    }
  }

  /** SHA-256 of each statement's text, by id. */
  private Map<String, String> shas() {
    return derived("shas", () -> {
      Map<String, String> out = new java.util.HashMap<>();
      entries().forEach(e -> out.put(e.meta().id(), e.sha256()));
      return out;
    });
  }

  /** A meeting's comparison key: its id and the ids and text hashes of its statements. */
  String comparisonKey(Meeting m) {
    Map<String, String> sha = shas();
    StringBuilder k = new StringBuilder(m.id());
    for (String id : m.statementIds()) {
      k.append('|').append(id).append('=').append(sha.getOrDefault(id, "?"));
    }
    return org.readout.model.Statement.sha256Hex(k.toString());
  }

  List<Meeting> meetings() {
    List<Meeting> m = meetings;
    if (m == null) {
      synchronized (this) {
        if (meetings == null) {
          // titles need actors only: the text stages, no embeddings (as 'readout meetings')
          Readout titles = Readout.builder().config(engine().config().withEmbedder(null)).stages(Readout.TEXT_STAGES).build();
          meetings = pool.with(ws -> new MeetingStore(ws).meetings(titles, grouper(), "bundled"));
        }
        m = meetings;
      }
    }
    return m;
  }

  Map<String, StatementMeta> metas() {
    Map<String, StatementMeta> m = metas;
    if (m == null) {
      Map<String, StatementMeta> fresh = new LinkedHashMap<>();
      pool.with(ws -> ws.list()).forEach(meta -> fresh.put(meta.id(), meta));
      metas = m = Collections.unmodifiableMap(fresh);
    }
    return m;
  }

  List<WorkspaceEntry> entries() {
    return pool.with(ws -> ws.entries());
  }

  Optional<Meeting> meeting(String id) {
    Map<String, Meeting> byId = derived("meetingsById", () -> {
      Map<String, Meeting> out = new java.util.HashMap<>();
      meetings().forEach(m -> out.put(m.id(), m));
      return out;
    });
    return Optional.ofNullable(byId.get(id));
  }

  Meeting requireMeeting(String id) {
    return meeting(id).orElseThrow(() -> new NotFound("no meeting '" + id + "' in this workspace"));
  }

  /** Statements in no meeting, by date. */
  List<StatementMeta> ungrouped() {
    return derived("ungrouped", () -> {
      java.util.Set<String> grouped = new java.util.HashSet<>();
      meetings().forEach(m -> grouped.addAll(m.statementIds()));
      return metas().values().stream().filter(s -> !grouped.contains(s.id())).toList();
    });
  }

  AnalyzedStatement statement(String id) {
    return pool.with(ws -> ws.get(id)).orElseThrow(() -> new NotFound("no statement '" + id + "' in this workspace"));
  }

  /** The statement with every layer of the engine (stored sentences and mentions are read, not redone). */
  AnalyzedStatement analysed(String id) {
    AnalyzedStatement a = analysed.get(id);
    if (a != null) {
      return a;
    }
    Object lock = computing.computeIfAbsent("statement:" + id, k -> new Object());
    synchronized (lock) {
      a = analysed.get(id);
      if (a == null) {
        AnalyzedStatement stored = statement(id);
        analyses.acquireUninterruptibly();
        try {
          a = rules().complete(stored);
        } finally {
          analyses.release();
        }
        analysed.put(id, a);
      }
      return a;
    }
  }

  /**
   * The engine's configuration with topics by codebook phrase rules only (as the CLI's bulk extraction):
   * a statement's own page shows its layers in milliseconds; embeddings are for comparisons.
   */
  private Readout rules() {
    Readout r = rules;
    if (r == null) {
      synchronized (this) {
        if (rules == null) {
          rules = Readout.builder().config(engine().config().withEmbedder(null)).stages(engine().pipeline().names()).build();
        }
        r = rules;
      }
    }
    return r;
  }

  private final Map<String, String> headlines = new ConcurrentHashMap<>();

  /**
   * The outcome label of a compared meeting (its core brief's headline) from a comparison already in memory
   * only, else "" (the list never computes comparisons).
   */
  String headline(Meeting m) {
    String key = comparisonKey(m);
    String h = headlines.get(key);
    if (h == null) {
      Comparison c = comparisons.get(key);
      if (c == null) {
        return "";
      }
      if (headlines.size() > 4096) {
        headlines.clear();
      }
      h = org.readout.compare.Brief.of(c).headline();
      headlines.put(key, h);
    }
    return h;
  }

  /**
   * The comparison of a meeting's accounts (one per side, chosen as {@code readout compare} does: {@link Accounts};
   * the other statements are set aside with the reason, {@link Comparison#accounts()}): computed once per content (key: {@link #comparisonKey}), then
   * from memory (the 64 most recently used); concurrent first requests wait for one computation.
   */
  Comparison comparison(String meetingId) {
    Meeting m = requireMeeting(meetingId);
    String key = comparisonKey(m);
    Comparison c = comparisons.get(key);
    if (c != null) {
      return c;
    }
    Object lock = computing.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      c = comparisons.get(key);
      if (c == null) {
        // one account per side, as 'readout compare' picks them; the others are set aside with the reason
        Map<String, StatementMeta> known = metas();
        List<StatementMeta> members = new ArrayList<>();
        for (String id : m.statementIds()) {
          StatementMeta meta = known.get(id);
          members.add(meta != null ? meta : statement(id).meta());
        }
        if (members.isEmpty()) {
          throw new ReadoutException("meeting '" + meetingId + "' has no statements");
        }
        Accounts.Selection selection = Accounts.select(members, engine().config().actors(), null);
        List<AnalyzedStatement> docs = new ArrayList<>();
        for (String id : selection.accounts()) {
          docs.add(statement(id));
        }
        c = engine().compare(docs).withAccounts(selection);
        comparisons.put(key, c);
      }
      computing.remove(key);
      return c;
    }
  }

  private final Map<String, Object> views = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > 512;
    }
  });

  /**
   * A rendering of a meeting's comparison (an export, the API's JSON, a chart), made once per comparison
   * content and kind ({@code what}, including any parameters) and kept (the 512 most recently used).
   */
  @SuppressWarnings("unchecked")
  <T> T view(String meetingId, String what, java.util.function.Function<Comparison, T> render) {
    Comparison c = comparison(meetingId);
    String key = comparisonKey(requireMeeting(meetingId)) + "|" + what;
    Object v = views.get(key);
    if (v == null) {
      v = render.apply(c);
      views.put(key, v);
    }
    return (T) v;
  }

  /** Meetings matching the filters (null = any). */
  List<Meeting> meetings(List<String> actors, String side, LocalDate from, LocalDate to) {
    return meetings().stream()
        .filter(m -> from == null || !m.date().isBefore(from))
        .filter(m -> to == null || !m.date().isAfter(to))
        .filter(m -> side == null || m.sides().stream().anyMatch(s -> s.equalsIgnoreCase(side)))
        .filter(m -> actors.stream().allMatch(a -> m.parties().stream().anyMatch(p -> p.equalsIgnoreCase(a))
            || m.participants().stream().anyMatch(p -> p.actor().equalsIgnoreCase(a) || p.name().equalsIgnoreCase(a))))
        .toList();
  }

  // --- commitments ---------------------------------------------------------------------------------

  /** How many statements still wait for commitment extraction. */
  int pendingCommitments() {
    return derived("pending", () -> pool.with(ws -> new CommitmentStore(ws.connection()).pending().size()));
  }

  /**
   * The commitments of a meeting (or all), extracting those of statements not yet extracted first when
   * they are few (a corpus-sized first extraction is the CLI's job: {@code readout commitments list}).
   */
  List<TrackedCommitment> commitments(String meeting, Status status) {
    return derived("commitments|" + meeting + "|" + status, () -> loadCommitments(meeting, status));
  }

  /** The commitments of a meeting (or all) in lanes by status, every status present (computed once per change). */
  Map<Status, List<TrackedCommitment>> commitmentsByStatus(String meeting) {
    return derived("lanes|" + meeting, () -> {
      Map<Status, List<TrackedCommitment>> lanes = new java.util.EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        lanes.put(s, new ArrayList<>());
      }
      commitments(meeting, null).forEach(t -> lanes.get(t.status()).add(t));
      return lanes;
    });
  }

  private List<TrackedCommitment> loadCommitments(String meeting, Status status) {
    return pool.with(ws -> {
      CommitmentTracking tracking = tracking(ws);
      List<String> pending = tracking.store().pending();
      if (!pending.isEmpty() && pending.size() <= SYNC_LIMIT) {
        for (String id : pending) {
          tracking.sync(ws.get(id).orElseThrow());
        }
      }
      return tracking.store().list(new CommitmentStore.Filter(blank(meeting), status, null));
    });
  }

  Optional<TrackedCommitment> commitment(String id) {
    return pool.with(ws -> new CommitmentStore(ws.connection()).get(id));
  }

  /** Records a user's status decision with its evidence and note (as {@code readout commitments set}). */
  TrackedCommitment setStatus(String id, Status status, String evidence, String note, String user) {
    if (evidence == null || evidence.isBlank()) {
      throw new ReadoutException("evidence is required: STATEMENT:SENTENCE, e.g. us-readout:3");
    }
    if (note == null || note.isBlank()) {
      throw new ReadoutException("a note is required: say why the status changes");
    }
    String ev = evidence.strip();
    int colon = ev.lastIndexOf(':');
    if (colon > 0) {
      String statementId = ev.substring(0, colon);
      if (!metas().containsKey(statementId)) {
        throw new ReadoutException("evidence " + ev + ": no statement '" + statementId + "' in this workspace");
      }
    }
    return pool.with(ws -> {
      CommitmentTracking tracking = tracking(ws);
      tracking.store().get(id).orElseThrow(() -> new NotFound("no commitment '" + id + "'"));
      TrackedCommitment t = tracking.set(id, status, ev, note.strip(), user, LocalDate.now());
      wrote();
      return t;
    });
  }

  /**
   * Undoes the last status change: the status before it is set again, with the undone entry's evidence
   * and a note saying so; the history keeps both entries.
   */
  TrackedCommitment undo(String id, String user) {
    TrackedCommitment t = commitment(id).orElseThrow(() -> new NotFound("no commitment '" + id + "'"));
    var history = t.history();
    if (history.isEmpty()) {
      throw new ReadoutException("commitment " + id + " has no status change to undo");
    }
    boolean rejection = pool.with(ws -> new SuggestionReview(ws.connection()).rejectionAt(id, history.size() - 1).isPresent());
    if (rejection) {
      TrackedCommitment back = pool.with(ws -> new SuggestionReview(ws.connection()).unreject(id, user, LocalDate.now()));
      wrote();
      return back;
    }
    var last = history.get(history.size() - 1);
    Status before = history.size() >= 2 ? history.get(history.size() - 2).status() : Status.OPEN;
    String evidence = last.evidenceStatement().isEmpty() ? null : last.evidenceStatement() + ":" + last.evidenceSentence();
    TrackedCommitment undone = pool.with(ws -> tracking(ws).set(id, before, evidence,
        "undo of '" + last.status().id() + "' (" + last.note() + ")", user, LocalDate.now()));
    wrote();
    return undone;
  }

  /** The rejected tracking suggestions (history positions) by commitment id. */
  Map<String, java.util.Set<Integer>> rejectedSuggestions() {
    return derived("rejected", () -> pool.with(ws -> new SuggestionReview(ws.connection()).rejected()));
  }

  /** Rejects a tracking suggestion (kept in the history, off the board, undoable). */
  TrackedCommitment reject(String id, int seq, String note, String user) {
    commitment(id).orElseThrow(() -> new NotFound("no commitment '" + id + "'"));
    TrackedCommitment t = pool.with(ws -> new SuggestionReview(ws.connection()).reject(id, seq, note, user, LocalDate.now()));
    wrote();
    return t;
  }

  private CommitmentTracking tracking(org.readout.store.Workspace ws) {
    return new CommitmentTracking(new CommitmentStore(ws.connection()),
        doc -> engine().complete(doc).require(Layers.COMMITMENTS), engine().config().tracker(false));
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String names(List<Meeting.Participant> ps) {
    return ps.stream().map(Meeting.Participant::name).collect(Collectors.joining(", "));
  }

  /** A missing meeting, statement or commitment: a 404 page. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}

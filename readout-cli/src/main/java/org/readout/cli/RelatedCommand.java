package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.ReadoutException;
import org.readout.commitments.Commitment;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.report.compare.FurtherReading;
import org.readout.meetings.Meeting;
import org.readout.meetings.Membership;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import org.readout.store.search.SearchHit;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.WorkspaceMetadata;
import org.readout.topics.Codebook;
import org.readout.topics.PhraseCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout related PATH|MEETING-ID}: further reading for a meeting, ranked, each item with its
 * reasons and evidence: the earlier (and later) meetings of the same participants; later statements
 * that take up the meeting's commitments; earlier and later statements on the same parties and topics
 * with similar wording. JSON shape: {@code docs/schema/related.schema.json}.
 *
 * <p>Scores (0–1, higher first): a meeting of the same participants scores 1 decayed by distance in
 * time ({@code 1 / (1 + days / 365)}); a statement scores its text similarity to the meeting
 * (BM25 more-like-this, normalised to the best) times 0.6, plus 0.3 when it takes up a commitment,
 * plus 0.1 × the share of the meeting's topics it shares, decayed by {@code 1 / (1 + days / 120)}.
 */
@Command(name = "related", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Further reading for a meeting: earlier meetings of the same participants, follow-ups that take up",
        "its commitments, and earlier and later statements on the same parties and topics, ranked with reasons."})
final class RelatedCommand implements Callable<Integer> {
  enum Format { json, md }

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "PATH|MEETING-ID", description = "A meeting folder or statement file, or a meeting id.")
  String target;

  @Option(names = "--format", description = "json or md (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(names = "--limit", paramLabel = "N", description = "Items to list (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--days", paramLabel = "N", description = "How far before and after the meeting statements are read "
      + "(default: ${DEFAULT-VALUE}).")
  int days = 90;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  /** One related item and why. */
  record Reason(String kind, String text, Evidence evidence) {
  }

  static final class Item {
    final String type;
    final String id;
    String relation;
    LocalDate date;
    String title = "";
    String side = "";
    double score;
    final List<Reason> reasons = new ArrayList<>();

    Item(String type, String id) {
      this.type = type;
      this.id = id;
    }
  }

  /** The meeting found and its related items, best first. */
  record Found(Meeting meeting, List<Item> items) {
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || days < 1) {
      throw new ReadoutException("--limit and --days: must be at least 1");
    }
    Found f = find();
    Output.write(out, format == Format.json ? json(f.meeting(), f.items()) : markdown(f.meeting(), f.items()));
    return 0;
  }

  /** The meeting of {@code target} in the workspace and its related items, ranked, at most {@code limit}. */
  Found find() throws IOException {
    Readout readout = common.readout();
    try (Workspace ws = MeetingSupport.openExisting(common);
         SearchIndex index = SearchIndex.open(SearchIndex.pathFor(common.dbPath()))) {
      List<Meeting> meetings = MeetingSupport.meetings(common, ws);
      Meeting meeting = resolve(ws, readout, meetings);
      List<AnalyzedStatement> own = new ArrayList<>();
      for (Membership m : meeting.members()) {
        ws.get(m.statement()).ifPresent(own::add);
      }
      Map<String, Item> items = new LinkedHashMap<>();
      meetings(meeting, meetings, items);
      statements(meeting, own, index, ws, items);
      commitments(meeting, own, index, ws, items);
      List<Item> ranked = new ArrayList<>(items.values());
      ranked.sort(Comparator.comparingDouble((Item i) -> -i.score).thenComparing(i -> i.id));
      if (ranked.size() > limit) {
        ranked = ranked.subList(0, limit);
      }
      return new Found(meeting, ranked);
    }
  }

  /**
   * The brief's "Further reading" for the statements at {@code path} when {@code common} names a workspace
   * ({@code --db}) holding them with a search index; {@link FurtherReading#NONE} otherwise (a note on
   * stderr says why, unless no workspace was named).
   */
  static FurtherReading furtherReading(CommonOptions common, Path path, int limit) {
    if (common.db == null) {
      return FurtherReading.NONE;
    }
    RelatedCommand r = new RelatedCommand();
    r.common = common;
    r.target = path.toString();
    r.limit = limit;
    try {
      Found f = r.find();
      List<FurtherReading.Item> items = new ArrayList<>();
      for (Item it : f.items()) {
        String reason = it.reasons.isEmpty() ? "" : it.reasons.get(0).text();
        items.add(new FurtherReading.Item(it.id, it.title, it.date, it.side, it.relation, reason));
      }
      return new FurtherReading(f.meeting().id(), items);
    } catch (ReadoutException | IOException e) {
      System.err.println("readout: no further reading: " + e.getMessage());
      return FurtherReading.NONE;
    }
  }

  /** The meeting named by id, or the workspace meeting holding the statements at PATH. */
  private Meeting resolve(Workspace ws, Readout readout, List<Meeting> meetings) {
    for (Meeting m : meetings) {
      if (m.id().equals(target)) {
        return m;
      }
    }
    Path p = Path.of(target);
    if (!Files.exists(p)) {
      throw new ReadoutException(target + ": neither a meeting id nor a file or folder (list meetings with 'readout meetings')");
    }
    List<Statement> given = Ingest.read(p, IngestOptions.defaults());
    Map<String, Integer> votes = new HashMap<>();
    Map<String, String> meetingOf = new HashMap<>();
    for (Meeting m : meetings) {
      for (Membership x : m.members()) {
        if (x.primary()) {
          meetingOf.put(x.statement(), m.id());
        }
      }
    }
    Map<String, String> idByHash = new HashMap<>();
    ws.forEachStatement(org.readout.store.StatementFilter.ALL, s -> {
      idByHash.putIfAbsent("sha:" + s.sha256(), s.id());
      if (!s.meta().url().isEmpty()) {
        idByHash.putIfAbsent("url:" + s.meta().url(), s.id());
      }
    });
    for (Statement s : given) {
      String id = idByHash.getOrDefault("sha:" + s.sha256(), idByHash.get("url:" + s.meta().url()));
      if (id != null && meetingOf.containsKey(id)) {
        votes.merge(meetingOf.get(id), 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(votes).entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey(); // most statements; the earliest id on a tie
      }
    }
    if (best == null) {
      throw new ReadoutException(target + ": its statements are not in a meeting of the workspace; ingest them first "
          + "('readout ingest " + target + "')");
    }
    String chosen = best;
    return meetings.stream().filter(m -> m.id().equals(chosen)).findFirst().orElseThrow();
  }

  private static Set<String> people(Meeting m) {
    Set<String> out = new LinkedHashSet<>();
    m.participants().forEach(p -> out.add(p.actor()));
    return out;
  }

  /** Earlier and later meetings of the same participants. */
  private void meetings(Meeting meeting, List<Meeting> all, Map<String, Item> items) {
    Set<String> who = people(meeting);
    for (Meeting m : all) {
      if (m.id().equals(meeting.id()) || !people(m).equals(who)) {
        continue;
      }
      long d = ChronoUnit.DAYS.between(meeting.date(), m.date());
      if (d > days * 2L) {
        continue; // later meetings far ahead are another story
      }
      Item it = new Item("meeting", m.id());
      it.relation = d < 0 ? "earlier-meeting" : "later-meeting";
      it.date = m.date();
      it.title = m.title();
      it.side = String.join(",", m.sides());
      it.score = 1.0 / (1 + Math.abs(d) / 365.0);
      Membership main = m.members().get(0);
      for (Membership x : m.members()) {
        if (x.primary() && (x.role().equals("readout") || x.role().equals("joint-statement"))) {
          main = x;
          break;
        }
      }
      it.reasons.add(new Reason("same-participants", (d < 0 ? "earlier " : "later ") + m.mode() + " of "
          + MeetingSupport.participantNames(m) + " on " + m.date() + " (" + m.members().size() + " statements, "
          + Math.abs(d) + " days " + (d < 0 ? "before" : "after") + ")", main.evidence()));
      items.put(it.id, it);
    }
  }

  /**
   * Sentences in which one side names the other: a Kremlin sentence naming the United States or Biden,
   * a White House sentence naming Russia or Putin (a side naming itself says nothing of the meeting).
   */
  private Query foreignFilter(Meeting meeting) {
    Map<String, String> sideOf = new HashMap<>();
    for (String side : org.readout.model.Sides.known()) {
      org.readout.model.Sides.actorOf(side).ifPresent(a -> sideOf.putIfAbsent(a, side));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Meeting.Participant own : meeting.participants()) {
      BooleanQuery.Builder others = new BooleanQuery.Builder();
      for (Meeting.Participant p : meeting.participants()) {
        if (!p.party().equals(own.party())) {
          others.add(new TermQuery(new Term("actor", p.actor())), BooleanClause.Occur.SHOULD);
          others.add(new TermQuery(new Term("actor", p.party())), BooleanClause.Occur.SHOULD);
        }
      }
      BooleanQuery.Builder clause = new BooleanQuery.Builder().add(others.build(), BooleanClause.Occur.MUST);
      String side = sideOf.get(own.party());
      if (side != null) {
        clause.add(new TermQuery(new Term("side", side)), BooleanClause.Occur.FILTER);
      }
      b.add(clause.build(), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private Query window(LocalDate from, LocalDate to) {
    return LongPoint.newRangeQuery("date", from.toEpochDay(), to.toEpochDay());
  }

  private Query excludeMembers(Query q, Meeting meeting) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
    for (Membership x : meeting.members()) {
      b.add(new TermQuery(new Term("sid", x.statement())), BooleanClause.Occur.MUST_NOT);
    }
    return b.build();
  }

  /** Earlier and later statements similar in wording, on the meeting's parties, sharing topics. */
  private void statements(Meeting meeting, List<AnalyzedStatement> own, SearchIndex index, Workspace ws,
                          Map<String, Item> items) throws IOException {
    StringBuilder text = new StringBuilder();
    PhraseCoder coder = new PhraseCoder(common.codebook());
    Map<String, Integer> topicCount = new HashMap<>();
    for (AnalyzedStatement a : own) {
      Membership role = meeting.member(a.id()).orElseThrow();
      if (!role.primary() || !(role.role().equals("readout") || role.role().equals("joint-statement"))) {
        continue; // the readouts say what the meeting was about; briefings wander
      }
      for (Sentence s : a.sentences()) {
        text.append(s.text()).append('\n');
        coder.topics(s).forEach(t -> topicCount.merge(t, 1, Integer::sum));
      }
    }
    if (text.length() == 0) {
      own.forEach(a -> text.append(a.text()).append('\n'));
    }
    Set<String> topics = new LinkedHashSet<>();
    topicCount.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
        .forEach(e -> topics.add(e.getKey()));
    MoreLikeThis mlt = new MoreLikeThis(index.reader());
    mlt.setAnalyzer(SearchIndex.analyzer());
    mlt.setFieldNames(new String[] {"text"});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(3);
    mlt.setMaxQueryTerms(25);
    Query like = mlt.like("text", new StringReader(text.toString()));
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
        .add(foreignFilter(meeting), BooleanClause.Occur.FILTER)
        .add(window(meeting.date().minusDays(days), meeting.date().plusDays(days)), BooleanClause.Occur.FILTER);
    List<SearchHit> hits = index.search(like, excludeMembers(q.build(), meeting), 40, new WorkspaceMetadata(ws));
    double best = hits.isEmpty() ? 1 : hits.get(0).score();
    for (SearchHit h : hits) {
      Item it = items.computeIfAbsent(h.statement(), k -> new Item("statement", k));
      fill(it, h, meeting);
      long d = Math.abs(ChronoUnit.DAYS.between(meeting.date(), h.date()));
      Set<String> shared = sharedTopics(h, coder, topics);
      double sim = h.score() / best;
      double score = (0.6 * sim + 0.1 * (topics.isEmpty() ? 0 : (double) shared.size() / topics.size())) / (1 + d / 120.0);
      it.score = Math.max(it.score, score) + (it.score > 0 ? 0.05 : 0);
      SearchHit.SentenceHit s = h.sentences().get(0);
      it.reasons.add(new Reason("similar-text", String.format(Locale.ROOT, "similar wording to the meeting's readouts "
              + "(%.0f%% of the best match)%s; %d days %s", sim * 100,
          shared.isEmpty() ? "" : ", shares topics " + String.join(", ", shared), d,
          h.date().isBefore(meeting.date()) ? "before" : "after"),
          new Evidence(h.statement(), s.index(), s.start(), s.end(), "related:more-like-this")));
    }
  }

  private static Set<String> sharedTopics(SearchHit h, PhraseCoder coder, Set<String> topics) {
    Set<String> out = new LinkedHashSet<>();
    for (SearchHit.SentenceHit s : h.sentences()) {
      for (String t : coder.topics(s.text())) {
        if (topics.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Later statements that take up the meeting's agreements, pledges and proposals. */
  private void commitments(Meeting meeting, List<AnalyzedStatement> own, SearchIndex index, Workspace ws,
                           Map<String, Item> items) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(index.reader());
    mlt.setAnalyzer(SearchIndex.analyzer());
    mlt.setFieldNames(new String[] {"text"});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(3);
    mlt.setMaxQueryTerms(12);
    Set<String> seenCommitments = new java.util.HashSet<>();
    // topics by phrase rules only: only the commitments' kinds and text matter here
    Readout extraction = common.readout(CommitmentsCommand.STAGES, false, st -> st);
    for (AnalyzedStatement a : own) {
      Membership role = meeting.member(a.id()).orElseThrow();
      if (!role.primary() || !role.role().equals("readout")) {
        continue;
      }
      if (role.evidence().rule().equals("meetings:copy")) {
        continue; // a copy of a text already read
      }
      for (Commitment c : extraction.complete(a).require(Layers.COMMITMENTS)) {
        String kind = c.kind().name().toLowerCase(Locale.ROOT);
        if (c.negated() || !(kind.equals("agreement") || kind.equals("pledge") || kind.equals("proposal"))
            || !seenCommitments.add(c.text())) {
          continue;
        }
        Query like = mlt.like("text", new StringReader(c.text()));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
            .add(foreignFilter(meeting), BooleanClause.Occur.FILTER)
            .add(window(meeting.date().plusDays(1), meeting.date().plusDays(days)), BooleanClause.Occur.FILTER);
        List<SearchHit> hits = index.search(like, excludeMembers(q.build(), meeting), 3, new WorkspaceMetadata(ws));
        for (SearchHit h : hits) {
          SearchHit.SentenceHit s = h.sentences().get(0);
          if (s.highlights().size() < 3) {
            continue; // one or two shared words do not take up a commitment
          }
          Item it = items.computeIfAbsent(h.statement(), k -> new Item("statement", k));
          fill(it, h, meeting);
          it.relation = "follow-up";
          long d = ChronoUnit.DAYS.between(meeting.date(), h.date());
          it.score = Math.max(it.score, 0.3 + 0.5 / (1 + d / 60.0));
          it.reasons.add(new Reason("commitment", "takes up the " + kind + " '" + clip(c.text()) + "' (" + c.statement()
              + " sentence " + c.sentence() + "), " + d + " days later: '" + clip(s.text()) + "'",
              new Evidence(h.statement(), s.index(), s.start(), s.end(), "related:commitment")));
        }
      }
    }
  }

  private static void fill(Item it, SearchHit h, Meeting meeting) {
    it.date = h.date();
    it.title = h.title();
    it.side = h.side();
    if (it.relation == null) {
      it.relation = h.date() != null && h.date().isBefore(meeting.date()) ? "earlier-statement" : "later-statement";
    }
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 160 ? t.substring(0, 157) + "…" : t;
  }

  static String json(Meeting m, List<Item> items) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "readout-related/1");
    ObjectNode mo = root.putObject("meeting");
    mo.put("id", m.id());
    mo.put("date", m.date().toString());
    mo.put("mode", m.mode());
    mo.put("title", m.title());
    ArrayNode ps = mo.putArray("participants");
    m.participants().forEach(p -> ps.addObject().put("actor", p.actor()).put("name", p.name()).put("party", p.party()));
    ArrayNode st = mo.putArray("statements");
    m.members().forEach(x -> st.add(x.statement()));
    ArrayNode arr = root.putArray("items");
    int rank = 1;
    for (Item it : items) {
      ObjectNode o = arr.addObject();
      o.put("rank", rank++);
      o.put("type", it.type);
      o.put("id", it.id);
      o.put("relation", it.relation);
      o.put("date", it.date == null ? null : it.date.toString());
      o.put("side", it.side);
      o.put("title", it.title);
      o.put("score", Math.round(it.score * 1000) / 1000.0);
      ArrayNode rs = o.putArray("reasons");
      for (Reason r : it.reasons) {
        ObjectNode n = rs.addObject();
        n.put("kind", r.kind());
        n.put("text", r.text());
        ObjectNode e = n.putObject("evidence");
        e.put("statement", r.evidence().statement());
        e.put("sentence", r.evidence().sentence());
        e.put("start", r.evidence().start());
        e.put("end", r.evidence().end());
        e.put("rule", r.evidence().rule());
      }
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  static String markdown(Meeting m, List<Item> items) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Further reading: ").append(md(m.title())).append(" (").append(m.date()).append(")\n\n");
    sb.append("Meeting `").append(m.id()).append("`: ").append(m.mode()).append(" of ").append(md(MeetingSupport.participantNames(m)))
        .append(", ").append(m.members().size()).append(" statements.\n\n");
    int rank = 1;
    for (Item it : items) {
      sb.append(rank++).append(". **").append(md(it.title)).append("** — ").append(it.relation).append(", ")
          .append(it.date).append(it.side.isEmpty() ? "" : ", " + it.side).append(" (`").append(it.id).append("`, score ")
          .append(String.format(Locale.ROOT, "%.2f", it.score)).append(")\n");
      for (Reason r : it.reasons) {
        sb.append("   - ").append(r.kind()).append(": ").append(md(r.text())).append('\n');
      }
    }
    return sb.toString();
  }

  /** Markdown inline escaping of text taken from statements. */
  static String md(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
  }
}

package org.readout.store.related;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.commitments.Commitment;
import org.readout.meetings.Meeting;
import org.readout.meetings.Membership;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.store.Workspace;
import org.readout.store.search.SearchHit;
import org.readout.store.search.SearchIndex;
import org.readout.store.search.WorkspaceMetadata;
import org.readout.topics.Codebook;
import org.readout.topics.PhraseCoder;

/**
 * Further reading for a meeting, ranked, each item with its reasons and evidence: the earlier (and later)
 * meetings of the same participants; later statements that take up the meeting's commitments; earlier and
 * later statements on the same parties and topics with similar wording. The service behind
 * {@code readout related} and the web meeting view; reads the workspace and its search index only.
 *
 * <p>Scores (0–1, higher first): a meeting of the same participants scores 1 decayed by distance in
 * time ({@code 1 / (1 + days / 365)}); a statement scores its text similarity to the meeting
 * (BM25 more-like-this, normalised to the best) times 0.6, plus 0.3 when it takes up a commitment,
 * plus 0.1 × the share of the meeting's topics it shares, decayed by {@code 1 / (1 + days / 120)}.
 *
 * <pre>{@code
 * List<Related.Item> items = new Related(workspace, index, codebook, extraction).find(meeting, allMeetings, Related.Options.defaults());
 * }</pre>
 * Not thread-safe (the workspace is one connection); the index may be shared.
 */
public final class Related {
  /** How many items and how far around the meeting statements are read (days before and after). */
  public record Options(int limit, int days) {
    public Options {
      if (limit < 1 || days < 1) {
        throw new IllegalArgumentException("limit and days must be at least 1");
      }
    }

    public static Options defaults() {
      return new Options(20, 90);
    }
  }

  /** One reason an item is related, with the sentence it rests on. */
  public record Reason(String kind, String text, Evidence evidence) {
  }

  /**
   * A related meeting ({@code type} "meeting") or statement ({@code type} "statement"); {@code relation}:
   * earlier-meeting, later-meeting, earlier-statement, later-statement or follow-up.
   */
  public record Item(String type, String id, String relation, LocalDate date, String title, String side, double score,
                     List<Reason> reasons) {
  }

  private static final class Builder {
    final String type;
    final String id;
    String relation;
    LocalDate date;
    String title = "";
    String side = "";
    double score;
    final List<Reason> reasons = new ArrayList<>();

    Builder(String type, String id) {
      this.type = type;
      this.id = id;
    }

    Item build() {
      return new Item(type, id, relation, date, title, side, score, List.copyOf(reasons));
    }
  }

  private final Workspace workspace;
  private final SearchIndex index;
  private final Codebook codebook;
  private final Readout extraction;

  /**
   * @param codebook   topics by phrase rules (shared topics)
   * @param extraction an engine providing the commitments layer (topics by phrase rules are enough)
   */
  public Related(Workspace workspace, SearchIndex index, Codebook codebook, Readout extraction) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.index = Objects.requireNonNull(index, "index");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.extraction = Objects.requireNonNull(extraction, "extraction");
  }

  /** The ranked further reading for {@code meeting} among {@code meetings} (the workspace's grouping). */
  public List<Item> find(Meeting meeting, List<Meeting> meetings, Options options) {
    List<AnalyzedStatement> own = new ArrayList<>();
    for (Membership m : meeting.members()) {
      workspace.get(m.statement()).ifPresent(own::add);
    }
    Map<String, Builder> items = new LinkedHashMap<>();
    try {
      meetings(meeting, meetings, items, options.days());
      statements(meeting, own, items, options.days());
      commitments(meeting, own, items, options.days());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Item> ranked = new ArrayList<>(items.values().stream().map(Builder::build).toList());
    ranked.sort(Comparator.comparingDouble((Item i) -> -i.score()).thenComparing(Item::id));
    return ranked.size() > options.limit() ? List.copyOf(ranked.subList(0, options.limit())) : List.copyOf(ranked);
  }

  /** Participants' names joined as the meetings list shows them ("Joseph R. Biden – Vladimir Putin"). */
  public static String participantNames(Meeting m) {
    return m.participants().stream().map(Meeting.Participant::name).collect(Collectors.joining(" – "));
  }

  private static Set<String> people(Meeting m) {
    Set<String> out = new LinkedHashSet<>();
    m.participants().forEach(p -> out.add(p.actor()));
    return out;
  }

  /** Earlier and later meetings of the same participants. */
  private static void meetings(Meeting meeting, List<Meeting> all, Map<String, Builder> items, int days) {
    Set<String> who = people(meeting);
    for (Meeting m : all) {
      if (m.id().equals(meeting.id()) || !people(m).equals(who)) {
        continue;
      }
      long d = ChronoUnit.DAYS.between(meeting.date(), m.date());
      if (d > days * 2L) {
        continue; // later meetings far ahead are another story
      }
      Builder it = new Builder("meeting", m.id());
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
          + participantNames(m) + " on " + m.date() + " (" + m.members().size() + " statements, "
          + Math.abs(d) + " days " + (d < 0 ? "before" : "after") + ")", main.evidence()));
      items.put(it.id, it);
    }
  }

  /**
   * Sentences in which one side names the other: a Kremlin sentence naming the United States or Biden,
   * a White House sentence naming Russia or Putin (a side naming itself says nothing of the meeting).
   */
  private static Query foreignFilter(Meeting meeting) {
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

  private static Query window(LocalDate from, LocalDate to) {
    return LongPoint.newRangeQuery("date", from.toEpochDay(), to.toEpochDay());
  }

  private static Query excludeMembers(Query q, Meeting meeting) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
    for (Membership x : meeting.members()) {
      b.add(new TermQuery(new Term("sid", x.statement())), BooleanClause.Occur.MUST_NOT);
    }
    return b.build();
  }

  private MoreLikeThis mlt(int maxTerms) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(index.reader());
    mlt.setAnalyzer(SearchIndex.analyzer());
    mlt.setFieldNames(new String[] {"text"});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(3);
    mlt.setMaxQueryTerms(maxTerms);
    return mlt;
  }

  /** Earlier and later statements similar in wording, on the meeting's parties, sharing topics. */
  private void statements(Meeting meeting, List<AnalyzedStatement> own, Map<String, Builder> items, int days)
      throws IOException {
    StringBuilder text = new StringBuilder();
    PhraseCoder coder = new PhraseCoder(codebook);
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
    Query like = mlt(25).like("text", new StringReader(text.toString()));
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
        .add(foreignFilter(meeting), BooleanClause.Occur.FILTER)
        .add(window(meeting.date().minusDays(days), meeting.date().plusDays(days)), BooleanClause.Occur.FILTER);
    List<SearchHit> hits = index.search(like, excludeMembers(q.build(), meeting), 40, new WorkspaceMetadata(workspace));
    double best = hits.isEmpty() ? 1 : hits.get(0).score();
    for (SearchHit h : hits) {
      Builder it = items.computeIfAbsent(h.statement(), k -> new Builder("statement", k));
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
  private void commitments(Meeting meeting, List<AnalyzedStatement> own, Map<String, Builder> items, int days)
      throws IOException {
    MoreLikeThis mlt = mlt(12);
    Set<String> seenCommitments = new java.util.HashSet<>();
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
        List<SearchHit> hits = index.search(like, excludeMembers(q.build(), meeting), 3, new WorkspaceMetadata(workspace));
        for (SearchHit h : hits) {
          SearchHit.SentenceHit s = h.sentences().get(0);
          if (s.highlights().size() < 3) {
            continue; // one or two shared words do not take up a commitment
          }
          Builder it = items.computeIfAbsent(h.statement(), k -> new Builder("statement", k));
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

  private static void fill(Builder it, SearchHit h, Meeting meeting) {
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
}

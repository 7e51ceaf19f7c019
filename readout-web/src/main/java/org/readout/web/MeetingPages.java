package org.readout.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.readout.ReadoutException;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.SpeakerShare;
import org.readout.compare.TopicCoverage;
import org.readout.meetings.Meeting;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.report.compare.CompareFormat;
import org.readout.time.TemporalExpression;
import org.readout.time.TimelineEvent;
import org.readout.topics.CodedStatement;
import org.readout.topics.Topic;
import org.readout.topics.TopicHit;

/** Meetings list, meeting view (brief, heatmap, side by side), evidence, timeline, statement view, exports. */
final class MeetingPages {
  private final WebData data;
  private final Templates templates;

  MeetingPages(WebData data, Templates templates) {
    this.data = data;
    this.templates = templates;
  }

  void routes(RoutesConfig r, PageCache cache) {
    r.get("/meetings", cache.wrap(this::list));
    r.get("/meetings/export", cache.wrap(this::exportList));
    r.get("/meeting", cache.wrap(this::meeting));
    r.get("/meeting/evidence", cache.wrap(this::evidence));
    r.get("/meeting/timeline", cache.wrap(this::timeline));
    r.get("/meeting/export", cache.wrap(this::export));
    r.get("/statement", cache.wrap(this::statement));
    ViewExports.routes(r, data, cache);
  }

  /** Rows per page of the meetings list and of the statements in no meeting. */
  static final int PAGE = 100;

  private record Filters(String actor, String side, LocalDate from, LocalDate to) {
    static Filters of(Context ctx) {
      return new Filters(WebData.blank(ctx.queryParam("actor")), WebData.blank(ctx.queryParam("side")),
          day("from", ctx.queryParam("from")), day("to", ctx.queryParam("to")));
    }

    List<Meeting> apply(WebData data) {
      return data.meetings(actor == null ? List.of() : List.of(actor), side, from, to);
    }

    /** The filters as a query string (for page and export links), "" when none. */
    String query() {
      StringBuilder q = new StringBuilder();
      add(q, "actor", actor);
      add(q, "side", side);
      add(q, "from", from == null ? null : from.toString());
      add(q, "to", to == null ? null : to.toString());
      return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
      if (value != null) {
        q.append('&').append(name).append('=').append(Charts.url(value));
      }
    }
  }

  private void list(Context ctx) {
    Filters f = Filters.of(ctx);
    List<Meeting> selected = f.apply(data);
    int pages = Math.max(1, (selected.size() + PAGE - 1) / PAGE);
    int page = Math.min(page(ctx, "page"), pages);
    List<View.MeetingRow> rows = new ArrayList<>();
    for (Meeting m : selected.subList((page - 1) * PAGE, Math.min(selected.size(), page * PAGE))) {
      rows.add(new View.MeetingRow(m, WebData.names(m.participants()), String.join(", ", new TreeSet<>(m.sides())),
          m.members().size(), outcome(m), data.headline(m)));
    }
    List<StatementMeta> ungrouped = data.ungrouped();
    int upages = Math.max(1, (ungrouped.size() + PAGE - 1) / PAGE);
    int upage = Math.min(page(ctx, "upage"), upages);
    templates.page(ctx, "meetings.jte", "Meetings", "meetings", new View.Meetings(rows, selected.size(),
        new View.Paging(page, pages, "/meetings?page={page}" + f.query() + (upage > 1 ? "&upage=" + upage : "")),
        ungrouped.subList((upage - 1) * PAGE, Math.min(ungrouped.size(), upage * PAGE)), ungrouped.size(),
        new View.Paging(upage, upages, "/meetings?upage={page}" + f.query() + (page > 1 ? "&page=" + page : "")
            + "#ungrouped"),
        nz(f.actor()), nz(f.side()), f.from() == null ? "" : f.from().toString(), f.to() == null ? "" : f.to().toString(),
        data.meetings().size(), "/meetings/export?" + (f.query().isEmpty() ? "" : f.query().substring(1) + "&") + "format="));
  }

  /** The meetings list with the page's filters, as JSON, CSV or Markdown. */
  private void exportList(Context ctx) {
    Filters f = Filters.of(ctx);
    MeetingListExport.Format format = MeetingListExport.Format.parse(
        ctx.queryParamAsClass("format", String.class).getOrDefault("json"));
    String body = data.derived("export:meetings|" + format + f.query(), () -> {
      List<Meeting> selected = f.apply(data);
      return switch (format) {
        case JSON -> Api.meetings(selected, data.metas());
        case CSV -> MeetingListExport.csv(selected, data.metas());
        case MD -> MeetingListExport.markdown(selected, data.metas(), f.query().isEmpty() ? "" : f.query().substring(1)
            .replace('&', ' '));
      };
    });
    ctx.contentType(format.contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + MeetingListExport.filename(format) + "\"");
    ctx.result(body);
  }

  /** A 1-based page number parameter (1 when absent). */
  static int page(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return 1;
    }
    try {
      int p = Integer.parseInt(v.strip());
      if (p < 1) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException e) {
      throw new ReadoutException(name + ": '" + v + "' is not a page number (1, 2, …)");
    }
  }

  /** The meeting's outcome as far as it is known without comparing: its member statements' kinds. */
  private static String outcome(Meeting m) {
    return m.members().stream().map(x -> x.role()).distinct().collect(Collectors.joining(", "));
  }

  /** The meeting page (rendered once per workspace state by the {@link PageCache}; it holds no per-user data). */
  private void meeting(Context ctx) {
    String id = required(ctx, "id");
    Comparison c = data.comparison(id);
    WebData.FurtherReading related = data.related(id);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(meetingHtml(ctx, id, c, related));
  }

  private String meetingHtml(Context ctx, String id, Comparison c, WebData.FurtherReading related) {
    Meeting m = data.requireMeeting(id);
    Map<String, Integer> columnOf = new HashMap<>();
    for (int i = 0; i < c.statements().size(); i++) {
      columnOf.put(c.statements().get(i).statement().id(), i);
    }
    Map<String, List<View.Pair>> pairs = pairs(c, columnOf);
    Map<String, Integer> topicIndex = new HashMap<>();
    List<Topic> topics = c.codebook().topics();
    for (int i = 0; i < topics.size(); i++) {
      topicIndex.put(topics.get(i).id(), i);
    }
    Map<String, String> labels = topics.stream().collect(Collectors.toMap(Topic::id, Topic::label, (a, b) -> a));
    List<View.Column> columns = new ArrayList<>();
    List<String> columnLabels = new ArrayList<>();
    for (int col = 0; col < c.statements().size(); col++) {
      CodedStatement cs = c.statements().get(col);
      AnalyzedStatement doc = cs.statement();
      List<View.SentenceView> sentences = sentences(doc, cs.hits(), col, pairs, topicIndex, labels);
      List<View.Speaker> speakers = c.speakers().getOrDefault(doc.id(), List.of()).stream()
          .map(s -> new View.Speaker(s.speaker(), s.attributions(), s.words(), percent(s.share()))).toList();
      columns.add(new View.Column(doc.meta(), "/statement?id=" + Charts.url(doc.id()), sentences, speakers));
      columnLabels.add(label(doc.meta()));
    }
    for (int i = 0; i < columnLabels.size(); i++) {
      if (java.util.Collections.frequency(columnLabels, columnLabels.get(i)) > 1) {
        String sid = c.statements().get(i).statement().id();
        columnLabels.set(i, Charts.shorten(sid.substring(sid.lastIndexOf('/') + 1), 24));
      }
    }
    Map<String, StatementMeta> metas = data.metas();
    List<View.SetAside> setAside = c.accounts().setAside().stream().map(a -> {
      StatementMeta meta = metas.get(a.id());
      String title = meta == null || meta.title().isEmpty() ? a.id() : meta.title();
      return new View.SetAside("/statement?id=" + Charts.url(a.id()), title, a.side(), a.kind(), a.reason());
    }).toList();
    View.MeetingPage view = new View.MeetingPage(m, WebData.names(m.participants()), Brief.of(c, columnOf),
        Charts.heatmap(c, id, columnLabels), columns, setAside, "/meeting/export?id=" + Charts.url(id), commitmentsHref(c),
        related.items().stream().map(MeetingPages::related).toList(), related.note());
    return templates.render("meeting.jte", Map.of("page", templates.page(ctx, m.title(), "meetings"), "view", view));
  }

  /** A further-reading item as the meeting page lists it: linked, with its reasons and their evidence. */
  static View.RelatedItem related(org.readout.store.related.Related.Item it) {
    String href = it.type().equals("meeting") ? "/meeting?id=" + Charts.url(it.id()) : "/statement?id=" + Charts.url(it.id());
    List<View.Link> reasons = it.reasons().stream().map(r -> new View.Link("/statement?id=" + Charts.url(r.evidence().statement())
        + "#" + Brief.anchor(0, r.evidence().sentence()), r.kind() + ": " + r.text())).toList();
    return new View.RelatedItem(href, it.title().isEmpty() ? it.id() : it.title(), it.relation(),
        it.date() == null ? "" : it.date().toString(), it.side(), String.format(Locale.ROOT, "%.2f", it.score()), reasons);
  }

  /** The board filtered to the meeting's statements (commitments are kept by the statements' meeting slug). */
  private static String commitmentsHref(Comparison c) {
    return c.statements().stream().map(s -> s.statement().meta().meeting()).filter(s -> !s.isEmpty()).findFirst()
        .map(slug -> "/commitments?meeting=" + Charts.url(slug)).orElse("/commitments");
  }

  static String label(StatementMeta meta) {
    String kind = meta.kind().isEmpty() ? meta.id().substring(meta.id().lastIndexOf('/') + 1) : meta.kind();
    return (meta.side().isEmpty() ? "" : meta.side() + " ") + kind;
  }

  private static Map<String, List<View.Pair>> pairs(Comparison c, Map<String, Integer> columnOf) {
    Map<String, List<View.Pair>> out = new HashMap<>();
    for (Brief.PairLink p : Brief.pairs(c)) {
      link(out, p.aStatement(), p.aSentence(), p.bStatement(), p.bSentence(), p.type(), columnOf);
      link(out, p.bStatement(), p.bSentence(), p.aStatement(), p.aSentence(), p.type(), columnOf);
    }
    return out;
  }

  private static void link(Map<String, List<View.Pair>> out, String from, int fromSentence, String to, int toSentence,
                           String type, Map<String, Integer> columnOf) {
    Integer col = columnOf.get(to);
    if (col == null) {
      return;
    }
    out.computeIfAbsent(from + "#" + fromSentence, k -> new ArrayList<>())
        .add(new View.Pair(Brief.anchor(col, toSentence), type, short_(to) + " #" + toSentence));
  }

  private static String short_(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  private static List<View.SentenceView> sentences(AnalyzedStatement doc, List<List<TopicHit>> hits, int col,
                                                   Map<String, List<View.Pair>> pairs, Map<String, Integer> topicIndex,
                                                   Map<String, String> labels) {
    Map<Integer, String> speakers = new HashMap<>();
    for (Attribution a : doc.layer(Layers.ATTRIBUTIONS).orElse(List.of())) {
      speakers.putIfAbsent(a.sentence(), a.speaker());
    }
    List<View.SentenceView> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<TopicHit> h = hits == null || s.index() >= hits.size() ? List.of() : hits.get(s.index());
      String cls = h.isEmpty() ? "" : "t" + (topicIndex.getOrDefault(h.get(0).topic(), 7) % 8);
      String topics = h.stream().map(x -> labels.getOrDefault(x.topic(), x.topic())).distinct()
          .collect(Collectors.joining(", "));
      out.add(new View.SentenceView(Brief.anchor(col, s.index()), s.index(), s.text(), cls, topics,
          pairs.getOrDefault(doc.id() + "#" + s.index(), List.of()), speakers.getOrDefault(s.index(), "")));
    }
    return out;
  }

  private void evidence(Context ctx) {
    String id = required(ctx, "id");
    String topic = required(ctx, "topic");
    String statement = required(ctx, "statement");
    View.Evidence view = data.view(id, "evidence|" + topic + "|" + statement, c -> evidence(c, id, topic, statement));
    if (ctx.header("HX-Request") != null || "1".equals(ctx.queryParam("fragment"))) {
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(templates.render("evidencelist.jte", Map.of("view", view)));
    } else {
      templates.page(ctx, "evidence.jte", "Evidence", "meetings", view);
    }
  }

  private static View.Evidence evidence(Comparison c, String id, String topic, String statement) {
    TopicCoverage t = c.topic(topic).orElseThrow(() -> new WebData.NotFound("no topic '" + topic + "' in this comparison"));
    CodedStatement cs = c.statement(statement)
        .orElseThrow(() -> new WebData.NotFound("no statement '" + statement + "' in this meeting"));
    int col = c.statements().indexOf(cs);
    List<View.EvidenceItem> items = new ArrayList<>();
    Coverage cov = t.in(statement).orElse(null);
    if (cov != null) {
      for (int i : cov.sentences()) {
        Sentence s = cs.statement().sentences().get(i);
        items.add(new View.EvidenceItem(statement, i, s.text(),
            "/meeting?id=" + Charts.url(id) + "#" + Brief.anchor(col, i)));
      }
    }
    return new View.Evidence(id, t.label() + " in " + label(cs.statement().meta()) + ": "
        + (cov == null ? Coverage.ABSENT : cov.level()), items);
  }

  private void timeline(Context ctx) {
    String id = required(ctx, "id");
    Meeting m = data.requireMeeting(id);
    View.TimelinePage view = data.view(id, "timeline", c -> {
      Map<String, Integer> columnOf = new HashMap<>();
      for (int i = 0; i < c.statements().size(); i++) {
        columnOf.put(c.statements().get(i).statement().id(), i);
      }
      java.util.function.Function<TimelineEvent.EventEvidence, String> link = e -> "/meeting?id=" + Charts.url(id) + "#"
          + Brief.anchor(columnOf.getOrDefault(e.statement(), 0), e.sentence());
      List<View.Link> undated = new ArrayList<>();
      for (TimelineEvent e : c.events()) {
        if (Charts.day(e.date()) == null) {
          undated.add(new View.Link(e.evidence().isEmpty() ? "#" : link.apply(e.evidence().get(0)),
              e.date() + " · " + e.label()));
        }
      }
      return new View.TimelinePage(id, m.title(), Charts.timeline(c.events(), link), undated);
    });
    templates.page(ctx, "timeline.jte", "Timeline", "meetings", view);
  }

  private void export(Context ctx) {
    String id = required(ctx, "id");
    CompareFormat f = CompareFormat.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("json"));
    String body = data.view(id, "export:" + f, f::render);
    String ext = f.name().toLowerCase(Locale.ROOT);
    ctx.contentType(switch (f) {
      case JSON -> "application/json";
      case MD -> "text/markdown; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
    });
    if (f != CompareFormat.HTML) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "." + ext + "\"");
    }
    ctx.result(body);
  }

  private void statement(Context ctx) {
    String id = required(ctx, "id");
    AnalyzedStatement doc = data.analysed(id);
    List<List<TopicHit>> hits = doc.layer(Layers.TOPICS).orElse(List.of());
    Map<String, String> labels = data.engine().config().codebook().topics().stream()
        .collect(Collectors.toMap(Topic::id, Topic::label, (a, b) -> a));
    Map<String, Integer> index = new HashMap<>();
    for (String t : labels.keySet()) {
      index.put(t, index.size());
    }
    List<View.SentenceView> sentences = sentences(doc, hits, 0, Map.of(), index, labels);
    Map<String, List<String>> layers = layers(doc, hits, labels);
    List<View.Layer> out = layers.entrySet().stream().map(e -> new View.Layer(e.getKey(), e.getValue())).toList();
    StatementMeta meta = doc.meta();
    templates.page(ctx, "statement.jte", meta.title().isEmpty() ? meta.id() : meta.title(), "meetings",
        new View.StatementPage(meta, "", safeUrl(meta.url()), sentences, out));
  }

  /** The statement view's analysis layers, one line per item ("#sentence …"), in the page's order. */
  static Map<String, List<String>> layers(AnalyzedStatement doc, List<List<TopicHit>> hits, Map<String, String> labels) {
    Map<String, List<String>> layers = new LinkedHashMap<>();
    for (Mention m : doc.mentions()) {
      layers.computeIfAbsent("actors", k -> new ArrayList<>()).add("#" + m.sentence() + " " + m.surface() + " → "
          + m.actorName() + " (" + m.actorType() + ")");
    }
    for (List<TopicHit> hs : hits) {
      for (TopicHit h : hs) {
        layers.computeIfAbsent("topics", k -> new ArrayList<>()).add("#" + h.sentence() + " " + labels.getOrDefault(h.topic(),
            h.topic()) + " · " + h.rule() + (h.phrase() == null || h.phrase().isEmpty() ? "" : " · " + h.phrase()));
      }
    }
    for (Attribution a : doc.layer(Layers.ATTRIBUTIONS).orElse(List.of())) {
      layers.computeIfAbsent("attributions", k -> new ArrayList<>()).add("#" + a.sentence() + " " + a.speaker() + " ("
          + a.type() + ", " + a.cue() + "): " + a.content());
    }
    for (Commitment c : doc.layer(Layers.COMMITMENTS).orElse(List.of())) {
      layers.computeIfAbsent("commitments", k -> new ArrayList<>()).add("#" + c.sentence() + " " + c.kind() + " · "
          + String.join(", ", c.actors()) + (c.negated() ? " · negated" : "") + ": " + c.text());
    }
    for (TemporalExpression t : doc.layer(Layers.TEMPORAL).orElse(List.of())) {
      layers.computeIfAbsent("dates", k -> new ArrayList<>()).add("#" + t.sentence() + " " + t.text() + " → " + t.value());
    }
    return layers;
  }

  /** Only http(s) URLs become links ({@code javascript:}, {@code data:} and the like stay text). */
  static boolean safeUrl(String url) {
    if (url == null) {
      return false;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    return (u.startsWith("https://") || u.startsWith("http://")) && url.strip().equals(url)
        && url.chars().noneMatch(ch -> ch < 0x20 || ch == '"' || ch == '<' || ch == '>' || ch == '`');
  }

  static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw new ReadoutException("the '" + name + "' parameter is missing");
    }
    return v;
  }

  static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ReadoutException(name + ": '" + value + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  static String percent(double d) {
    return String.format(Locale.ROOT, "%.0f%%", d * 100);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  static List<SpeakerShare> none() {
    return List.of();
  }
}

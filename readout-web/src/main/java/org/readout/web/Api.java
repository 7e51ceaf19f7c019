package org.readout.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.readout.ReadoutException;
import org.readout.commitments.Status;
import org.readout.compare.Comparison;
import org.readout.meetings.Meeting;
import org.readout.meetings.Membership;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import org.readout.report.compare.CompareJson;
import org.readout.report.escape.JsonWriter;
import org.readout.report.list.StatementListJson;
import org.readout.report.timeline.TimelineRenderer;
import org.readout.report.timeline.TimelineReport;
import org.readout.store.WorkspaceEntry;
import org.readout.topics.CodedStatement;

/**
 * The JSON API under {@code /api/}: the CLI's JSON contracts ({@code list}, {@code meetings},
 * {@code compare}, {@code timeline}, {@code commitments list}) over the served workspace, documented in
 * {@code /api/openapi.yaml}. Read-only; status changes go through the board's forms.
 */
final class Api {
  private final WebData data;
  private final String openapi;

  Api(WebData data) {
    this.data = data;
    try (InputStream in = Api.class.getResourceAsStream("/org/readout/web/openapi.yaml")) {
      this.openapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void routes(RoutesConfig r, PageCache cache) {
    r.get("/api/", ctx -> {
      ctx.contentType("application/json");
      ctx.result(JsonWriter.write(java.util.Map.of("openapi", "/api/openapi.yaml", "endpoints", List.of("/api/statements",
          "/api/statement?id=", "/api/meetings", "/api/meetings/compare?id=", "/api/meetings/timeline?id=",
          "/api/commitments"))));
    });
    r.get("/api/openapi.yaml", ctx -> {
      ctx.contentType("application/yaml; charset=utf-8");
      ctx.result(openapi);
    });
    r.get("/api/statements", cache.wrap(ctx -> {
      List<WorkspaceEntry> all = data.derived("api:entries", data::entries);
      json(ctx, statements(slice(ctx, all)));
    }));
    r.get("/api/statement", cache.wrap(this::statement));
    r.get("/api/meetings", cache.wrap(ctx -> json(ctx, meetings(slice(ctx, data.meetings()), data.metas()))));
    r.get("/api/meetings/compare", cache.wrap(ctx -> json(ctx, data.view(MeetingPages.required(ctx, "id"), "api:compare",
        CompareJson::render))));
    r.get("/api/meetings/timeline", cache.wrap(this::timeline));
    r.get("/api/commitments", cache.wrap(ctx -> {
      String s = WebData.blank(ctx.queryParam("status"));
      Status st = s == null ? null : Status.parse(s).orElseThrow(() -> new ReadoutException(
          "status: unknown status '" + s + "' (valid: " + Status.known() + ")"));
      json(ctx, CommitmentRenderer.render(data.commitments(ctx.queryParam("meeting"), st), CommitmentFormat.JSON));
    }));
  }

  /** Largest page of a list endpoint ({@code ?limit=}); the default page is {@value #DEFAULT_LIMIT} rows. */
  static final int MAX_LIMIT = 20_000;
  static final int DEFAULT_LIMIT = 100;

  /**
   * One page of a list endpoint: {@code ?offset=} (0-based, default 0) and {@code ?limit=} (1–{@value #MAX_LIMIT},
   * default {@value #DEFAULT_LIMIT}); the full count goes in the {@code X-Total-Count} header so a client can page.
   */
  static <T> List<T> slice(Context ctx, List<T> all) {
    int offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    ctx.header("X-Total-Count", String.valueOf(all.size()));
    int from = Math.min(offset, all.size());
    return all.subList(from, (int) Math.min((long) from + limit, all.size()));
  }

  private static int number(Context ctx, String name, int absent, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ReadoutException(name + ": '" + v + "' is not a number from " + min + " to " + max);
    }
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json");
    ctx.result(body);
  }

  /** As {@code readout list --format json}. */
  static String statements(List<WorkspaceEntry> entries) {
    return StatementListJson.render(entries.stream()
        .map(e -> new StatementListJson.Row(e.meta(), e.sentences(), e.sha256(), e.source(), e.ingestedAt())).toList());
  }

  /** As {@code readout meetings --format json} (format {@code readout-meetings/1}). */
  static String meetings(List<Meeting> meetings, java.util.Map<String, StatementMeta> metas) {
    ObjectNode root = JsonWriter.object();
    root.put("format", "readout-meetings/1");
    ArrayNode arr = root.putArray("meetings");
    for (Meeting m : meetings) {
      ObjectNode o = arr.addObject();
      o.put("id", m.id());
      o.put("date", m.date().toString());
      o.put("mode", m.mode());
      o.put("title", m.title());
      m.parties().forEach(o.putArray("parties")::add);
      ArrayNode ps = o.putArray("participants");
      for (Meeting.Participant p : m.participants()) {
        ps.addObject().put("actor", p.actor()).put("name", p.name()).put("party", p.party());
      }
      m.sides().forEach(o.putArray("sides")::add);
      ArrayNode ms = o.putArray("members");
      for (Membership x : m.members()) {
        StatementMeta meta = metas.get(x.statement());
        ObjectNode mo = ms.addObject().put("statement", x.statement()).put("role", x.role()).put("primary", x.primary());
        if (meta != null) {
          mo.put("side", meta.side()).put("date", meta.date() == null ? null : meta.date().toString())
              .put("publisher", meta.publisher()).put("title", meta.title()).put("url", meta.url());
        }
        mo.put("reason", x.reason());
      }
    }
    return JsonWriter.write(root);
  }

  private void statement(Context ctx) {
    AnalyzedStatement doc = data.statement(MeetingPages.required(ctx, "id"));
    ObjectNode o = JsonWriter.object();
    StatementMeta m = doc.meta();
    o.put("id", m.id()).put("title", m.title()).put("date", m.date() == null ? null : m.date().toString())
        .put("side", m.side()).put("kind", m.kind()).put("publisher", m.publisher()).put("url", m.url())
        .put("text", doc.text());
    ArrayNode ss = o.putArray("sentences");
    for (Sentence s : doc.sentences()) {
      ss.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end()).put("text", s.text());
    }
    json(ctx, JsonWriter.write(o));
  }

  private void timeline(Context ctx) {
    json(ctx, data.view(MeetingPages.required(ctx, "id"), "api:timeline", c -> {
      List<AnalyzedStatement> docs = c.statements().stream().map(CodedStatement::statement).toList();
      return TimelineRenderer.json(TimelineReport.of(docs, data.engine().config().timeline()));
    }));
  }
}

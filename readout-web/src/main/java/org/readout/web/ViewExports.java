package org.readout.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.report.escape.CsvWriter;
import org.readout.report.escape.JsonWriter;
import org.readout.report.escape.MarkdownEscaper;
import org.readout.report.timeline.TimelineRenderer;
import org.readout.report.timeline.TimelineReport;
import org.readout.time.TimelineEvent;
import org.readout.topics.CodedStatement;
import org.readout.topics.Topic;

/**
 * Exports of the two views that had none: a meeting's timeline ({@code /meeting/timeline/export}: the CLI's
 * timeline JSON and Markdown, CSV one row per event and evidence sentence) and a statement with its analysis
 * layers ({@code /statement/export}: JSON, CSV one row per sentence or layer item, Markdown). Formats and
 * content types as the other exports ({@link MeetingListExport.Format}); statement text escaped per format.
 */
final class ViewExports {
  private ViewExports() {
  }

  static void routes(RoutesConfig r, WebData data, PageCache cache) {
    r.get("/meeting/timeline/export", cache.wrap(ctx -> timeline(ctx, data)));
    r.get("/statement/export", cache.wrap(ctx -> statement(ctx, data)));
  }

  private static MeetingListExport.Format format(Context ctx) {
    return MeetingListExport.Format.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("json"));
  }

  private static void send(Context ctx, MeetingListExport.Format f, String name, String body) {
    ctx.contentType(f.contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "."
        + f.extension + "\"");
    ctx.result(body);
  }

  private static void timeline(Context ctx, WebData data) {
    String id = MeetingPages.required(ctx, "id");
    data.requireMeeting(id);
    MeetingListExport.Format f = format(ctx);
    String body = data.view(id, "timeline-export:" + f, c -> {
      List<AnalyzedStatement> docs = c.statements().stream().map(CodedStatement::statement).toList();
      TimelineReport r = TimelineReport.of(docs, data.engine().config().timeline());
      return switch (f) {
        case JSON -> TimelineRenderer.json(r);
        case MD -> TimelineRenderer.markdown(r);
        case CSV -> timelineCsv(r);
      };
    });
    send(ctx, f, id + "-timeline", body);
  }

  static String timelineCsv(TimelineReport r) {
    CsvWriter w = new CsvWriter("date", "label", "kind", "statement", "sentence", "start", "end");
    for (TimelineEvent e : r.events()) {
      if (e.evidence().isEmpty()) {
        w.row(e.date(), e.label(), e.kind(), "", "", "", "");
      }
      for (TimelineEvent.EventEvidence ev : e.evidence()) {
        w.row(e.date(), e.label(), e.kind(), ev.statement(), ev.sentence(), ev.start(), ev.end());
      }
    }
    return w.toString();
  }

  private static void statement(Context ctx, WebData data) {
    String id = MeetingPages.required(ctx, "id");
    MeetingListExport.Format f = format(ctx);
    AnalyzedStatement doc = data.analysed(id);
    Map<String, String> labels = data.engine().config().codebook().topics().stream()
        .collect(Collectors.toMap(Topic::id, Topic::label, (a, b) -> a));
    Map<String, List<String>> layers = MeetingPages.layers(doc, doc.layer(Layers.TOPICS).orElse(List.of()), labels);
    String body = switch (f) {
      case JSON -> statementJson(doc, layers);
      case CSV -> statementCsv(doc, layers);
      case MD -> statementMarkdown(doc, layers);
    };
    send(ctx, f, id, body);
  }

  static String statementJson(AnalyzedStatement doc, Map<String, List<String>> layers) {
    StatementMeta m = doc.meta();
    ObjectNode o = JsonWriter.object();
    o.put("id", m.id()).put("title", m.title()).put("date", m.date() == null ? null : m.date().toString())
        .put("side", m.side()).put("kind", m.kind()).put("publisher", m.publisher()).put("url", m.url());
    ArrayNode ss = o.putArray("sentences");
    for (Sentence s : doc.sentences()) {
      ss.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end()).put("text", s.text());
    }
    ObjectNode ls = o.putObject("layers");
    layers.forEach((name, items) -> items.forEach(ls.withArray(name)::add));
    return JsonWriter.write(o);
  }

  static String statementCsv(AnalyzedStatement doc, Map<String, List<String>> layers) {
    CsvWriter w = new CsvWriter("statement", "layer", "sentence", "start", "end", "text");
    for (Sentence s : doc.sentences()) {
      w.row(doc.meta().id(), "sentence", s.index(), s.start(), s.end(), s.text());
    }
    layers.forEach((name, items) -> items.forEach(item -> w.row(doc.meta().id(), name, "", "", "", item)));
    return w.toString();
  }

  static String statementMarkdown(AnalyzedStatement doc, Map<String, List<String>> layers) {
    StatementMeta m = doc.meta();
    StringBuilder sb = new StringBuilder("# ").append(MarkdownEscaper.escape(m.title().isEmpty() ? m.id() : m.title()))
        .append("\n\n");
    sb.append("`").append(m.id().replace("`", "")).append("` · ").append(m.date() == null ? "" : m.date().toString())
        .append(" · ").append(MarkdownEscaper.escape(m.side())).append(" · ").append(MarkdownEscaper.escape(m.kind()))
        .append(" · ").append(MarkdownEscaper.escape(m.publisher())).append("\n\n## Sentences\n\n");
    for (Sentence s : doc.sentences()) {
      sb.append(s.index()).append(". ").append(MarkdownEscaper.escape(s.text())).append('\n');
    }
    layers.forEach((name, items) -> {
      sb.append("\n## ").append(name).append("\n\n");
      items.forEach(item -> sb.append("- ").append(MarkdownEscaper.escape(item)).append('\n'));
    });
    return sb.toString();
  }
}

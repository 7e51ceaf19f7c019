package org.readout.report.timeline;

import static org.readout.report.escape.HtmlEscaper.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.report.escape.JsonWriter;
import org.readout.report.escape.MarkdownEscaper;
import org.readout.time.TemporalExpression;
import org.readout.time.TimelineEvent;

/**
 * Renders a {@link TimelineReport} as JSON ({@code {"expressions": [...], "events": [...]}}, fixed field
 * order), Markdown, or a self-contained HTML page with an inline SVG timeline. Every piece of statement
 * text is escaped. Stateless and thread-safe.
 */
public final class TimelineRenderer {
  private TimelineRenderer() {
  }

  public static String render(TimelineReport r, String format) {
    return switch (format) {
      case "json" -> json(r);
      case "md" -> markdown(r);
      case "html" -> html(r);
      default -> throw new IllegalArgumentException("unknown format " + format + " (valid: json, md, html)");
    };
  }

  public static String json(TimelineReport r) {
    List<Map<String, Object>> xs = new ArrayList<>();
    for (TemporalExpression x : r.expressions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("statement", x.statement());
      m.put("sentence", x.sentence());
      m.put("start", x.start());
      m.put("end", x.end());
      m.put("text", x.text());
      m.put("value", x.value());
      m.put("granularity", x.granularity());
      m.put("modifier", x.modifier());
      m.put("anchor", x.anchor());
      m.put("event", x.event());
      m.put("rule", x.rule());
      xs.add(m);
    }
    List<Map<String, Object>> es = new ArrayList<>();
    for (TimelineEvent e : r.events()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("date", e.date());
      m.put("label", e.label());
      m.put("kind", e.kind());
      List<Map<String, Object>> ev = new ArrayList<>();
      for (TimelineEvent.EventEvidence x : e.evidence()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("statement", x.statement());
        em.put("sentence", x.sentence());
        em.put("start", x.start());
        em.put("end", x.end());
        ev.add(em);
      }
      m.put("evidence", ev);
      es.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("expressions", xs);
    root.put("events", es);
    return JsonWriter.write(root);
  }

  public static String markdown(TimelineReport r) {
    StringBuilder sb = new StringBuilder("# Timeline\n\n## Events\n\n| date | event | kind | evidence |\n|---|---|---|---|\n");
    for (TimelineEvent e : r.events()) {
      row(sb, e.date(), e.label(), e.kind(), evidence(e));
    }
    sb.append("\n## Expressions\n\n| statement | sentence | text | value | granularity | modifier | anchor | event |\n")
        .append("|---|---:|---|---|---|---|---|---|\n");
    for (TemporalExpression x : r.expressions()) {
      row(sb, x.statement(), Integer.toString(x.sentence()), x.text(), x.value(), x.granularity(), x.modifier(), x.anchor(),
          x.event());
    }
    return sb.toString();
  }

  /** One Markdown table row, every cell escaped. */
  private static void row(StringBuilder sb, String... cells) {
    for (String c : cells) {
      sb.append("| ").append(MarkdownEscaper.escape(c)).append(' ');
    }
    sb.append("|\n");
  }

  public static String html(TimelineReport r) {
    List<TimelineEvent> events = r.events();
    int rowH = 34;
    int height = Math.max(60, 40 + rowH * events.size());
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Readout timeline</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:left}"
            + "svg text{font-size:13px}.date{font-weight:600}</style></head><body>\n<h1>Timeline</h1>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"timeline of dated events\">\n")
        .append("<line x1=\"120\" y1=\"20\" x2=\"120\" y2=\"").append(height - 10).append("\" stroke=\"#888\" stroke-width=\"2\"/>\n");
    int y = 40;
    for (TimelineEvent e : events) {
      sb.append("<g><circle cx=\"120\" cy=\"").append(y).append("\" r=\"6\" fill=\"#2a6fdb\"/>")
          .append("<text class=\"date\" x=\"108\" y=\"").append(y + 4).append("\" text-anchor=\"end\">").append(escape(e.date()))
          .append("</text><text x=\"134\" y=\"").append(y + 4).append("\">").append(escape(e.label())).append(" (")
          .append(escape(e.kind())).append(", ").append(e.evidence().size()).append(" mention")
          .append(e.evidence().size() == 1 ? "" : "s").append(")</text><title>").append(escape(evidence(e)))
          .append("</title></g>\n");
      y += rowH;
    }
    sb.append("</svg>\n<h2>Expressions</h2>\n<table><tr><th>statement</th><th>sentence</th><th>text</th><th>value</th>"
        + "<th>granularity</th><th>modifier</th><th>anchor</th><th>event</th></tr>\n");
    for (TemporalExpression x : r.expressions()) {
      sb.append("<tr><td>").append(escape(x.statement())).append("</td><td>").append(x.sentence()).append("</td><td>")
          .append(escape(x.text())).append("</td><td>").append(escape(x.value())).append("</td><td>").append(escape(x.granularity()))
          .append("</td><td>").append(escape(x.modifier())).append("</td><td>").append(escape(x.anchor())).append("</td><td>")
          .append(escape(x.event())).append("</td></tr>\n");
    }
    sb.append("</table>\n</body></html>\n");
    return sb.toString();
  }

  private static String evidence(TimelineEvent e) {
    List<String> parts = new ArrayList<>();
    for (TimelineEvent.EventEvidence x : e.evidence()) {
      parts.add(x.statement() + "#" + x.sentence());
    }
    return String.join(", ", parts);
  }
}

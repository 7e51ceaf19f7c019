package org.readout.web;

import static org.readout.report.escape.XmlEscaper.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.TopicCoverage;
import org.readout.time.TimelineEvent;
import org.readout.topics.CodedStatement;

/**
 * Server-rendered SVG charts (they work without JavaScript, offline and in tests): the coverage matrix as
 * a heatmap whose cells link to their evidence sentences, and a timeline of dated events linked to their
 * sentences. Every piece of text is XML-escaped here; the templates insert the result unescaped.
 */
final class Charts {
  private Charts() {
  }

  static String heatmap(Comparison c, String meetingId, List<String> columnLabels) {
    List<CodedStatement> cols = c.statements();
    List<TopicCoverage> rows = c.topics().stream().filter(t -> t.coverage().values().stream().anyMatch(Coverage::present))
        .toList();
    int left = 290;
    int top = 110;
    int cw = 90;
    int ch = 24;
    int width = left + cw * cols.size() + 20;
    int height = top + ch * rows.size() + 20;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"coverage of topics by statement\">");
    for (int j = 0; j < cols.size(); j++) {
      int x = left + j * cw + cw / 2;
      sb.append("<text class=\"col\" x=\"").append(x).append("\" y=\"").append(top - 8)
          .append("\" transform=\"rotate(-35 ").append(x).append(' ').append(top - 8).append(")\">")
          .append(escape(columnLabels.get(j))).append("</text>");
    }
    for (int i = 0; i < rows.size(); i++) {
      TopicCoverage t = rows.get(i);
      int y = top + i * ch;
      sb.append("<text class=\"row\" x=\"").append(left - 8).append("\" y=\"").append(y + ch / 2 + 4)
          .append("\" text-anchor=\"end\">").append(escape(shorten(t.label(), 42))).append("</text>");
      for (int j = 0; j < cols.size(); j++) {
        String stmt = cols.get(j).statement().id();
        Coverage cov = t.in(stmt).orElse(null);
        double share = cov == null ? 0 : cov.share();
        String level = cov == null ? Coverage.ABSENT : cov.level();
        int x = left + j * cw;
        String label = t.label() + " in " + columnLabels.get(j) + ": " + level + " ("
            + String.format(Locale.ROOT, "%.0f%%", share * 100) + (cov == null ? "" : ", " + cov.sentences().size()
            + " sentence" + (cov.sentences().size() == 1 ? "" : "s")) + ")";
        String href = "/meeting/evidence?id=" + url(meetingId) + "&topic=" + url(t.topic()) + "&statement=" + url(stmt);
        sb.append("<a href=\"").append(escape(href)).append("\" class=\"cell\" data-topic=\"").append(escape(t.topic()))
            .append("\" data-statement=\"").append(escape(stmt)).append("\"><rect x=\"").append(x + 1).append("\" y=\"").append(y + 1)
            .append("\" width=\"").append(cw - 2).append("\" height=\"").append(ch - 2).append("\" class=\"lvl-")
            .append(escape(level)).append("\" fill-opacity=\"").append(String.format(Locale.ROOT, "%.2f",
                cov == null || !cov.present() ? 1.0 : Math.min(1.0, 0.35 + share * 2)))
            .append("\"><title>").append(escape(label)).append("</title></rect>");
        if (cov != null && cov.present()) {
          sb.append("<text class=\"n\" x=\"").append(x + cw / 2).append("\" y=\"").append(y + ch / 2 + 4)
              .append("\" text-anchor=\"middle\">").append(cov.sentences().size()).append("</text>");
        }
        sb.append("</a>");
      }
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** A dated event placed on the axis, with the link to its first sentence. */
  record Placed(LocalDate day, TimelineEvent event) {
  }

  /**
   * The timeline: events whose date has at least a year are placed on a time axis (month precision at
   * the month's first day); the others are listed under the chart by the caller.
   */
  static String timeline(List<TimelineEvent> events, java.util.function.Function<TimelineEvent.EventEvidence, String> link) {
    List<Placed> placed = new ArrayList<>();
    for (TimelineEvent e : events) {
      LocalDate d = day(e.date());
      if (d != null) {
        placed.add(new Placed(d, e));
      }
    }
    int rowH = 26;
    int width = 960;
    int left = 40;
    int right = width - 300;
    int height = Math.max(80, 60 + rowH * placed.size());
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"timeline of dated events\">");
    if (placed.isEmpty()) {
      sb.append("<text x=\"10\" y=\"30\">no dated events</text></svg>");
      return sb.toString();
    }
    LocalDate lo = placed.stream().map(Placed::day).min(LocalDate::compareTo).orElseThrow();
    LocalDate hi = placed.stream().map(Placed::day).max(LocalDate::compareTo).orElseThrow();
    long span = Math.max(1, ChronoUnit.DAYS.between(lo, hi));
    int axisY = height - 24;
    sb.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(axisY).append("\" x2=\"").append(right)
        .append("\" y2=\"").append(axisY).append("\"/>");
    sb.append("<text class=\"tick\" x=\"").append(left).append("\" y=\"").append(axisY + 16).append("\">").append(lo)
        .append("</text><text class=\"tick\" x=\"").append(right).append("\" y=\"").append(axisY + 16)
        .append("\" text-anchor=\"end\">").append(hi).append("</text>");
    int y = 24;
    for (Placed p : placed) {
      long x = left + Math.round((right - left) * (double) ChronoUnit.DAYS.between(lo, p.day()) / span);
      TimelineEvent e = p.event();
      String href = e.evidence().isEmpty() ? "#" : link.apply(e.evidence().get(0));
      sb.append("<a href=\"").append(escape(href)).append("\" class=\"event\"><line class=\"stem\" x1=\"").append(x)
          .append("\" y1=\"").append(y).append("\" x2=\"").append(x).append("\" y2=\"").append(axisY).append("\"/>")
          .append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\"/><text x=\"").append(x + 8)
          .append("\" y=\"").append(y + 4).append("\">").append(escape(e.date() + " · " + shorten(e.label(), 60)))
          .append("</text><title>").append(escape(e.date() + " " + e.kind() + ": " + e.label())).append("</title></a>");
      y += rowH;
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** The first day of a TIMEX-style date with at least a year ({@code 2021-12-07}, {@code 2022-01}, {@code 2022}). */
  static LocalDate day(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(value + "-01");
      }
      if (value.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

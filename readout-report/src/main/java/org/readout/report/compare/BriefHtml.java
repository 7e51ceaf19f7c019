package org.readout.report.compare;

import static org.readout.report.escape.HtmlEscaper.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.compare.Alignment;
import org.readout.compare.Brief;
import org.readout.compare.Comparison;
import org.readout.compare.Coverage;
import org.readout.compare.Finding;
import org.readout.compare.TopicCoverage;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;

/**
 * The one-page brief as one self-contained HTML file (inline CSS, nothing fetched): the brief itself, the
 * coverage matrix as a heatmap (cell shade = the topic's share of the statement's words), and the statements
 * side by side with every paired sentence linked to its counterpart (stance findings and aligned sentences).
 * Every piece of statement text is HTML-escaped. Thread-safe.
 */
public final class BriefHtml {
  private static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5em;color:#222;max-width:1400px}
      h1{font-size:1.35em}h2{font-size:1.1em;margin-top:1.5em;border-bottom:1px solid #ddd}
      .head{font-weight:600}.q{color:#444;margin:.1em 0 .1em 1.2em}.q a{color:#256}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px}
      .cols{display:grid;gap:1em}.col{border:1px solid #ddd;padding:.6em;border-radius:4px}
      .s{display:block;padding:2px 4px;margin:2px 0;border-left:3px solid transparent}
      .s.p{border-left-color:#3a7}.s:target{background:#fff3b0}.s .ix{color:#888;font-size:11px;margin-right:4px}
      .s .ln{font-size:11px;margin-left:4px}
      """;

  private BriefHtml() {
  }

  public static String render(Comparison c, Brief b) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Brief</title><style>" + CSS + "</style></head><body>\n");
    sb.append("<h1>Brief</h1>\n<p class=\"head\">").append(escape(b.headline())).append("</p>\n");
    sb.append("<p>Compared: ").append(escape(String.join("; ", b.compared()))).append(".</p>\n");
    for (String n : b.notes()) {
      sb.append("<p>").append(escape(n)).append("</p>\n");
    }
    if (!b.items().isEmpty()) {
      sb.append("<h2>Findings</h2>\n<ol>\n");
      for (Brief.Item it : b.items()) {
        sb.append("<li><b>").append(escape(it.label())).append("</b>");
        if (!it.text().isEmpty()) {
          sb.append(" — ").append(escape(it.text()));
        }
        for (Brief.Quote q : it.quotes()) {
          sb.append("<div class=\"q\">").append(escape(q.side())).append(": <a href=\"#").append(anchor(q.statement(), q.sentence()))
              .append("\">“").append(escape(q.text())).append("”</a></div>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ol>\n");
    }
    List<Brief.SideSummary> sides = b.sides().stream().filter(Brief.SideSummary::hasContent).toList();
    if (!sides.isEmpty()) {
      sb.append("<h2>Per side</h2>\n");
    }
    for (Brief.SideSummary s : sides) {
      sb.append("<p><b>").append(escape(s.side())).append("</b>").append(s.topics().isEmpty() ? ""
          : " — topics: " + escape(String.join(", ", s.topics()))).append("</p>\n<ul>");
      for (String x : s.commitments()) {
        sb.append("<li>").append(escape(x)).append("</li>");
      }
      for (String x : s.warnings()) {
        sb.append("<li>").append(escape(x)).append("</li>");
      }
      sb.append("</ul>\n");
    }
    heatmap(c, sb);
    sideBySide(c, sb);
    return sb.append("</body></html>\n").toString();
  }

  private static void heatmap(Comparison c, StringBuilder sb) {
    sb.append("<h2>Coverage</h2>\n<table><tr><th>topic</th>");
    for (CodedStatement s : c.statements()) {
      sb.append("<th>").append(escape(s.statement().meta().side() + " " + s.id())).append("</th>");
    }
    sb.append("</tr>\n");
    for (TopicCoverage t : c.topics()) {
      if (c.statements().stream().noneMatch(s -> t.presentIn(s.id()))) {
        continue;
      }
      sb.append("<tr><td>").append(escape(t.label())).append("</td>");
      for (CodedStatement s : c.statements()) {
        Coverage cv = t.coverage().get(s.id());
        double share = cv == null ? 0 : cv.share();
        double alpha = share == 0 ? 0 : Math.min(1, 0.15 + share * 2.5);
        String first = cv == null || cv.firstSentence() < 0 ? "" : " <a href=\"#" + anchor(s.id(), cv.firstSentence()) + "\">§"
            + cv.firstSentence() + "</a>";
        sb.append(String.format(Locale.ROOT, "<td style=\"background:rgba(40,120,200,%.2f)\" title=\"%s\">%s%s</td>", alpha,
            escape(cv == null ? Coverage.ABSENT : cv.level()), share == 0 ? "—" : Math.round(share * 100) + "%", first));
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void sideBySide(Comparison c, StringBuilder sb) {
    Map<String, List<String>> links = new LinkedHashMap<>();
    for (Finding f : c.findings()) {
      if (f.evidence().size() == 2 && (f.type().equals(Finding.MIRROR) || f.type().equals(Finding.CONTRAST)
          || f.type().equals(Finding.CONVERGENCE))) {
        Evidence x = f.evidence().get(0);
        Evidence y = f.evidence().get(1);
        link(links, x.statement(), x.sentence(), y.statement(), y.sentence(), f.type());
        link(links, y.statement(), y.sentence(), x.statement(), x.sentence(), f.type());
      }
    }
    for (Alignment al : c.alignments()) {
      link(links, al.a().statement(), al.a().sentence(), al.b().statement(), al.b().sentence(), "aligned");
      link(links, al.b().statement(), al.b().sentence(), al.a().statement(), al.a().sentence(), "aligned");
    }
    sb.append("<h2>Texts</h2>\n<div class=\"cols\" style=\"grid-template-columns:repeat(").append(Math.max(1, c.statements().size()))
        .append(",1fr)\">\n");
    for (CodedStatement s : c.statements()) {
      sb.append("<div class=\"col\"><b>").append(escape(s.statement().meta().side() + " — " + s.statement().meta().title()))
          .append("</b>\n");
      for (Sentence x : s.sentences()) {
        List<String> l = links.getOrDefault(s.id() + "#" + x.index(), List.of());
        sb.append("<span class=\"s").append(l.isEmpty() ? "" : " p").append("\" id=\"").append(anchor(s.id(), x.index()))
            .append("\"><span class=\"ix\">§").append(x.index()).append("</span>").append(escape(x.text()));
        for (String h : l) {
          sb.append(h);
        }
        sb.append("</span>\n");
      }
      sb.append("</div>\n");
    }
    sb.append("</div>\n");
  }

  private static void link(Map<String, List<String>> links, String from, int i, String to, int j, String type) {
    String html = "<a class=\"ln\" href=\"#" + anchor(to, j) + "\">↔ " + escape(type) + " " + escape(to) + " §" + j + "</a>";
    List<String> l = links.computeIfAbsent(from + "#" + i, k -> new ArrayList<>());
    if (!l.contains(html) && l.stream().noneMatch(x -> x.contains("#" + anchor(to, j) + "\""))) {
      l.add(html);
    }
  }

  static String anchor(String statement, int sentence) {
    return "s-" + statement.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + sentence;
  }
}

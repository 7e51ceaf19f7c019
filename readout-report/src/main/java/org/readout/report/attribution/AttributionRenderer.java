package org.readout.report.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.attribution.Attribution;
import org.readout.report.escape.CsvWriter;
import org.readout.report.escape.JsonWriter;
import org.readout.report.escape.MarkdownEscaper;

/**
 * Renders attributions as JSON ({@code {"attributions": [...]}}, fields in a fixed order), Markdown
 * (a table) or CSV, through the escapers of {@code org.readout.report.escape}. Stateless and thread-safe.
 */
public final class AttributionRenderer {
  private static final String[] COLUMNS = {"statement", "sentence", "start", "end", "type", "speaker", "speakerActor",
      "role", "cue", "content", "reportedBy", "speakerId", "reportedByIds", "rule"};

  private AttributionRenderer() {
  }

  public static String render(List<Attribution> attributions, String format) {
    return switch (format) {
      case "json" -> json(attributions);
      case "md" -> markdown(attributions);
      case "csv" -> csv(attributions);
      default -> throw new IllegalArgumentException("unknown format " + format + " (valid: json, md, csv)");
    };
  }

  public static Map<String, Object> toMap(Attribution a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statement", a.statement());
    m.put("sentence", a.sentence());
    m.put("start", a.start());
    m.put("end", a.end());
    m.put("type", a.type().label());
    m.put("speaker", a.speaker());
    m.put("speakerActor", a.speakerActor());
    m.put("role", a.role());
    m.put("cue", a.cue());
    m.put("content", a.content());
    m.put("reportedBy", a.reportedBy());
    m.put("speakerId", a.speakerId());
    m.put("reportedByIds", a.reportedByIds());
    m.put("surface", a.surface());
    m.put("rule", a.rule());
    return m;
  }

  public static String json(List<Attribution> attributions) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Attribution a : attributions) {
      list.add(toMap(a));
    }
    return JsonWriter.write(Map.of("attributions", list));
  }

  public static String markdown(List<Attribution> attributions) {
    StringBuilder sb = new StringBuilder("# Attributions\n\n");
    sb.append("| statement | sentence | type | speaker | speaker id | actor | role | cue | reported by | content |\n");
    sb.append("|---|---:|---|---|---|---|---|---|---|---|\n");
    for (Attribution a : attributions) {
      for (String cell : new String[] {a.statement(), Integer.toString(a.sentence()), a.type().label(), a.speaker(),
          a.speakerId(), a.speakerActor(), a.role(), a.cue(), String.join(" → ", a.reportedBy()), shorten(a.content(), 300)}) {
        sb.append("| ").append(MarkdownEscaper.escape(cell)).append(' ');
      }
      sb.append("|\n");
    }
    return sb.toString();
  }

  public static String csv(List<Attribution> attributions) {
    CsvWriter csv = new CsvWriter(COLUMNS);
    for (Attribution a : attributions) {
      csv.row(a.statement(), a.sentence(), a.start(), a.end(), a.type().label(), a.speaker(), a.speakerActor(),
          a.role(), a.cue(), a.content(), String.join("; ", a.reportedBy()), a.speakerId(),
          String.join("; ", a.reportedByIds()), a.rule());
    }
    return csv.toString();
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

package org.readout.report.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.attribution.Attribution;

/**
 * Renders attributions as JSON ({@code {"attributions": [...]}}, fields in a fixed order), Markdown
 * (a table) or CSV (RFC 4180 quoting). Stateless and thread-safe.
 */
public final class AttributionRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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
    try {
      return JSON.writeValueAsString(Map.of("attributions", list)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String markdown(List<Attribution> attributions) {
    StringBuilder sb = new StringBuilder("# Attributions\n\n");
    sb.append("| statement | sentence | type | speaker | speaker id | actor | role | cue | reported by | content |\n");
    sb.append("|---|---:|---|---|---|---|---|---|---|---|\n");
    for (Attribution a : attributions) {
      sb.append("| ").append(md(a.statement())).append(" | ").append(a.sentence()).append(" | ").append(a.type().label())
          .append(" | ").append(md(a.speaker())).append(" | ").append(md(a.speakerId())).append(" | ")
          .append(md(a.speakerActor())).append(" | ")
          .append(md(a.role())).append(" | ").append(md(a.cue())).append(" | ")
          .append(md(String.join(" → ", a.reportedBy()))).append(" | ").append(md(shorten(a.content(), 300)))
          .append(" |\n");
    }
    return sb.toString();
  }

  public static String csv(List<Attribution> attributions) {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Attribution a : attributions) {
      Object[] row = {a.statement(), a.sentence(), a.start(), a.end(), a.type().label(), a.speaker(), a.speakerActor(),
          a.role(), a.cue(), a.content(), String.join("; ", a.reportedBy()), a.speakerId(),
          String.join("; ", a.reportedByIds()), a.rule()};
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(csvField(String.valueOf(row[i])));
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** Escapes Markdown table cells: pipes, newlines, and HTML-significant characters. */
  public static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\r", " ").replace("\n", " ");
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

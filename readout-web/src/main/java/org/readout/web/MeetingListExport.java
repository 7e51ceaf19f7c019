package org.readout.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.ReadoutException;
import org.readout.meetings.Meeting;
import org.readout.meetings.Membership;
import org.readout.model.StatementMeta;
import org.readout.report.escape.CsvWriter;
import org.readout.report.escape.MarkdownEscaper;

/**
 * The meetings list as a file, with the page's filters applied: JSON as {@code readout meetings --format json}
 * (the API's {@code readout-meetings/1}), CSV with the CLI's columns (one row per member statement), and
 * Markdown (one table row per meeting, then its statements).
 */
final class MeetingListExport {
  enum Format {
    JSON("application/json", "json"), CSV("text/csv; charset=utf-8", "csv"), MD("text/markdown; charset=utf-8", "md");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(s == null ? "" : s.strip())) {
          return f;
        }
      }
      throw new ReadoutException("format: unknown format '" + s + "' (valid: json, csv, md)");
    }
  }

  private MeetingListExport() {
  }

  /** CSV as {@code readout meetings --format csv}: one row per member statement. */
  static String csv(List<Meeting> meetings, Map<String, StatementMeta> metas) {
    CsvWriter w = new CsvWriter("meeting", "meeting_date", "mode", "participants", "sides", "statement", "role", "primary",
        "side", "date", "title", "reason");
    for (Meeting m : meetings) {
      for (Membership x : m.members()) {
        StatementMeta s = metas.get(x.statement());
        w.row(m.id(), m.date().toString(), m.mode(), WebData.names(m.participants()), String.join(" ", m.sides()),
            x.statement(), x.role(), x.primary(), s == null ? "" : s.side(),
            s == null || s.date() == null ? "" : s.date().toString(), s == null ? "" : s.title(), x.reason());
      }
    }
    return w.toString();
  }

  /** A Markdown table of the meetings, each followed by its statements. */
  static String markdown(List<Meeting> meetings, Map<String, StatementMeta> metas, String filters) {
    StringBuilder sb = new StringBuilder("# Meetings\n\n");
    sb.append(meetings.size()).append(meetings.size() == 1 ? " meeting" : " meetings")
        .append(filters.isEmpty() ? "" : " (" + MarkdownEscaper.escape(filters) + ")").append(".\n\n");
    sb.append("| date | meeting | mode | participants | sides | statements |\n|---|---|---|---|---|---|\n");
    for (Meeting m : meetings) {
      sb.append("| ").append(m.date()).append(" | ").append(cell(m.title())).append(" (`").append(m.id().replace("`", ""))
          .append("`) | ").append(cell(m.mode())).append(" | ").append(cell(WebData.names(m.participants()))).append(" | ")
          .append(cell(String.join(", ", m.sides()))).append(" | ").append(m.members().size()).append(" |\n");
    }
    for (Meeting m : meetings) {
      sb.append("\n## ").append(m.date()).append(" · ").append(MarkdownEscaper.escape(m.title())).append("\n\n");
      for (Membership x : m.members()) {
        StatementMeta s = metas.get(x.statement());
        sb.append("- ").append(cell(x.role())).append(x.primary() ? "" : " (debrief)").append(": ")
            .append(s == null ? "`" + x.statement().replace("`", "") + "`"
                : (s.side().isEmpty() ? "" : cell(s.side()) + " · ") + cell(s.title().isEmpty() ? s.id() : s.title()))
            .append(" — ").append(cell(x.reason())).append('\n');
      }
    }
    return sb.toString();
  }

  /** Text in a Markdown table cell or list item (the escaper handles pipes and line breaks). */
  private static String cell(String s) {
    return MarkdownEscaper.escape(s);
  }

  static String filename(Format f) {
    return "meetings." + f.extension.toLowerCase(Locale.ROOT);
  }
}

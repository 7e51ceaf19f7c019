package org.readout.report.compare;

import java.util.List;
import org.readout.compare.Brief;
import org.readout.report.escape.MarkdownEscaper;

/**
 * The one-page brief in Markdown: headline, what was compared, ranked findings with their quotes, and per side
 * its commitments, warnings and topics. Thread-safe.
 */
public final class BriefMarkdown {
  private BriefMarkdown() {
  }

  public static String render(Brief b) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Brief\n\n**").append(esc(b.headline())).append("**\n\n");
    sb.append("Compared: ").append(esc(String.join("; ", b.compared()))).append(".\n");
    for (String n : b.notes()) {
      sb.append('\n').append(esc(n)).append('\n');
    }
    if (!b.items().isEmpty()) {
      sb.append("\n## Findings\n\n");
      int i = 1;
      for (Brief.Item it : b.items()) {
        sb.append(i++).append(". **").append(esc(it.label())).append("**");
        if (!it.text().isEmpty()) {
          sb.append(" — ").append(esc(it.text()));
        }
        sb.append('\n');
        for (Brief.Quote q : it.quotes()) {
          sb.append("   - ").append(esc(q.side())).append(": “").append(esc(q.text())).append("”\n");
        }
      }
    }
    List<Brief.SideSummary> sides = b.sides().stream().filter(Brief.SideSummary::hasContent).toList();
    if (!sides.isEmpty()) {
      sb.append("\n## Per side\n");
    }
    for (Brief.SideSummary s : sides) {
      sb.append("\n**").append(esc(s.side())).append("**").append(s.topics().isEmpty() ? ""
          : " — topics: " + esc(String.join(", ", s.topics()))).append('\n');
      for (String c : s.commitments()) {
        sb.append("- ").append(esc(c)).append('\n');
      }
      for (String w : s.warnings()) {
        sb.append("- ").append(esc(w)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String esc(String s) {
    return MarkdownEscaper.escape(s);
  }
}

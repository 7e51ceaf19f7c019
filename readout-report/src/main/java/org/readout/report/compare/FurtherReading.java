package org.readout.report.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.readout.report.escape.HtmlEscaper;
import org.readout.report.escape.MarkdownEscaper;

/**
 * The brief's appendix "Further reading": items related to the compared meeting (earlier meetings of the
 * same participants, follow-ups taking up its commitments, similar statements), ranked, each with the reason
 * it is listed. Filled by the caller from a workspace ({@code readout related}); the brief renderers know
 * nothing of it — {@link CompareFormat} appends it to the brief when it is not empty.
 *
 * @param meeting the workspace meeting the items relate to (id)
 * @param items   best first
 */
public record FurtherReading(String meeting, List<Item> items) {
  /** No appendix. */
  public static final FurtherReading NONE = new FurtherReading("", List.of());

  public FurtherReading {
    Objects.requireNonNull(meeting, "meeting");
    items = List.copyOf(items);
  }

  /**
   * One item.
   *
   * @param id       statement or meeting id in the workspace
   * @param relation e.g. {@code earlier-meeting}, {@code follow-up}, {@code before}, {@code after}
   * @param reason   why it is listed, one line (the strongest reason)
   */
  public record Item(String id, String title, LocalDate date, String side, String relation, String reason) {
    public Item {
      Objects.requireNonNull(id, "id");
      title = title == null ? "" : title;
      side = side == null ? "" : side;
      relation = relation == null ? "" : relation;
      reason = reason == null ? "" : reason;
    }
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** The appendix as Markdown (a level-2 section), or {@code ""} when empty. */
  public String markdown() {
    if (isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n## Further reading\n\n");
    int rank = 1;
    for (Item it : items) {
      sb.append(rank++).append(". **").append(MarkdownEscaper.escape(line(it.title().isEmpty() ? it.id() : it.title())))
          .append("** (").append(label(it)).append(")");
      if (!it.reason().isEmpty()) {
        sb.append(" — ").append(MarkdownEscaper.escape(line(it.reason())));
      }
      sb.append(" `").append(it.id().replace("`", "'")).append("`\n");
    }
    return sb.toString();
  }

  /** The appendix as an HTML section, or {@code ""} when empty. */
  public String html() {
    if (isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<section class=\"further-reading\">\n<h2>Further reading</h2>\n<ol>\n");
    for (Item it : items) {
      sb.append("<li><strong>").append(HtmlEscaper.escape(line(it.title().isEmpty() ? it.id() : it.title())))
          .append("</strong> (").append(HtmlEscaper.escape(label(it))).append(")");
      if (!it.reason().isEmpty()) {
        sb.append(" — ").append(HtmlEscaper.escape(line(it.reason())));
      }
      sb.append(" <code>").append(HtmlEscaper.escape(it.id())).append("</code></li>\n");
    }
    return sb.append("</ol>\n</section>\n").toString();
  }

  /** Appends the HTML section to a page: before its closing {@code </body>}, else at the end. */
  String appendTo(String page) {
    String section = html();
    if (section.isEmpty()) {
      return page;
    }
    int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return at < 0 ? page + section : page.substring(0, at) + section + page.substring(at);
  }

  private static String label(Item it) {
    StringBuilder sb = new StringBuilder(it.relation().replace('-', ' '));
    if (it.date() != null) {
      sb.append(sb.length() > 0 ? ", " : "").append(it.date());
    }
    if (!it.side().isEmpty()) {
      sb.append(sb.length() > 0 ? ", " : "").append(it.side());
    }
    return sb.toString();
  }

  private static String line(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

package org.readout.web;

import java.util.List;
import org.readout.commitments.TrackedCommitment;
import org.readout.meetings.Meeting;
import org.readout.model.StatementMeta;

/**
 * What the templates receive: plain records, built by the handlers from façade and store results. The
 * templates escape every value they print (jte, HTML content type); only {@code svg} fields, built and
 * escaped by {@link Charts}, are inserted as markup.
 */
public final class View {
  private View() {
  }

  /** Every page's frame: title, CSRF token for its forms, whether logout makes sense. */
  public record Page(String title, String csrf, boolean auth, String active) {
  }

  public record MeetingRow(Meeting meeting, String participants, String sides, int statements, String outcome,
                           String result) {
  }

  /** The meetings page: one page of the matching meetings and one of the statements in no meeting. */
  public record Meetings(List<MeetingRow> rows, int matching, Paging paging, List<StatementMeta> ungrouped,
                         int ungroupedTotal, Paging ungroupedPaging, String actor, String side, String from, String to,
                         int total, String exportBase) {
  }

  /** Page {@code page} of {@code pages}; {@code pattern} is the link with {@code {page}} for the page number. */
  public record Paging(int page, int pages, String pattern) {
    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages;
    }

    public String previous() {
      return pattern.replace("{page}", String.valueOf(page - 1));
    }

    public String next() {
      return pattern.replace("{page}", String.valueOf(page + 1));
    }
  }

  public record Pair(String anchor, String type, String label) {
  }

  public record SentenceView(String anchor, int index, String text, String topicClass, String topics, List<Pair> pairs,
                             String speaker) {
  }

  public record Speaker(String name, int attributions, int words, String share) {
  }

  public record Column(StatementMeta meta, String href, List<SentenceView> sentences, List<Speaker> speakers) {
  }

  /** The core brief as the meeting page shows it: headline, notes, ranked items with linked quotes. */
  public record BriefView(String headline, List<String> notes, List<BriefItem> items) {
  }

  public record BriefItem(String type, String label, String text, List<QuoteView> quotes) {
  }

  public record QuoteView(String href, String side, String where, String text) {
  }

  public record Link(String href, String label) {
  }

  /**
   * The meeting page: the compared accounts side by side ({@code columns}, one per side) and the meeting's other
   * statements, set aside by the account selection, each linked to its own page with the reason.
   */
  public record MeetingPage(Meeting meeting, String participants, BriefView brief, String heatmap, List<Column> columns,
                            List<SetAside> setAside, String exportBase, String commitmentsHref, List<RelatedItem> related,
                            String relatedNote) {
  }

  /** A statement of the meeting not compared: link to its statement page, title, side, kind, why it was set aside. */
  public record SetAside(String href, String title, String side, String kind, String reason) {
  }

  /** One item of further reading: where it links, what it is, and each reason with a link to its evidence sentence. */
  public record RelatedItem(String href, String title, String relation, String date, String side, String score,
                            List<Link> reasons) {
  }

  public record EvidenceItem(String statement, int sentence, String text, String href) {
  }

  public record Evidence(String meetingId, String title, List<EvidenceItem> items) {
  }

  public record TimelinePage(String meetingId, String title, String svg, List<Link> undated) {
  }

  public record Card(TrackedCommitment tracked, String kind, String actors, int firmness, String condition, boolean negated,
                     String text, Link evidence, List<History> history, List<Suggestion> suggestions) {
  }

  public record History(String date, String status, String evidence, String by, String note, String confidence,
                        boolean applied, boolean rejected) {
  }

  /**
   * A tracking suggestion waiting for a user: {@code seq} is its place in the history; {@code applied}: tracking
   * already set its status (rejecting puts the old one back), else it can be accepted or rejected.
   */
  public record Suggestion(int seq, History entry, boolean applied) {
  }

  public record Lane(String status, List<Card> cards, int total) {
  }

  public record Board(String meeting, List<Lane> lanes, List<String> statuses, int pending, boolean tooManyPending,
                      Paging paging) {
  }

  public record Layer(String name, List<String> rows) {
  }

  public record StatementPage(StatementMeta meta, String source, boolean safeUrl, List<SentenceView> sentences,
                              List<Layer> layers) {
  }

  public record IngestResult(int added, int unchanged, int updated, int skipped, List<String> ids) {
  }

  public record IngestPage(IngestResult result, String maxUpload) {
  }

  public record ErrorPage(int status, String message) {
  }

  public record Login(String next, boolean failed) {
  }
}

package org.readout.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.ReadoutException;
import org.readout.commitments.Commitment;
import org.readout.commitments.HistoryEntry;
import org.readout.commitments.Status;
import org.readout.commitments.TrackedCommitment;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import org.readout.store.commitments.SuggestionReview;

/** The commitments board: lanes by status, status changes with evidence and a note, undo, exports. */
final class CommitmentPages {
  private final WebData data;
  private final Templates templates;

  CommitmentPages(WebData data, Templates templates) {
    this.data = data;
    this.templates = templates;
  }

  void routes(RoutesConfig r, PageCache cache) {
    r.get("/commitments", cache.wrap(this::board));
    r.get("/commitments/export", cache.wrap(this::export));
    r.post("/commitments/status", this::setStatus);
    r.post("/commitments/undo", this::undo);
    r.post("/commitments/reject", this::reject);
  }

  /** Cards per lane and page: a corpus holds tens of thousands of commitments. */
  static final int PER_LANE = 50;

  private void board(Context ctx) {
    String meeting = WebData.blank(ctx.queryParam("meeting"));
    int pending = data.pendingCommitments();
    Map<Status, List<TrackedCommitment>> byStatus = data.commitmentsByStatus(meeting);
    int largest = byStatus.values().stream().mapToInt(List::size).max().orElse(0);
    int pages = Math.max(1, (largest + PER_LANE - 1) / PER_LANE);
    int page = Math.min(MeetingPages.page(ctx, "page"), pages);
    Map<String, java.util.Set<Integer>> rejected = data.rejectedSuggestions();
    List<View.Lane> out = new ArrayList<>();
    for (Map.Entry<Status, List<TrackedCommitment>> e : byStatus.entrySet()) {
      List<TrackedCommitment> all = e.getValue();
      List<View.Card> cards = new ArrayList<>();
      for (TrackedCommitment t : all.subList(Math.min(all.size(), (page - 1) * PER_LANE),
          Math.min(all.size(), page * PER_LANE))) {
        cards.add(card(t, rejected.getOrDefault(t.id(), java.util.Set.of())));
      }
      out.add(new View.Lane(e.getKey().id(), cards, all.size()));
    }
    List<String> statuses = Arrays.stream(Status.values()).map(Status::id).toList();
    String base = "/commitments?page={page}" + (meeting == null ? "" : "&meeting=" + Charts.url(meeting));
    templates.page(ctx, "board.jte", "Commitments", "commitments",
        new View.Board(meeting, out, statuses, pending, pending > WebData.SYNC_LIMIT, new View.Paging(page, pages, base)));
  }

  static View.Card card(TrackedCommitment t, java.util.Set<Integer> rejected) {
    Commitment c = t.commitment();
    List<View.History> history = new ArrayList<>();
    for (int seq = 0; seq < t.history().size(); seq++) {
      history.add(history(t.history().get(seq), rejected.contains(seq)));
    }
    List<View.Suggestion> suggestions = new ArrayList<>();
    for (SuggestionReview.Suggestion s : SuggestionReview.open(t, rejected)) {
      suggestions.add(new View.Suggestion(s.seq(), history.get(s.seq()), s.applied()));
    }
    View.Link evidence = new View.Link("/statement?id=" + Charts.url(c.statement()) + "#" + Brief.anchor(0, c.sentence()),
        c.statement() + " #" + c.sentence());
    return new View.Card(t, c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), String.join(", ", c.actors()),
        c.kind().firmness(), c.condition() == null ? "" : c.condition(), c.negated(), c.text(), evidence, history,
        suggestions);
  }

  private static View.History history(HistoryEntry h, boolean rejected) {
    return new View.History(String.valueOf(h.date()), h.status().id(),
        h.evidenceStatement().isEmpty() ? "" : h.evidenceStatement() + ":" + h.evidenceSentence(), h.by(), h.note(),
        String.format(Locale.ROOT, "%.2f", h.confidence()), !HistoryEntry.AUTO.equals(h.by()) || SuggestionReview.applied(h),
        rejected);
  }

  private void export(Context ctx) {
    String meeting = WebData.blank(ctx.queryParam("meeting"));
    CommitmentFormat f = CommitmentFormat.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("json"));
    String body = CommitmentRenderer.render(data.commitments(meeting, null), f);
    ctx.contentType(switch (f.name().toLowerCase(Locale.ROOT)) {
      case "json" -> "application/json";
      case "csv" -> "text/csv; charset=utf-8";
      default -> "text/markdown; charset=utf-8";
    });
    ctx.result(body);
  }

  private void setStatus(Context ctx) {
    String id = MeetingPagesParams.form(ctx, "id");
    String status = MeetingPagesParams.form(ctx, "status");
    Status st = Status.parse(status).orElseThrow(() -> new ReadoutException(
        "unknown status '" + status + "' (valid: " + Status.known() + ")"));
    TrackedCommitment t = data.setStatus(id, st, ctx.formParam("evidence"), ctx.formParam("note"), user(ctx));
    ctx.redirect("/commitments?meeting=" + Charts.url(t.meeting()) + "#c-" + Charts.url(id));
  }

  private void undo(Context ctx) {
    String id = MeetingPagesParams.form(ctx, "id");
    TrackedCommitment t = data.undo(id, user(ctx));
    ctx.redirect("/commitments?meeting=" + Charts.url(t.meeting()) + "#c-" + Charts.url(id));
  }

  private void reject(Context ctx) {
    String id = MeetingPagesParams.form(ctx, "id");
    int seq;
    try {
      seq = Integer.parseInt(MeetingPagesParams.form(ctx, "seq"));
    } catch (NumberFormatException e) {
      throw new ReadoutException("the form field 'seq' is not a number");
    }
    TrackedCommitment t = data.reject(id, seq, ctx.formParam("note"), user(ctx));
    ctx.redirect("/commitments?meeting=" + Charts.url(t.meeting()) + "#c-" + Charts.url(id));
  }

  static String user(Context ctx) {
    return "web";
  }
}

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

/** The commitments board: lanes by status, status changes with evidence and a note, undo, exports. */
final class CommitmentPages {
  private final WebData data;
  private final Templates templates;

  CommitmentPages(WebData data, Templates templates) {
    this.data = data;
    this.templates = templates;
  }

  void routes(RoutesConfig r) {
    r.get("/commitments", this::board);
    r.get("/commitments/export", this::export);
    r.post("/commitments/status", this::setStatus);
    r.post("/commitments/undo", this::undo);
  }

  private void board(Context ctx) {
    String meeting = WebData.blank(ctx.queryParam("meeting"));
    int pending = data.pendingCommitments();
    List<TrackedCommitment> all = data.commitments(meeting, null);
    Map<Status, List<View.Card>> lanes = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      lanes.put(s, new ArrayList<>());
    }
    for (TrackedCommitment t : all) {
      lanes.get(t.status()).add(card(t));
    }
    List<View.Lane> out = lanes.entrySet().stream().map(e -> new View.Lane(e.getKey().id(), e.getValue())).toList();
    List<String> statuses = Arrays.stream(Status.values()).map(Status::id).toList();
    templates.page(ctx, "board.jte", "Commitments", "commitments",
        new View.Board(meeting, out, statuses, pending, pending > WebData.SYNC_LIMIT));
  }

  static View.Card card(TrackedCommitment t) {
    Commitment c = t.commitment();
    List<View.History> history = new ArrayList<>();
    List<View.History> suggestions = new ArrayList<>();
    for (HistoryEntry h : t.history()) {
      boolean applied = !h.note().contains("(not applied");
      View.History v = new View.History(String.valueOf(h.date()), h.status().id(),
          h.evidenceStatement().isEmpty() ? "" : h.evidenceStatement() + ":" + h.evidenceSentence(), h.by(), h.note(),
          String.format(Locale.ROOT, "%.2f", h.confidence()), applied);
      history.add(v);
      if (HistoryEntry.AUTO.equals(h.by()) && h.status() != t.status() && !v.evidence().isEmpty()) {
        suggestions.add(v);
      }
    }
    View.Link evidence = new View.Link("/statement?id=" + Charts.url(c.statement()) + "#" + Brief.anchor(0, c.sentence()),
        c.statement() + " #" + c.sentence());
    return new View.Card(t, c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), String.join(", ", c.actors()),
        c.kind().firmness(), c.condition() == null ? "" : c.condition(), c.negated(), c.text(), evidence, history,
        suggestions);
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

  static String user(Context ctx) {
    return "web";
  }
}

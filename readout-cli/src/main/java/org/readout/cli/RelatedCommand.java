package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.report.compare.FurtherReading;
import org.readout.meetings.Meeting;
import org.readout.meetings.Membership;
import org.readout.model.Statement;
import org.readout.store.Workspace;
import org.readout.store.search.SearchIndex;
import org.readout.store.related.Related;
import org.readout.store.related.Related.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout related PATH|MEETING-ID}: further reading for a meeting, ranked, each item with its
 * reasons and evidence: the earlier (and later) meetings of the same participants; later statements
 * that take up the meeting's commitments; earlier and later statements on the same parties and topics
 * with similar wording. JSON shape: {@code docs/schema/related.schema.json}. The ranking is the store's
 * {@link Related} service (shared with the web meeting view); this command resolves the meeting and renders.
 */
@Command(name = "related", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Further reading for a meeting: earlier meetings of the same participants, follow-ups that take up",
        "its commitments, and earlier and later statements on the same parties and topics, ranked with reasons."})
final class RelatedCommand implements Callable<Integer> {
  enum Format { json, md }

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "PATH|MEETING-ID", description = "A meeting folder or statement file, or a meeting id.")
  String target;

  @Option(names = "--format", description = "json or md (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(names = "--limit", paramLabel = "N", description = "Items to list (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--days", paramLabel = "N", description = "How far before and after the meeting statements are read "
      + "(default: ${DEFAULT-VALUE}).")
  int days = 90;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || days < 1) {
      throw new ReadoutException("--limit and --days: must be at least 1");
    }
    Found f = find();
    Output.write(out, format == Format.json ? json(f.meeting(), f.items()) : markdown(f.meeting(), f.items()));
    return 0;
  }

  /** The meeting found and its related items, best first. */
  record Found(Meeting meeting, List<Item> items) {
  }

  /** The meeting of {@code target} in the workspace and its related items, ranked, at most {@code limit}. */
  Found find() throws java.io.IOException {
    Readout readout = common.readout();
    try (Workspace ws = MeetingSupport.openExisting(common);
         SearchIndex index = SearchIndex.open(SearchIndex.pathFor(common.dbPath()))) {
      List<Meeting> meetings = MeetingSupport.meetings(common, ws);
      Meeting meeting = resolve(ws, readout, meetings);
      // topics by phrase rules only: only the commitments' kinds and text matter here
      Readout extraction = common.readout(CommitmentsCommand.STAGES, false, st -> st);
      return new Found(meeting, new Related(ws, index, common.codebook(), extraction)
          .find(meeting, meetings, new Related.Options(limit, days)));
    }
  }

  /**
   * The brief's "Further reading" for the statements at {@code path} when {@code common} names a workspace
   * ({@code --db}) holding them with a search index; {@link FurtherReading#NONE} otherwise (a note on
   * stderr says why, unless no workspace was named).
   */
  static FurtherReading furtherReading(CommonOptions common, Path path, int limit) {
    if (common.db == null) {
      return FurtherReading.NONE;
    }
    RelatedCommand r = new RelatedCommand();
    r.common = common;
    r.target = path.toString();
    r.limit = limit;
    try {
      Found f = r.find();
      List<FurtherReading.Item> items = new java.util.ArrayList<>();
      for (Item it : f.items()) {
        String reason = it.reasons().isEmpty() ? "" : it.reasons().get(0).text();
        items.add(new FurtherReading.Item(it.id(), it.title(), it.date(), it.side(), it.relation(), reason));
      }
      return new FurtherReading(f.meeting().id(), items);
    } catch (ReadoutException | java.io.IOException e) {
      System.err.println("readout: no further reading: " + e.getMessage());
      return FurtherReading.NONE;
    }
  }

  /** The meeting named by id, or the workspace meeting holding the statements at PATH. */
  private Meeting resolve(Workspace ws, Readout readout, List<Meeting> meetings) {
    for (Meeting m : meetings) {
      if (m.id().equals(target)) {
        return m;
      }
    }
    Path p = Path.of(target);
    if (!Files.exists(p)) {
      throw new ReadoutException(target + ": neither a meeting id nor a file or folder (list meetings with 'readout meetings')");
    }
    List<Statement> given = Ingest.read(p, IngestOptions.defaults());
    Map<String, Integer> votes = new HashMap<>();
    Map<String, String> meetingOf = new HashMap<>();
    for (Meeting m : meetings) {
      for (Membership x : m.members()) {
        if (x.primary()) {
          meetingOf.put(x.statement(), m.id());
        }
      }
    }
    Map<String, String> idByHash = new HashMap<>();
    ws.forEachStatement(org.readout.store.StatementFilter.ALL, s -> {
      idByHash.putIfAbsent("sha:" + s.sha256(), s.id());
      if (!s.meta().url().isEmpty()) {
        idByHash.putIfAbsent("url:" + s.meta().url(), s.id());
      }
    });
    for (Statement s : given) {
      String id = idByHash.getOrDefault("sha:" + s.sha256(), idByHash.get("url:" + s.meta().url()));
      if (id != null && meetingOf.containsKey(id)) {
        votes.merge(meetingOf.get(id), 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(votes).entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey(); // most statements; the earliest id on a tie
      }
    }
    if (best == null) {
      throw new ReadoutException(target + ": its statements are not in a meeting of the workspace; ingest them first "
          + "('readout ingest " + target + "')");
    }
    String chosen = best;
    return meetings.stream().filter(m -> m.id().equals(chosen)).findFirst().orElseThrow();
  }

  static String json(Meeting m, List<Item> items) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "readout-related/1");
    ObjectNode mo = root.putObject("meeting");
    mo.put("id", m.id());
    mo.put("date", m.date().toString());
    mo.put("mode", m.mode());
    mo.put("title", m.title());
    ArrayNode ps = mo.putArray("participants");
    m.participants().forEach(p -> ps.addObject().put("actor", p.actor()).put("name", p.name()).put("party", p.party()));
    ArrayNode st = mo.putArray("statements");
    m.members().forEach(x -> st.add(x.statement()));
    ArrayNode arr = root.putArray("items");
    int rank = 1;
    for (Item it : items) {
      ObjectNode o = arr.addObject();
      o.put("rank", rank++);
      o.put("type", it.type());
      o.put("id", it.id());
      o.put("relation", it.relation());
      o.put("date", it.date() == null ? null : it.date().toString());
      o.put("side", it.side());
      o.put("title", it.title());
      o.put("score", Math.round(it.score() * 1000) / 1000.0);
      ArrayNode rs = o.putArray("reasons");
      for (Related.Reason r : it.reasons()) {
        ObjectNode n = rs.addObject();
        n.put("kind", r.kind());
        n.put("text", r.text());
        ObjectNode e = n.putObject("evidence");
        e.put("statement", r.evidence().statement());
        e.put("sentence", r.evidence().sentence());
        e.put("start", r.evidence().start());
        e.put("end", r.evidence().end());
        e.put("rule", r.evidence().rule());
      }
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  static String markdown(Meeting m, List<Item> items) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Further reading: ").append(md(m.title())).append(" (").append(m.date()).append(")\n\n");
    sb.append("Meeting `").append(m.id()).append("`: ").append(m.mode()).append(" of ").append(md(MeetingSupport.participantNames(m)))
        .append(", ").append(m.members().size()).append(" statements.\n\n");
    int rank = 1;
    for (Item it : items) {
      sb.append(rank++).append(". **").append(md(it.title())).append("** — ").append(it.relation()).append(", ")
          .append(it.date()).append(it.side().isEmpty() ? "" : ", " + it.side()).append(" (`").append(it.id()).append("`, score ")
          .append(String.format(Locale.ROOT, "%.2f", it.score())).append(")\n");
      for (Related.Reason r : it.reasons()) {
        sb.append("   - ").append(r.kind()).append(": ").append(md(r.text())).append('\n');
      }
    }
    return sb.toString();
  }

  /** Markdown inline escaping of text taken from statements. */
  static String md(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
  }
}

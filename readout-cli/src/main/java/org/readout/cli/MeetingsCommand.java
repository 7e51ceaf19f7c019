package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.readout.meetings.Meeting;
import org.readout.meetings.Membership;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout meetings}: the meetings (calls, video calls, summits, visits) found in the workspace's
 * statements, with their participants, sides and member statements, each with the reason it belongs.
 * Subcommands correct the grouping ({@code merge}, {@code split}) or measure it ({@code evaluate}).
 */
@Command(name = "meetings", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List the meetings found in the workspace's statements (grouped by date, participants, kind and",
        "cross-references), with their member statements; merge or split groupings; measure them against a gold."},
    subcommands = {MeetingsMergeCommand.class, MeetingsSplitCommand.class, MeetingsEvaluateCommand.class})
final class MeetingsCommand implements Callable<Integer> {
  enum Format { text, json, csv }

  @Mixin
  CommonOptions common;

  @Option(names = "--actor", paramLabel = "A", description = "Only meetings with this party or participant (id such as RUS or "
      + "putin, name, or side code); repeat for several (all must take part).")
  List<String> actors = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only meetings on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only meetings on or before this day.")
  String to;

  @Option(names = "--format", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--reasons", description = "text format: print why each statement belongs.")
  boolean reasons;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    LocalDate lo = MeetingSupport.day("--from", from);
    LocalDate hi = MeetingSupport.day("--to", to);
    MeetingSupport.checkRange(lo, hi);
    List<String> wanted = MeetingSupport.resolveAll(common.dictionary(), actors);
    List<Meeting> selected = new ArrayList<>();
    Map<String, StatementMeta> metas = new HashMap<>();
    try (Workspace ws = MeetingSupport.openExisting(common)) {
      for (Meeting m : MeetingSupport.meetings(common, ws)) {
        if ((lo == null || !m.date().isBefore(lo)) && (hi == null || !m.date().isAfter(hi))
            && MeetingSupport.hasAll(m, wanted)) {
          selected.add(m);
        }
      }
      for (StatementMeta meta : ws.list()) {
        metas.put(meta.id(), meta);
      }
    }
    Output.write(out, switch (format) {
      case text -> text(selected, metas, reasons);
      case json -> json(selected, metas);
      case csv -> csv(selected, metas);
    });
    return 0;
  }

  static String text(List<Meeting> meetings, Map<String, StatementMeta> metas, boolean reasons) {
    StringBuilder sb = new StringBuilder();
    for (Meeting m : meetings) {
      sb.append(m.id()).append('\t').append(m.date()).append('\t').append(m.mode()).append('\t')
          .append(MeetingSupport.participantNames(m)).append("\tsides ").append(String.join(",", m.sides()))
          .append('\t').append(m.members().size()).append(m.members().size() == 1 ? " statement" : " statements").append('\n');
      for (Membership x : m.members()) {
        StatementMeta s = metas.get(x.statement());
        sb.append("  ").append(String.format("%-16s", x.role())).append(s == null ? "" : s.side()).append('\t')
            .append(s == null || s.date() == null ? "-" : s.date().toString()).append('\t').append(x.statement())
            .append('\t').append(s == null ? "" : MeetingSupport.oneLine(s.title())).append('\n');
        if (reasons) {
          sb.append("      why: ").append(MeetingSupport.oneLine(x.reason())).append('\n');
        }
      }
    }
    if (meetings.isEmpty()) {
      sb.append("(no meetings match)\n");
    }
    return sb.toString();
  }

  static String json(List<Meeting> meetings, Map<String, StatementMeta> metas) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "readout-meetings/1");
    ArrayNode arr = root.putArray("meetings");
    for (Meeting m : meetings) {
      arr.add(meetingNode(mapper, m, metas));
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  static ObjectNode meetingNode(ObjectMapper mapper, Meeting m, Map<String, StatementMeta> metas) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", m.id());
    o.put("date", m.date().toString());
    o.put("mode", m.mode());
    o.put("title", m.title());
    ArrayNode parties = o.putArray("parties");
    m.parties().forEach(parties::add);
    ArrayNode ps = o.putArray("participants");
    for (Meeting.Participant p : m.participants()) {
      ps.addObject().put("actor", p.actor()).put("name", p.name()).put("party", p.party());
    }
    ArrayNode sides = o.putArray("sides");
    m.sides().forEach(sides::add);
    ArrayNode members = o.putArray("members");
    for (Membership x : m.members()) {
      StatementMeta s = metas.get(x.statement());
      ObjectNode n = members.addObject();
      n.put("statement", x.statement());
      n.put("role", x.role());
      n.put("primary", x.primary());
      if (s != null) {
        n.put("side", s.side());
        n.put("date", s.date() == null ? null : s.date().toString());
        n.put("publisher", s.publisher());
        n.put("title", s.title());
        n.put("url", s.url());
      }
      n.put("reason", x.reason());
      ObjectNode ev = n.putObject("evidence");
      ev.put("statement", x.evidence().statement());
      ev.put("sentence", x.evidence().sentence());
      ev.put("start", x.evidence().start());
      ev.put("end", x.evidence().end());
      ev.put("rule", x.evidence().rule());
    }
    return o;
  }

  static String csv(List<Meeting> meetings, Map<String, StatementMeta> metas) {
    List<List<Object>> rows = new ArrayList<>();
    for (Meeting m : meetings) {
      for (Membership x : m.members()) {
        StatementMeta s = metas.get(x.statement());
        rows.add(List.of(m.id(), m.date().toString(), m.mode(), MeetingSupport.participantNames(m), String.join(" ", m.sides()),
            x.statement(), x.role(), x.primary(), s == null ? "" : s.side(),
            s == null || s.date() == null ? "" : s.date().toString(), s == null ? "" : s.title(), x.reason()));
      }
    }
    return MeetingSupport.csv(List.of("meeting", "meeting_date", "mode", "participants", "sides", "statement", "role",
        "primary", "side", "date", "title", "reason"), rows);
  }
}

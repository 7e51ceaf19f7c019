package org.readout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.meetings.Meeting;
import org.readout.meetings.MeetingGrouper;
import org.readout.meetings.MeetingInput;
import org.readout.meetings.Membership;
import org.readout.meetings.PairAgreement;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import org.readout.store.meetings.MeetingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout meetings evaluate --gold DIR}: mixes the statements of gold meeting folders (one
 * folder = one meeting; their {@code meeting} field blanked, so grouping cannot read it) into the
 * workspace's other statements, groups everything, and scores the grouping on pairs of gold
 * statements, separately for a development part and a test part. Copies of gold statements already
 * in the workspace (same text or URL) stand for the gold statement and are not counted twice;
 * workspace statements stored with a meeting slug are left out. Nothing is written.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score the grouping against gold meeting folders mixed into the workspace's statements:",
        "precision and recall over pairs of gold statements (together in one meeting or not), per part."})
final class MeetingsEvaluateCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of meeting folders (one folder = one meeting).")
  Path gold;

  @Option(names = "--dev", paramLabel = "TEXT", description = "Folders whose name contains TEXT form the development part "
      + "(default: ${DEFAULT-VALUE}); the others are the test part.")
  String dev = "biden-xi";

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold)) {
      throw new ReadoutException(gold + ": not a folder of meeting folders");
    }
    Readout readout = common.readout();
    MeetingGrouper grouper = MeetingSupport.grouper(common);
    int leadChars = grouper.cues().leadChars();
    List<MeetingInput> inputs = new ArrayList<>();
    Map<String, String> label = new TreeMap<>();
    Map<String, String> titles = new HashMap<>();
    Set<String> goldKeys = new HashSet<>();
    List<Path> folders;
    try (Stream<Path> s = Files.list(gold)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      String slug = folder.getFileName().toString();
      for (Statement st : Ingest.read(folder, IngestOptions.defaults())) {
        StatementMeta m = st.meta();
        String id = "gold:" + slug + "/" + m.id();
        StatementMeta blank = new StatementMeta(id, m.title(), m.date(), m.publisher(), m.side(), m.kind(), "", m.url(),
            m.licence(), m.note());
        AnalyzedStatement a = readout.analyze(new Statement(blank, st.text(), st.sha256(), st.source()));
        List<Mention> lead = a.mentions().stream().filter(x -> x.end() <= leadChars).toList();
        inputs.add(new MeetingInput(blank, st.sha256(), st.text().substring(0, Math.min(leadChars, st.text().length())),
            lead, MeetingStore.titleMentions(readout, blank)));
        label.put(id, slug);
        titles.put(id, m.title());
        goldKeys.add("sha:" + st.sha256());
        if (!m.url().isEmpty()) {
          goldKeys.add("url:" + m.url());
        }
      }
    }
    Set<String> copies = new HashSet<>();
    try (Workspace ws = MeetingSupport.openExisting(common)) {
      for (MeetingInput in : new MeetingStore(ws).inputs(readout, leadChars)) {
        if (!in.meta().meeting().isEmpty()) {
          continue; // the workspace's own copy of a meeting folder: the gold copy stands for it
        }
        inputs.add(in);
        titles.put(in.id(), in.meta().title());
        if (goldKeys.contains("sha:" + in.sha256()) || goldKeys.contains("url:" + in.meta().url())) {
          copies.add(in.id());
        }
      }
    }
    long t0 = System.nanoTime();
    List<Meeting> meetings = grouper.group(inputs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Set<String>> meetingsOf = new HashMap<>();
    Map<String, Meeting> byId = new HashMap<>();
    for (Meeting m : meetings) {
      byId.put(m.id(), m);
      for (Membership x : m.members()) {
        meetingsOf.computeIfAbsent(x.statement(), k -> new TreeSet<>()).add(m.id());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Grouped %,d statements (%d gold, %d workspace copies of gold statements) into %,d"
        + " meetings in %.1f s (rules %s)%n", inputs.size(), label.size(), copies.size(), meetings.size(), seconds,
        MeetingGrouper.VERSION));
    for (boolean devPart : new boolean[] {true, false}) {
      Map<String, String> part = new TreeMap<>();
      label.forEach((id, slug) -> {
        if (slug.contains(dev) == devPart) {
          part.put(id, slug);
        }
      });
      PairAgreement p = PairAgreement.of(part, meetingsOf);
      // Strict: every other statement grouped with a gold statement counts as a wrong pair.
      Set<String> partMeetings = new TreeSet<>();
      part.keySet().forEach(id -> partMeetings.addAll(meetingsOf.getOrDefault(id, Set.of())));
      int extraPairs = 0;
      Map<String, List<String>> extras = new LinkedHashMap<>();
      for (String mid : partMeetings) {
        Meeting m = byId.get(mid);
        long goldIn = m.statementIds().stream().filter(part::containsKey).count();
        for (Membership x : m.members()) {
          if (!label.containsKey(x.statement()) && !copies.contains(x.statement())) {
            extraPairs += (int) goldIn;
            extras.computeIfAbsent(mid, k -> new ArrayList<>()).add(x.role() + "  " + x.statement() + "  "
                + MeetingSupport.oneLine(titles.getOrDefault(x.statement(), "")));
          }
        }
      }
      double strict = p.predicted() + extraPairs == 0 ? 1.0 : (double) p.together() / (p.predicted() + extraPairs);
      sb.append(String.format(Locale.ROOT, "%n%s part (%s): %d folders, %d statements, %d gold pairs%n", devPart ? "dev" : "test",
          devPart ? "folders containing '" + dev + "'" : "the other folders", new TreeSet<>(part.values()).size(), part.size(),
          p.gold()));
      sb.append(String.format(Locale.ROOT, "  pairwise precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", p.precision(),
          p.together(), p.predicted(), p.recall(), p.together(), p.gold()));
      sb.append(String.format(Locale.ROOT, "  strict precision %.3f (counting %d pairs with %d other workspace statements"
          + " grouped with gold ones as wrong; a lower bound: some of them are about the meeting)%n", strict, extraPairs,
          extras.values().stream().mapToInt(List::size).sum()));
      for (String slug : new TreeSet<>(part.values())) {
        sb.append("  ").append(slug).append('\n');
        for (Map.Entry<String, String> e : part.entrySet()) {
          if (e.getValue().equals(slug)) {
            Set<String> ms = meetingsOf.getOrDefault(e.getKey(), Set.of());
            sb.append("    ").append(ms.isEmpty() ? "(none)" : String.join(",", ms)).append("  ")
                .append(e.getKey().substring(e.getKey().indexOf('/') + 1)).append("  ")
                .append(MeetingSupport.oneLine(titles.get(e.getKey()))).append('\n');
          }
        }
      }
      extras.forEach((mid, list) -> {
        sb.append("  other statements in ").append(mid).append(":\n");
        list.forEach(l -> sb.append("    ").append(l).append('\n'));
      });
    }
    System.out.print(sb);
    return 0;
  }
}

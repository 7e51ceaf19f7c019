package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.internal.YamlData;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;

/**
 * A small stand-in actor matcher ({@code fallback-actors.yaml}) used only when a statement carries no
 * actor mentions (the real {@code ActorStage} did not run). Produces {@link Mention}s with rule
 * {@code commitments-fallback}; group mentions carry {@link #GROUP} as entity id, mentions of "the
 * President" carry the statement's side. Immutable and thread-safe.
 */
final class FallbackActors {
  static final String GROUP = "GROUP";
  static final String RULE = "commitments-fallback";
  private static final String RESOURCE = "fallback-actors.yaml";

  private record Entry(Pattern pattern, List<String> needs, String type, String name, String entity) {
    boolean mayMatch(String text) {
      if (needs.isEmpty()) {
        return true;
      }
      for (String n : needs) {
        if (text.contains(n)) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Entry> entries;

  private FallbackActors(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** {@code fallback-actors.yaml} as written. */
  record Data(List<EntrySpec> actors) {
  }

  record EntrySpec(List<String> needs, String pattern, String type, String name, String entity) {
  }

  static FallbackActors load() {
    Data d = YamlData.resource(FallbackActors.class, RESOURCE, Data.class);
    List<Entry> out = new ArrayList<>();
    for (EntrySpec m : d.actors()) {
      List<String> needs = m.needs() == null ? List.of() : m.needs();
      out.add(new Entry(Pattern.compile(String.valueOf(m.pattern())), needs, String.valueOf(m.type()),
          String.valueOf(m.name()), String.valueOf(m.entity())));
    }
    return new FallbackActors(out);
  }

  /** Mentions in {@code doc}, non-overlapping (earlier YAML entries win, then longer matches). */
  List<Mention> mentions(AnalyzedStatement doc, String sideActor) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<int[]> taken = new ArrayList<>();
      List<Mention> found = new ArrayList<>();
      for (Entry e : entries) {
        if (!e.mayMatch(s.text())) {
          continue;
        }
        Matcher m = e.pattern.matcher(s.text());
        while (m.find()) {
          int a = m.start();
          int b = m.end();
          if (b <= a || overlaps(taken, a, b)) {
            continue;
          }
          taken.add(new int[] {a, b});
          String entity = "SIDE".equals(e.entity) ? sideActor : e.entity;
          if (entity == null || entity.isEmpty()) {
            continue;
          }
          found.add(new Mention(s.index(), s.start() + a, s.start() + b, m.group(), e.name.isEmpty() ? entity : e.name,
              e.name, e.type, entity, "group".equals(e.type) ? "group" : RULE));
        }
      }
      found.sort(Comparator.comparingInt(Mention::start));
      out.addAll(found);
    }
    return out;
  }

  private static boolean overlaps(List<int[]> taken, int a, int b) {
    for (int[] t : taken) {
      if (a < t[1] && t[0] < b) {
        return true;
      }
    }
    return false;
  }
}

package org.readout.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.compare.Alignment;
import org.readout.compare.Comparison;
import org.readout.compare.Finding;
import org.readout.model.Evidence;

/**
 * The one place the web reads the comparison's findings (the brief on top of a meeting) and labels sentence
 * pairs; a change of the brief (its renderer or finding types) is made here only.
 */
final class Brief {
  /** Evidence links shown per finding; the rest are in the exported report. */
  static final int MAX_LINKS = 6;
  private Brief() {
  }

  /** The brief: the comparison's findings, in the comparer's order, each with its evidence links. */
  static List<View.BriefItem> items(Comparison c, String meetingId, Map<String, Integer> columnOf) {
    List<View.BriefItem> out = new ArrayList<>();
    for (Finding f : c.findings()) {
      List<View.Link> links = new ArrayList<>();
      for (Evidence e : f.evidence().subList(0, Math.min(MAX_LINKS, f.evidence().size()))) {
        Integer col = columnOf.get(e.statement());
        String href = col == null ? "/statement?id=" + Charts.url(e.statement()) + "#" + anchor(0, e.sentence())
            : "#" + anchor(col, e.sentence());
        links.add(new View.Link(href, e.statement().substring(e.statement().lastIndexOf('/') + 1) + " #" + e.sentence()));
      }
      if (f.evidence().size() > MAX_LINKS) {
        links.add(new View.Link("/meeting/export?id=" + Charts.url(meetingId) + "&format=md",
            "+" + (f.evidence().size() - MAX_LINKS) + " more in the full report"));
      }
      out.add(new View.BriefItem(f.type(), f.text(), links));
    }
    return out;
  }

  /**
   * The type of each aligned pair, by its two sentences: {@code convergence} when a convergence finding
   * rests on both sentences, else {@code aligned} (the comparer's alignment without a finding).
   */
  static Map<String, String> pairTypes(Comparison c) {
    Map<String, String> types = new HashMap<>();
    for (Alignment a : c.alignments()) {
      types.put(key(a), "aligned");
    }
    for (Finding f : c.findings()) {
      if (!Finding.CONVERGENCE.equals(f.type())) {
        continue;
      }
      for (Alignment a : c.alignments()) {
        boolean hasA = f.evidence().stream().anyMatch(e -> e.statement().equals(a.a().statement()) && e.sentence() == a.a().sentence());
        boolean hasB = f.evidence().stream().anyMatch(e -> e.statement().equals(a.b().statement()) && e.sentence() == a.b().sentence());
        if (hasA && hasB) {
          types.put(key(a), "convergence");
        }
      }
    }
    return types;
  }

  static String key(Alignment a) {
    return a.a().statement() + "#" + a.a().sentence() + "|" + a.b().statement() + "#" + a.b().sentence();
  }

  static String anchor(int column, int sentence) {
    return "s" + column + "-" + sentence;
  }
}

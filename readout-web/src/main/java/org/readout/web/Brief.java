package org.readout.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.compare.Alignment;
import org.readout.compare.Comparison;
import org.readout.compare.Finding;

/**
 * The web's view of the core brief ({@link org.readout.compare.Brief#of}): its headline and ranked items with
 * their quotes linked to the sentences on the page; and the labels of sentence pairs. The brief's content is
 * made in core only; this class maps it to page records.
 */
final class Brief {
  private Brief() {
  }

  /** The brief of {@code c}: headline and items, each quote linked to its sentence (on the page or its statement). */
  static View.BriefView of(Comparison c, Map<String, Integer> columnOf) {
    org.readout.compare.Brief b = org.readout.compare.Brief.of(c);
    List<View.BriefItem> items = new ArrayList<>();
    for (org.readout.compare.Brief.Item i : b.items()) {
      List<View.QuoteView> quotes = new ArrayList<>();
      for (org.readout.compare.Brief.Quote q : i.quotes()) {
        Integer col = columnOf.get(q.statement());
        String href = col == null ? "/statement?id=" + Charts.url(q.statement()) + "#" + anchor(0, q.sentence())
            : "#" + anchor(col, q.sentence());
        quotes.add(new View.QuoteView(href, q.side(), q.statement().substring(q.statement().lastIndexOf('/') + 1)
            + " #" + q.sentence(), q.text()));
      }
      items.add(new View.BriefItem(i.type(), i.label(), i.text(), quotes));
    }
    return new View.BriefView(b.headline(), b.notes(), items);
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

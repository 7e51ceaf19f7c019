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

  /** Pair types a finding can give, strongest first (a pair resting under several takes the first). */
  static final List<String> PAIR_TYPES = List.of(Finding.MIRROR, Finding.CONTRAST, Finding.CONVERGENCE);

  /** A linked pair of sentences and its type. */
  record PairLink(String aStatement, int aSentence, String bStatement, int bSentence, String type) {
  }

  /**
   * The linked pairs of {@code c}: each aligned pair, typed by the mirror, contrast or convergence finding that
   * rests on both its sentences (mirror before contrast before convergence), else {@code aligned}; and each such
   * finding's own pair (its first two evidence sentences from different statements) when the aligner did not pair
   * them, so a mirror found below the alignment threshold is linked too.
   */
  static List<PairLink> pairs(Comparison c) {
    Map<String, String> types = new HashMap<>();
    for (int rank = PAIR_TYPES.size() - 1; rank >= 0; rank--) { // weakest first, so the strongest is written last
      String type = PAIR_TYPES.get(rank);
      for (Finding f : c.findings()) {
        if (!type.equals(f.type())) {
          continue;
        }
        java.util.Set<String> rests = new java.util.HashSet<>();
        for (Evidence e : f.evidence()) {
          rests.add(e.statement() + "#" + e.sentence());
        }
        for (Alignment a : c.alignments()) {
          if (rests.contains(a.a().statement() + "#" + a.a().sentence()) && rests.contains(a.b().statement() + "#" + a.b().sentence())) {
            types.put(key(a), type);
          }
        }
      }
    }
    Map<String, PairLink> out = new java.util.LinkedHashMap<>();
    for (Alignment a : c.alignments()) {
      PairLink p = new PairLink(a.a().statement(), a.a().sentence(), a.b().statement(), a.b().sentence(),
          types.getOrDefault(key(a), "aligned"));
      out.put(unordered(p), p);
    }
    for (String type : PAIR_TYPES) {
      for (Finding f : c.findings()) {
        if (!type.equals(f.type()) || f.evidence().isEmpty()) {
          continue;
        }
        Evidence first = f.evidence().get(0);
        Evidence other = f.evidence().stream().filter(e -> !e.statement().equals(first.statement())).findFirst().orElse(null);
        if (other == null) {
          continue;
        }
        PairLink p = new PairLink(first.statement(), first.sentence(), other.statement(), other.sentence(), type);
        out.putIfAbsent(unordered(p), p);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String unordered(PairLink p) {
    String x = p.aStatement() + "#" + p.aSentence();
    String y = p.bStatement() + "#" + p.bSentence();
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  static String key(Alignment a) {
    return a.a().statement() + "#" + a.a().sentence() + "|" + a.b().statement() + "#" + a.b().sentence();
  }

  static String anchor(int column, int sentence) {
    return "s" + column + "-" + sentence;
  }
}

package org.readout.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Report} as plain-text tables (one per layer and half, quotable in a benchmark report) or as
 * JSON. Numbers have three decimals; a ratio with nothing to divide by shows as {@code -} (JSON {@code null}).
 * Misses are listed only for halves whose misses may be shown; otherwise a line says they are withheld.
 */
public final class ReportWriter {
  private ReportWriter() {
  }

  public static String text(Report r) {
    StringBuilder b = new StringBuilder();
    b.append("readout eval — gold ").append(r.gold()).append('\n');
    for (Report.Half h : r.halves()) {
      b.append('\n').append("== ").append(h.half()).append(" half: ");
      b.append(h.statements()).append(" statements (").append(h.words()).append(" words annotated)");
      if (h.meetings() > 0 || h.pairs() > 0) {
        b.append(", ").append(h.meetings()).append(" meetings, ").append(h.pairs()).append(" sentence pairs");
      }
      b.append('\n');
      for (Report.Layer l : h.layers().values()) {
        layer(b, h.half(), l);
      }
    }
    return b.toString();
  }

  private static void layer(StringBuilder b, String half, Report.Layer l) {
    b.append('\n').append(title(l.name())).append(" (").append(half).append(")\n");
    StringBuilder counts = new StringBuilder();
    for (Map.Entry<String, Integer> e : l.counts().entrySet()) {
      if (counts.length() > 0) {
        counts.append(", ");
      }
      counts.append(e.getKey()).append(' ').append(e.getValue());
    }
    if (counts.length() > 0) {
      b.append("  counts: ").append(counts).append('\n');
    }
    if (!l.prf().isEmpty()) {
      b.append(String.format(Locale.ROOT, "  %-46s %6s %6s %6s %7s %7s %7s%n", "", "right", "pred", "gold", "P", "R",
          "F1"));
      for (Report.Prf p : l.prf()) {
        b.append(String.format(Locale.ROOT, "  %-46s %6d %6d %6d %7s %7s %7s%n", p.label(), p.right(), p.predicted(),
            p.gold(), num(p.precision()), num(p.recall()), num(p.f1())));
      }
    }
    for (Map.Entry<String, java.util.List<Report.TypeRow>> t : l.tables().entrySet()) {
      boolean pairs = t.getKey().equals("pairs");
      b.append(String.format(Locale.ROOT, "  %-46s %6s %6s %7s %6s %6s %7s%n",
          t.getKey() + (pairs ? ": label" : t.getKey().startsWith("by ") ? "" : ": finding type"), "pred", "right",
          "P", "gold", "found", "R"));
      if (t.getValue().isEmpty()) {
        b.append("  (none)\n");
      }
      for (Report.TypeRow row : t.getValue()) {
        b.append(String.format(Locale.ROOT, "  %-46s %6d %6d %7s %6d %6d %7s%n", "  " + row.type(), row.predicted(),
            row.right(), num(row.precision()), row.gold(), row.found(), num(row.recall())));
      }
    }
    for (Report.Ratio q : l.ratios()) {
      b.append(String.format(Locale.ROOT, "  %-62s %7s  (%d of %d)%n", q.label(), num(q.value()), q.num(), q.den()));
    }
    if (!l.other().isEmpty()) {
      b.append("  finding types the gold has no category for: ");
      StringBuilder o = new StringBuilder();
      l.other().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        if (o.length() > 0) {
          o.append(", ");
        }
        o.append(e.getKey()).append(' ').append(e.getValue());
      });
      b.append(o).append('\n');
    }
    if (l.missesShown()) {
      b.append("  misses: ").append(l.misses().size()).append('\n');
      for (Report.Miss m : l.misses()) {
        b.append("    ").append(m.statement()).append("  ").append(m.what().toUpperCase(Locale.ROOT)).append("  ")
            .append(m.detail()).append('\n');
      }
    } else {
      b.append("  misses: withheld for this half (counts only; --show-test-misses lists them)\n");
    }
  }

  private static String title(String layer) {
    return switch (layer) {
      case "commitments" -> "Commitments";
      case "attributions" -> "Attributions";
      case "dates" -> "Dates";
      case "topics" -> "Topics (as the brief lists them per side)";
      case "compare" -> "Compare";
      default -> layer;
    };
  }

  static String num(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  public static String json(Report r) {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("gold", r.gold());
    ArrayNode halves = root.putArray("halves");
    for (Report.Half h : r.halves()) {
      ObjectNode hn = halves.addObject();
      hn.put("half", h.half());
      hn.put("statements", h.statements());
      hn.put("words", h.words());
      hn.put("meetings", h.meetings());
      hn.put("pairs", h.pairs());
      ObjectNode layers = hn.putObject("layers");
      for (Report.Layer l : h.layers().values()) {
        ObjectNode ln = layers.putObject(l.name());
        ObjectNode counts = ln.putObject("counts");
        l.counts().forEach(counts::put);
        ArrayNode prf = ln.putArray("metrics");
        for (Report.Prf p : l.prf()) {
          ObjectNode x = prf.addObject();
          x.put("metric", p.label());
          x.put("right", p.right());
          x.put("predicted", p.predicted());
          x.put("gold", p.gold());
          put(x, "precision", p.precision());
          put(x, "recall", p.recall());
          put(x, "f1", p.f1());
        }
        ArrayNode ratios = ln.putArray("ratios");
        for (Report.Ratio q : l.ratios()) {
          ObjectNode x = ratios.addObject();
          x.put("metric", q.label());
          x.put("num", q.num());
          x.put("den", q.den());
          put(x, "value", q.value());
        }
        if (!l.tables().isEmpty()) {
          ObjectNode tables = ln.putObject("tables");
          l.tables().forEach((name, rows) -> {
            ArrayNode a = tables.putArray(name);
            for (Report.TypeRow row : rows) {
              ObjectNode x = a.addObject();
              x.put(name.equals("pairs") ? "label" : "type", row.type());
              x.put("predicted", row.predicted());
              x.put("right", row.right());
              put(x, "precision", row.precision());
              x.put("gold", row.gold());
              x.put("found", row.found());
              put(x, "recall", row.recall());
            }
          });
        }
        if (!l.other().isEmpty()) {
          ObjectNode o = ln.putObject("otherFindingTypes");
          l.other().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.put(e.getKey(), e.getValue()));
        }
        if (l.missesShown()) {
          ArrayNode misses = ln.putArray("misses");
          for (Report.Miss x : l.misses()) {
            ObjectNode mn = misses.addObject();
            mn.put("statement", x.statement());
            mn.put("what", x.what());
            mn.put("detail", x.detail());
          }
        } else {
          ln.putNull("misses");
        }
      }
    }
    try {
      return m.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the report as JSON", e);
    }
  }

  private static void put(ObjectNode x, String key, Double v) {
    if (v == null) {
      x.putNull(key);
    } else {
      x.put(key, Math.round(v * 1000) / 1000.0);
    }
  }
}

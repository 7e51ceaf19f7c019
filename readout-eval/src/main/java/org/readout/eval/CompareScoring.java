package org.readout.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.eval.Locator.Span;

/**
 * Scores comparison findings against the meeting gold and labels sentence pairs. A quote is <em>covered</em> by a
 * finding when one of its evidence sentences lies in the statement holding the quote and overlaps at least half
 * of it. A predicted finding is right when a gold finding of the same type matches it:
 * <ul>
 *   <li>{@code convergence}, {@code mirror}, {@code contrast}: both quotes {@code a} and {@code b} covered;</li>
 *   <li>{@code one-sided-topic}: same topic id, and the statements it names all of the gold side;</li>
 *   <li>{@code one-sided-report}: the quote covered (it is searched in that side's statements);</li>
 *   <li>{@code initiative}: the side of its first evidence (else first statement) is the gold side, and the quote
 *   covered when the gold gives one;</li>
 *   <li>{@code outcome}: the gold label (hyphens as spaces) is the finding's topic or occurs in its text;</li>
 *   <li>{@code length-asymmetry}: its first statement (the longer) is of the gold's longer side.</li>
 * </ul>
 * A <em>forbidden convergence</em> is a predicted convergence covering a pair the gold lists under {@code not} or
 * as a mirror or contrast. A sentence pair's predicted label is the type of the first convergence, mirror or
 * contrast finding covering both its quotes, else {@code none}.
 */
final class CompareScoring {
  static final List<String> TYPES = List.of("outcome", "initiative", "mirror", "contrast", "convergence",
      "one-sided-report", "one-sided-topic", "length-asymmetry");
  static final List<String> PAIR_LABELS = List.of("convergence", "mirror", "contrast", "none");
  static final Set<String> PAIR_TYPES = Set.of("convergence", "mirror", "contrast");

  private CompareScoring() {
  }

  /** A quote located in one statement of a meeting (or pair). */
  record Located(String statement, Span span) {
  }

  /** A gold finding with its quotes located ({@code null} when the field is not used). */
  record LocatedFinding(Gold.Finding gold, Located quote, Located a, Located b) {
  }

  static boolean covers(Predictions.Finding f, Located q) {
    if (q == null) {
      return false;
    }
    int need = Math.max(1, (q.span().length() + 1) / 2);
    for (Predictions.Evidence e : f.evidence()) {
      if (e.statement().equals(q.statement()) && new Span(e.start(), e.end()).overlap(q.span()) >= need) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(Predictions.Finding f, LocatedFinding lg, Map<String, String> sides) {
    Gold.Finding g = lg.gold();
    if (!f.type().equals(g.type())) {
      return false;
    }
    return switch (g.type()) {
      case "convergence", "mirror", "contrast" -> covers(f, lg.a()) && covers(f, lg.b());
      case "one-sided-topic" -> f.topic().equals(g.topic()) && !f.statements().isEmpty()
          && f.statements().stream().allMatch(s -> g.side().equals(sides.get(s)));
      case "one-sided-report" -> covers(f, lg.quote());
      case "initiative" -> g.side().equals(firstSide(f, sides)) && (lg.quote() == null || covers(f, lg.quote()));
      case "outcome" -> {
        String label = norm(g.label());
        yield !label.isEmpty() && (norm(f.topic()).equals(label) || norm(f.text()).contains(label));
      }
      case "length-asymmetry" -> !f.statements().isEmpty() && g.longer().equals(sides.get(f.statements().get(0)));
      default -> false;
    };
  }

  private static String firstSide(Predictions.Finding f, Map<String, String> sides) {
    if (!f.evidence().isEmpty()) {
      return sides.getOrDefault(f.evidence().get(0).statement(), "");
    }
    return f.statements().isEmpty() ? "" : sides.getOrDefault(f.statements().get(0), "");
  }

  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
  }

  /** Tallies of one meeting, merged into the half's layer by {@link #meeting}. */
  static void meeting(String meeting, List<LocatedFinding> gold, List<LocatedFinding> not,
                      List<Predictions.Finding> predicted, Map<String, String> sides, Report.Layer out,
                      Map<String, int[]> table, boolean misses) {
    Set<Integer> found = new HashSet<>();
    int convergences = 0;
    int forbidden = 0;
    for (Predictions.Finding f : predicted) {
      if (!TYPES.contains(f.type())) {
        out.other().merge(f.type(), 1, Integer::sum);
        continue;
      }
      int[] row = table.computeIfAbsent(f.type(), k -> new int[4]);
      row[0]++;
      boolean right = false;
      for (int i = 0; i < gold.size(); i++) {
        if (matches(f, gold.get(i), sides)) {
          right = true;
          found.add(i);
        }
      }
      if (right) {
        row[1]++;
      } else if (misses) {
        out.misses().add(new Report.Miss(meeting, "wrong " + f.type(), describe(f)));
      }
      if (f.type().equals("convergence")) {
        convergences++;
        boolean bad = false;
        for (LocatedFinding n : not) {
          bad |= covers(f, n.a()) && covers(f, n.b());
        }
        for (LocatedFinding g : gold) {
          if (g.gold().type().equals("mirror") || g.gold().type().equals("contrast")) {
            bad |= covers(f, g.a()) && covers(f, g.b());
          }
        }
        if (bad) {
          forbidden++;
          if (misses) {
            out.misses().add(new Report.Miss(meeting, "forbidden convergence", describe(f)));
          }
        }
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      Gold.Finding g = gold.get(i).gold();
      int[] row = table.computeIfAbsent(g.type(), k -> new int[4]);
      row[2]++;
      if (found.contains(i)) {
        row[3]++;
      } else if (misses) {
        out.misses().add(new Report.Miss(meeting, "not found", describe(g)));
      }
    }
    out.add("meeting convergences predicted", convergences);
    out.add("meeting convergences forbidden", forbidden);
  }

  /** The predicted label of one sentence pair. */
  static String pairLabel(List<Predictions.Finding> findings, Located a, Located b) {
    for (Predictions.Finding f : findings) {
      if (PAIR_TYPES.contains(f.type()) && covers(f, a) && covers(f, b)) {
        return f.type();
      }
    }
    return "none";
  }

  static List<Report.TypeRow> rows(Map<String, int[]> table, List<String> order) {
    List<Report.TypeRow> out = new ArrayList<>();
    Map<String, int[]> sorted = new LinkedHashMap<>();
    for (String t : order) {
      if (table.containsKey(t)) {
        sorted.put(t, table.get(t));
      }
    }
    table.keySet().stream().filter(t -> !order.contains(t)).sorted().forEach(t -> sorted.put(t, table.get(t)));
    sorted.forEach((t, r) -> out.add(new Report.TypeRow(t, r[0], r[1], r[2], r[3])));
    return out;
  }

  private static String describe(Predictions.Finding f) {
    StringBuilder b = new StringBuilder(f.type());
    if (!f.topic().isEmpty()) {
      b.append(" [").append(f.topic()).append(']');
    }
    b.append(": ").append(Scoring.quote(f.text()));
    return b.toString();
  }

  private static String describe(Gold.Finding g) {
    StringBuilder b = new StringBuilder(g.type());
    for (String[] kv : new String[][] {{"label", g.label()}, {"side", g.side()}, {"topic", g.topic()},
        {"longer", g.longer()}}) {
      if (!kv[1].isEmpty()) {
        b.append(' ').append(kv[0]).append('=').append(kv[1]);
      }
    }
    for (String q : new String[] {g.quote(), g.a(), g.b()}) {
      if (!q.isEmpty()) {
        b.append(' ').append(Scoring.quote(q));
      }
    }
    return b.toString();
  }
}

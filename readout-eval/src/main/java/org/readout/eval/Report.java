package org.readout.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation: per half, per layer, counts, metric rows and (for the development half) the
 * misses. Built by {@link Evaluation}, rendered by {@link ReportWriter}. Everything is kept in a fixed order, so
 * the same gold and the same code give the same report.
 */
public final class Report {
  /** Which layers exist, in report order. */
  public static final List<String> LAYERS = List.of("commitments", "attributions", "dates", "topics", "compare");

  /** A precision/recall row: {@code right} of {@code predicted} predictions and of {@code gold} gold items. */
  public record Prf(String label, int right, int predicted, int gold) {
    public Double precision() {
      return predicted == 0 ? null : (double) right / predicted;
    }

    public Double recall() {
      return gold == 0 ? null : (double) right / gold;
    }

    public Double f1() {
      Double p = precision();
      Double r = recall();
      if (p == null || r == null) {
        return null;
      }
      return p + r == 0 ? Double.valueOf(0.0) : Double.valueOf(2 * p * r / (p + r));
    }
  }

  /** A single ratio: {@code num} of {@code den}. */
  public record Ratio(String label, int num, int den) {
    public Double value() {
      return den == 0 ? null : (double) num / den;
    }
  }

  /** Per finding type (or pair label): predicted, right among them, gold, and gold found. */
  public record TypeRow(String type, int predicted, int right, int gold, int found) {
    public Double precision() {
      return predicted == 0 ? null : (double) right / predicted;
    }

    public Double recall() {
      return gold == 0 ? null : (double) found / gold;
    }
  }

  /** One reported error: {@code what} is {@code not found}, {@code wrong}, {@code spurious}, … */
  public record Miss(String statement, String what, String detail) {
  }

  /** One layer of one half. */
  public static final class Layer {
    private final String name;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Prf> prf = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final Map<String, List<TypeRow>> tables = new LinkedHashMap<>();
    private final Map<String, Integer> other = new LinkedHashMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private final Map<String, Map<String, int[]>> tallies = new LinkedHashMap<>();
    private boolean missesShown;

    public Layer(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    public Map<String, Integer> counts() {
      return counts;
    }

    public int count(String key) {
      return counts.getOrDefault(key, 0);
    }

    public void add(String key, int n) {
      counts.merge(key, n, Integer::sum);
    }

    public List<Prf> prf() {
      return prf;
    }

    public List<Ratio> ratios() {
      return ratios;
    }

    /** Named per-type tables (compare: {@code meetings}, {@code pairs}). */
    public Map<String, List<TypeRow>> tables() {
      return tables;
    }

    /** Finding types the analysis produced that the gold has no category for, with their counts. */
    public Map<String, Integer> other() {
      return other;
    }

    public List<Miss> misses() {
      return misses;
    }

    /** Adds one statement's figures to row {@code row} of breakdown table {@code table} (see {@link #closeTallies}). */
    public void tally(String table, String row, int predicted, int right, int gold, int found) {
      int[] r = tallies.computeIfAbsent(table, k -> new java.util.TreeMap<>()).computeIfAbsent(row, k -> new int[4]);
      r[0] += predicted;
      r[1] += right;
      r[2] += gold;
      r[3] += found;
    }

    /** Turns the tallied breakdowns into {@link #tables()}, rows in name order. */
    public void closeTallies() {
      tallies.forEach((table, rows) -> {
        List<TypeRow> out = new ArrayList<>();
        rows.forEach((row, r) -> out.add(new TypeRow(row, r[0], r[1], r[2], r[3])));
        tables.put(table, out);
      });
    }

    public boolean missesShown() {
      return missesShown;
    }

    public void showMisses(boolean shown) {
      this.missesShown = shown;
    }
  }

  /** One half (dev or test): the statements scored and the layers. */
  public record Half(String half, int statements, int words, int meetings, int pairs, Map<String, Layer> layers) {
  }

  private final String gold;
  private final List<Half> halves;

  public Report(String gold, List<Half> halves) {
    this.gold = gold;
    this.halves = List.copyOf(halves);
  }

  public String gold() {
    return gold;
  }

  public List<Half> halves() {
    return halves;
  }
}

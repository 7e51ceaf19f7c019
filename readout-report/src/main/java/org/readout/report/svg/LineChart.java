package org.readout.report.svg;

import java.util.List;
import org.readout.report.escape.XmlEscaper;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart as standalone SVG: one line per series over labelled x positions, a y axis from zero
 * with gridlines, a legend, and a {@code <title>} tooltip on every point (series, label, value and
 * its note, e.g. the counts behind a share). Text is XML-escaped. Deterministic output; immutable.
 */
public final class LineChart {
  /** One line: a name and one value per x label ({@code NaN}: no point); notes go into tooltips. */
  public record Series(String name, double[] values, String[] notes) {
    public Series {
      Objects.requireNonNull(name, "name");
      values = values.clone();
      notes = notes == null ? new String[values.length] : notes.clone();
    }
  }

  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
      "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
  private static final int WIDTH = 900;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 170;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;

  private final String title;
  private final String yLabel;
  private final boolean percent;

  /**
   * @param title   chart heading
   * @param yLabel  y axis label
   * @param percent values are shares in [0, 1], printed as percentages
   */
  public LineChart(String title, String yLabel, boolean percent) {
    this.title = Objects.requireNonNull(title, "title");
    this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    this.percent = percent;
  }

  public String render(List<String> labels, List<Series> series) {
    double max = 0;
    for (Series s : series) {
      if (s.values().length != labels.size()) {
        throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().length + " values for "
            + labels.size() + " labels");
      }
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
        }
      }
    }
    double top = niceCeiling(max);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
    sb.append("  <title>").append(xml(title)).append("</title>\n");
    sb.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    sb.append("  <text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"16\" font-weight=\"bold\">").append(xml(title))
        .append("</text>\n");
    for (int g = 0; g <= 4; g++) {
      double v = top * g / 4;
      double y = TOP + plotH - plotH * g / 4.0;
      sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", LEFT, y,
          LEFT + plotW, y));
      sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
          xml(format(v))));
    }
    sb.append(String.format(Locale.ROOT, "  <text transform=\"translate(16,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
        TOP + plotH / 2, xml(yLabel)));
    int n = labels.size();
    int step = Math.max(1, (int) Math.ceil(n / 18.0));
    for (int i = 0; i < n; i++) {
      if (i % step == 0) {
        double x = x(i, n, plotW);
        sb.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-45 %.1f %d)\">%s</text>%n",
            x, TOP + plotH + 16, x, TOP + plotH + 16, xml(labels.get(i))));
      }
    }
    sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n", LEFT,
        TOP + plotH, LEFT + plotW, TOP + plotH));
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String colour = COLOURS[k % COLOURS.length];
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double v = s.values()[i];
        if (Double.isNaN(v)) {
          continue;
        }
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x(i, n, plotW),
            y(v, top, plotH)));
      }
      sb.append("  <g>\n    <path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
          .append("\" stroke-width=\"2\"/>\n");
      for (int i = 0; i < n; i++) {
        double v = s.values()[i];
        if (Double.isNaN(v)) {
          continue;
        }
        String note = s.notes()[i] == null ? "" : " (" + s.notes()[i] + ")";
        sb.append(String.format(Locale.ROOT, "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title></circle>%n",
            x(i, n, plotW), y(v, top, plotH), colour, xml(s.name() + ", " + labels.get(i) + ": " + format(v) + note)));
      }
      sb.append("  </g>\n");
      int ly = TOP + 10 + k * 20;
      sb.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>%n",
          LEFT + plotW + 15, ly, LEFT + plotW + 35, ly, colour));
      sb.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotW + 40, ly + 4, xml(s.name())));
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static double x(int i, int n, int plotW) {
    return n <= 1 ? LEFT + plotW / 2.0 : LEFT + plotW * (double) i / (n - 1);
  }

  private static double y(double v, double top, int plotH) {
    return TOP + plotH - (top == 0 ? 0 : plotH * v / top);
  }

  private String format(double v) {
    return percent ? String.format(Locale.ROOT, "%.1f%%", v * 100) : String.format(Locale.ROOT, "%.0f", v);
  }

  /** The smallest 1, 2 or 5 times a power of ten at or above {@code v} (1 when v is 0). */
  static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v - 1e-12) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** XML text and attribute escaping (the report module's one XML escaper). */
  static String xml(String s) {
    return XmlEscaper.escape(s);
  }

}

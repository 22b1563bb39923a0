package dev.ticketing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's charts, as plain SVG written by hand ({@code <rect>}, {@code <polyline>}, {@code
 * <text>}): no chart library, no script, so that they show on GitHub and in any browser, and diff
 * as text. {@link ResultsTable} calls {@link #write} with the runs it has read:
 *
 * <ul>
 *   <li>{@code bookings-per-second.svg}: bookings/s of every run that books (pgbench included);
 *   <li>{@code p95.svg}: the p95 latency of every run, in the table's sense (of the booking request
 *       in booking runs, of the 201s in the overload run);
 *   <li>{@code load.svg}: responses per second over each Gatling run, one small panel per run, from
 *       the "Number of responses per second" series in Gatling's {@code index.html}.
 * </ul>
 */
final class Charts {
  private static final int WIDTH = 960;
  private static final int LABEL_WIDTH = 430;
  private static final int BAR_ROW = 22;
  private static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";
  private static final String BAR_COLOUR = "#4a72b0";
  private static final String KO_COLOUR = "#c0392b";

  private Charts() {}

  /** One bar: a run's label and its value. */
  record Bar(String label, double value) {}

  /** One run's responses per second, second by second from its start; {@code ko} may be empty. */
  record Load(String label, double[] all, double[] ko) {}

  /** Writes the three charts into {@code dir} (created if need be); returns the files written. */
  static List<Path> write(
      Path dir, String title, List<Bar> bookings, List<Bar> p95, List<Load> loads)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(
        writeFile(dir.resolve("bookings-per-second.svg"), bars(title, "bookings/s", bookings)));
    written.add(writeFile(dir.resolve("p95.svg"), bars(title, "p95 latency, ms", p95)));
    written.add(writeFile(dir.resolve("load.svg"), panels(title, loads)));
    return written;
  }

  private static Path writeFile(Path file, String svg) throws IOException {
    Files.writeString(file, svg);
    return file;
  }

  /** A horizontal bar chart: labels on the left, each bar with its value at its end. */
  static String bars(String title, String unit, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int top = 48;
    int height = top + Math.max(1, bars.size()) * BAR_ROW + 30;
    int plot = WIDTH - LABEL_WIDTH - 80;
    StringBuilder svg = open(WIDTH, height);
    text(svg, 10, 20, "start", "bold", title);
    text(svg, 10, 38, "start", "normal", unit);
    if (bars.isEmpty()) {
      text(svg, LABEL_WIDTH, top + 15, "start", "normal", "no runs");
    }
    int y = top;
    for (Bar bar : bars) {
      double length = max > 0 ? bar.value() / max * plot : 0;
      text(svg, LABEL_WIDTH - 8, y + 15, "end", "normal", bar.label());
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
              LABEL_WIDTH,
              y + 3,
              length,
              BAR_ROW - 6,
              BAR_COLOUR));
      text(
          svg,
          (int) (LABEL_WIDTH + length + 6),
          y + 15,
          "start",
          "normal",
          String.format(Locale.ROOT, "%,.0f", bar.value()));
      y += BAR_ROW;
    }
    line(svg, LABEL_WIDTH, top, LABEL_WIDTH, y, "#333");
    return close(svg);
  }

  /** Small multiples: one panel per run, responses/s against seconds since the run began. */
  static String panels(String title, List<Load> loads) {
    int columns = 3;
    int panelWidth = WIDTH / columns;
    int panelHeight = 150;
    int top = 48;
    int rows = Math.max(1, (loads.size() + columns - 1) / columns);
    StringBuilder svg = open(WIDTH, top + rows * panelHeight + 10);
    text(svg, 10, 20, "start", "bold", title);
    text(
        svg,
        10,
        38,
        "start",
        "normal",
        "responses per second over each Gatling run (blue: all; red: failed, if any)");
    if (loads.isEmpty()) {
      text(svg, 10, top + 20, "start", "normal", "no Gatling runs");
    }
    for (int i = 0; i < loads.size(); i++) {
      Load load = loads.get(i);
      int x0 = (i % columns) * panelWidth + 40;
      int y0 = top + (i / columns) * panelHeight;
      int w = panelWidth - 60;
      int h = panelHeight - 50;
      double max = 0;
      for (double v : load.all()) {
        max = Math.max(max, v);
      }
      text(svg, x0, y0 + 14, "start", "bold", shorten(load.label(), 48));
      int plotTop = y0 + 24;
      line(svg, x0, plotTop, x0, plotTop + h, "#333");
      line(svg, x0, plotTop + h, x0 + w, plotTop + h, "#333");
      text(svg, x0 - 4, plotTop + 10, "end", "normal", String.format(Locale.ROOT, "%.0f", max));
      text(svg, x0 - 4, plotTop + h, "end", "normal", "0");
      text(
          svg,
          x0 + w,
          plotTop + h + 14,
          "end",
          "normal",
          Math.max(0, load.all().length - 1) + " s");
      polyline(svg, load.all(), max, x0, plotTop, w, h, BAR_COLOUR);
      boolean failed = false;
      for (double v : load.ko()) {
        failed |= v > 0;
      }
      if (failed) {
        polyline(svg, load.ko(), max, x0, plotTop, w, h, KO_COLOUR);
      }
    }
    return close(svg);
  }

  private static void polyline(
      StringBuilder svg, double[] values, double max, int x0, int y0, int w, int h, String colour) {
    if (values.length == 0) {
      return;
    }
    StringBuilder points = new StringBuilder();
    for (int s = 0; s < values.length; s++) {
      double x = x0 + (values.length == 1 ? 0 : (double) s / (values.length - 1) * w);
      double y = y0 + h - (max > 0 ? values[s] / max * h : 0);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    svg.append(
        String.format(
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
            points.toString().trim(), colour));
  }

  /**
   * A series of Gatling's report, per second: {@code chart} is the container id ({@code
   * ResponsesContainerId} for responses per second), {@code series} its name ({@code All}, {@code
   * OK}, {@code KO}). Empty when the report has no such series.
   */
  static double[] gatlingSeries(String indexHtml, String chart, String series) {
    int at = indexHtml.indexOf("renderTo: '" + chart + "'");
    if (at < 0) {
      return new double[0];
    }
    int end = indexHtml.indexOf("renderTo:", at + 1);
    String part = indexHtml.substring(at, end < 0 ? indexHtml.length() : end);
    Matcher data =
        Pattern.compile(
                "name: '" + Pattern.quote(series) + "',\\s*data: \\[((?:\\[[^\\]]*\\],?\\s*)*)\\]")
            .matcher(part);
    if (!data.find()) {
      return new double[0];
    }
    List<Double> values = new ArrayList<>();
    Matcher point = Pattern.compile("\\[\\s*\\d+\\s*,\\s*([0-9.]+)\\s*\\]").matcher(data.group(1));
    while (point.find()) {
      values.add(Double.parseDouble(point.group(1)));
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static StringBuilder open(int width, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" %s>%n",
            width, height, width, height, FONT));
    svg.append(
        String.format("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
    return svg;
  }

  private static String close(StringBuilder svg) {
    return svg.append("</svg>\n").toString();
  }

  private static void text(
      StringBuilder svg, int x, int y, String anchor, String weight, String content) {
    svg.append(
        String.format(
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
            x, y, anchor, weight, escape(content)));
  }

  private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String colour) {
    svg.append(
        String.format(
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>%n",
            x1, y1, x2, y2, colour));
  }

  private static String shorten(String label, int most) {
    return label.length() <= most ? label : label.substring(0, most - 1) + "…";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

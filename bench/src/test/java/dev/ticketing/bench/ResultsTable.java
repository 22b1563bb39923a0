package dev.ticketing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's one table, from {@code bench/target/runs.tsv} that {@code bench/run.sh} writes, a
 * line per run: id, scenario, load, kind ({@code gatling} or {@code pgbench}), where its figures
 * are (Gatling's report folder, or pgbench's per-transaction logs), the id of the run it is
 * compared with ({@code -} for none), and the database check's counts.
 *
 * <ul>
 *   <li>{@code ResultsTable --last runs.tsv}: the last run's row (progress while the bench runs);
 *   <li>{@code ResultsTable runs.tsv machine.txt results.md}: the whole table with the machine,
 *       printed and written.
 * </ul>
 *
 * <p>Gatling 3.15 writes its statistics into the report's HTML only, so they are read from the
 * statistics table of {@code index.html} (columns found by their headings).
 */
public final class ResultsTable {

  private ResultsTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--bookings-per-second")) {
      Row row =
          rows(Path.of(args[1])).stream()
              .filter(r -> r.id.equals(args[2]))
              .findFirst()
              .orElseThrow();
      System.out.printf(Locale.ROOT, "%.0f%n", row.bookingsPerSecond);
      return;
    }
    if (args.length == 3 && args[0].equals("--p95")) {
      Row row =
          rows(Path.of(args[1])).stream()
              .filter(r -> r.id.equals(args[2]))
              .findFirst()
              .orElseThrow();
      System.out.println(row.p95);
      return;
    }
    if (args.length == 2 && args[0].equals("--last")) {
      List<Row> rows = rows(Path.of(args[1]));
      System.out.println("         " + rows.get(rows.size() - 1).line(rows));
      return;
    }
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "ResultsTable --last runs.tsv | runs.tsv machine.txt out.md");
    }
    List<Row> rows = rows(Path.of(args[0]));
    StringBuilder table = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      table.append("- ").append(line).append('\n');
    }
    table
        .append('\n')
        .append(
            "| run | scenario | load | req/s | bookings/s | p50 ms | p95 ms | p99 ms | errors"
                + " | 201 checked | 409 (false) | oversold | ratio | CPU cores server/db/all"
                + " | server ms/booking |\n")
        .append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n");
    for (Row row : rows) {
      table.append(row.markdown(rows)).append('\n');
    }
    table
        .append('\n')
        .append(
            "p50/p95/p99: of the booking request (POST /api/bookings) in booking runs (in the overload"
                + " run, of those answered 201), of the one request in read runs, of the whole"
                + " transaction for pgbench. errors: requests that failed (not 200/201/409, or a"
                + " wrong booking read back; pgbench: failed transactions); in the overload run a"
                + " 503 is the server shedding load, counted apart (+N shed). 201 checked: bookings answered 201, each found committed with"
                + " what was asked and its tickets. 409 (false): refusals, and how many of them were"
                + " false \"sold out\" (the tier still had the tickets at the end). ratio: bookings/s"
                + " over pgbench's rate at the same concurrency (pgbench books 1 ticket of 1 tier),"
                + " or reads/s over the HTTP floor's (GET /robots.txt, a small static file) at the"
                + " same load. pgbench runs prepared statements, as the application's connections"
                + " do. Rates are over the whole run,"
                + " ramp included. CPU cores: used by the server's JVM, by PostgreSQL, and by the whole"
                + " machine (the rest is mostly the load generator) during the run. server"
                + " ms/booking: CPU time of the server's JVM per booking confirmed (its cores over"
                + " the bookings per second).\n\n");
    readOff(rows, table);
    table.append("\nGatling reports:\n");
    for (Row row : rows) {
      if (row.kind.equals("gatling")) {
        table.append("- ").append(row.id).append(": ").append(row.source).append("/index.html\n");
      }
    }
    System.out.print(table);
    Files.writeString(Path.of(args[2]), table);
    writeCharts(rows, Path.of(args[1]), Path.of(args[2]).toAbsolutePath().getParent());
  }

  /**
   * The charts of this table ({@link Charts}) into {@code <dir>/charts/}, titled with the run line
   * of {@code machine.txt} so that each chart says which run it shows.
   */
  private static void writeCharts(List<Row> rows, Path machine, Path dir) throws IOException {
    String title =
        Files.readAllLines(machine).stream()
            .filter(line -> line.startsWith("run: "))
            .reduce((first, second) -> second)
            .orElse("bench/run.sh");
    List<Charts.Bar> bookings = new ArrayList<>();
    List<Charts.Bar> p95 = new ArrayList<>();
    List<Charts.Load> loads = new ArrayList<>();
    for (Row row : rows) {
      if (!Double.isNaN(row.bookingsPerSecond)) {
        bookings.add(new Charts.Bar(row.shortLabel(), row.bookingsPerSecond));
      }
      p95.add(new Charts.Bar(row.shortLabel(), row.p95));
      if (row.kind.equals("gatling")) {
        String html = Files.readString(Path.of(row.source).resolve("index.html"));
        loads.add(
            new Charts.Load(
                row.shortLabel(),
                Charts.gatlingSeries(html, "ResponsesContainerId", "All"),
                Charts.gatlingSeries(html, "ResponsesContainerId", "KO")));
      }
    }
    for (Path chart : Charts.write(dir.resolve("charts"), title, bookings, p95, loads)) {
      System.out.println("chart: " + chart);
    }
  }

  /** The figures that the benchmark exists for, in words. */
  private static void readOff(List<Row> rows, StringBuilder out) {
    out.append("Read off:\n");
    for (Row row : rows) {
      if (row.check.containsKey("shed")) {
        String users = "";
        String compared = "";
        if (!row.ref.equals("-")) { // else run without its rush (--only)
          Row base = row.base(rows);
          users =
              String.format(
                  Locale.ROOT,
                  " (%.0f times the users of %s)",
                  row.users() / base.users(),
                  base.id);
          compared =
              String.format(
                  Locale.ROOT, " (%d/%d/%d ms in %s)", base.p50, base.p95, base.p99, base.id);
        }
        out.append(
            String.format(
                Locale.ROOT,
                "- %s, %s%s: %.0f bookings/s confirmed, their p50/p95/p99 %d/%d/%d ms%s; %s"
                    + " answered 503 at once (p95 %s ms), each user then waiting its Retry-After;"
                    + " %d errors, %s tiers oversold\n",
                row.scenario,
                row.load,
                users,
                row.bookingsPerSecond,
                row.p50,
                row.p95,
                row.p99,
                compared,
                row.check.get("shed"),
                row.check.get("shed_p95"),
                row.errors,
                row.check.get("tiers_oversold")));
        continue;
      }
      if (row.ref.equals("-")) {
        continue;
      }
      Row base = row.base(rows);
      if (base.kind.equals("pgbench")) {
        out.append(
            String.format(
                Locale.ROOT,
                "- %s, %s: %.0f bookings/s through HTTP, %.2f of pgbench's %.0f tps (%s)\n",
                row.scenario,
                row.load,
                row.bookingsPerSecond,
                row.rate / base.rate,
                base.rate,
                base.load));
      } else {
        out.append(
            String.format(
                Locale.ROOT,
                "- %s, %s: %.0f req/s, %.2f of %s's %.0f req/s at the same load\n",
                row.scenario,
                row.load,
                row.rate,
                row.rate / base.rate,
                base.scenario.replaceFirst("^read storm ", "").replaceFirst(",.*$", ""),
                base.rate));
      }
      if (row.scenario.startsWith("rush") && !Double.isNaN(row.bookingsPerSecond)) {
        out.append(
            String.format(
                Locale.ROOT,
                "  p95 %d ms, %d errors, %s tiers oversold, %s false \"sold out\" of %s refusals\n",
                row.p95,
                row.errors,
                row.check.get("tiers_oversold"),
                row.check.get("false_sold_out"),
                row.check.get("refused")));
      }
    }
    for (Row booking : rows) {
      if (!booking.scenario.startsWith("book:") || Double.isNaN(booking.bookingsPerSecond)) {
        continue;
      }
      for (Row floor : rows) {
        if (floor.scenario.startsWith("read storm GET /robots.txt")
            && !floor.scenario.endsWith("default catalogue")
            && floor.load.equals(booking.load)) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "- %s, %s: %.0f bookings/s, %.2f of the HTTP floor's %.0f req/s (GET /robots.txt,"
                      + " %s)\n",
                  booking.scenario,
                  booking.load,
                  booking.bookingsPerSecond,
                  booking.bookingsPerSecond / floor.rate,
                  floor.rate,
                  floor.id));
        }
      }
    }
    for (Row small : rows) {
      if (small.scenario.startsWith("read storm GET /api/tickets, default")) {
        for (Row big : rows) {
          if (big != small
              && big.scenario.startsWith("read storm GET /api/tickets")
              && big.load.equals(small.load)) {
            out.append(
                String.format(
                    Locale.ROOT,
                    "- GET /api/tickets, %s: %.0f req/s with %s vs %.0f req/s with the default"
                        + " catalogue alone (%.2f)\n",
                    small.load,
                    big.rate,
                    big.scenario.substring(big.scenario.indexOf(", ") + 2),
                    small.rate,
                    big.rate / small.rate));
          }
        }
      }
    }
  }

  private static List<Row> rows(Path runs) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(runs)) {
      if (!line.isBlank()) {
        rows.add(Row.parse(line));
      }
    }
    return rows;
  }

  /** One run and its figures. */
  private static final class Row {
    String id;
    String scenario;
    String load;
    String kind;
    String source;
    String ref;
    Map<String, String> check = new HashMap<>();
    double requestsPerSecond;
    double bookingsPerSecond = Double.NaN;
    double rate;
    long p50;
    long p95;
    long p99;
    long errors;

    static Row parse(String line) throws IOException {
      String[] f = line.split("\t", -1);
      Row row = new Row();
      row.id = f[0];
      row.scenario = f[1];
      row.load = f[2];
      row.kind = f[3];
      row.source = f[4];
      row.ref = f[5];
      Matcher pair = Pattern.compile("(\\w+)=(\\S+)").matcher(f.length > 6 ? f[6] : "");
      while (pair.find()) {
        row.check.put(pair.group(1), pair.group(2));
      }
      if (row.kind.equals("pgbench")) {
        row.readPgbench();
      } else {
        row.readGatling();
      }
      return row;
    }

    private void readGatling() throws IOException {
      Map<String, Map<String, String>> stats = GatlingReport.statistics(Path.of(source));
      Map<String, String> all = stats.get("All Requests");
      requestsPerSecond = number(all, "Cnt/s");
      errors = (long) number(all, "KO");
      String key =
          stats.keySet().stream()
              .filter(name -> name.endsWith(": book"))
              .findFirst()
              .orElseGet(
                  () ->
                      stats.keySet().stream()
                          .filter(name -> !name.equals("All Requests"))
                          .findFirst()
                          .orElseThrow());
      Map<String, String> request = stats.get(key);
      p50 = (long) number(request, "50th pct");
      p95 = (long) number(request, "95th pct");
      p99 = (long) number(request, "99th pct");
      rate = number(request, "Cnt/s");
      if (check.containsKey("shed")) {
        p50 = Long.parseLong(check.get("booked_p50"));
        p95 = Long.parseLong(check.get("booked_p95"));
        p99 = Long.parseLong(check.get("booked_p99"));
      }
      if (key.endsWith(": book")) {
        double total = number(request, "Total");
        long answered = Long.parseLong(check.getOrDefault("answered", "0"));
        bookingsPerSecond = total == 0 ? 0 : rate * answered / total;
        rate = bookingsPerSecond;
      }
    }

    private void readPgbench() throws IOException {
      String summary = Files.readString(Path.of(source + ".txt"));
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(summary);
      if (!tps.find()) {
        throw new IllegalStateException("no tps in " + source + ".txt");
      }
      requestsPerSecond = Double.parseDouble(tps.group(1));
      // A batch script holds several bookings per transaction (per_tx, written by bench/run.sh).
      bookingsPerSecond = requestsPerSecond * Integer.parseInt(check.getOrDefault("per_tx", "1"));
      rate = bookingsPerSecond;
      Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(summary);
      errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
      List<Long> micros = new ArrayList<>();
      try (Stream<Path> logs = Files.list(Path.of(source))) {
        for (Path log : logs.toList()) {
          for (String line : Files.readAllLines(log)) {
            String[] f = line.split(" ");
            if (f.length > 2 && f[2].chars().allMatch(Character::isDigit)) {
              micros.add(Long.parseLong(f[2]));
            }
          }
        }
      }
      micros.sort(null);
      p50 = percentile(micros, 50);
      p95 = percentile(micros, 95);
      p99 = percentile(micros, 99);
    }

    private static long percentile(List<Long> sortedMicros, int p) {
      if (sortedMicros.isEmpty()) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
      return Math.round(sortedMicros.get(Math.max(0, index)) / 1000.0);
    }

    private static double number(Map<String, String> columns, String heading) {
      String value = columns.get(heading);
      if (value == null) {
        throw new IllegalStateException("no column '" + heading + "' in Gatling's statistics");
      }
      return value.equals("-") ? 0 : Double.parseDouble(value.replace(",", ""));
    }

    /** The run in a few words, for a chart: {@code r10 book, closed, 64 users}. */
    String shortLabel() {
      String what =
          scenario.contains(":") ? scenario.substring(0, scenario.indexOf(':')) : scenario;
      return id + " " + what + ", " + load.replaceFirst(" \\(.*\\)$", "");
    }

    /** The users of a closed run ({@code closed, N users}). */
    double users() {
      Matcher users = Pattern.compile("closed, ([0-9]+) users").matcher(load);
      return users.find() ? Double.parseDouble(users.group(1)) : Double.NaN;
    }

    String errorsAndShed() {
      return check.containsKey("shed")
          ? errors + " (+" + check.get("shed") + " shed)"
          : "" + errors;
    }

    Row base(List<Row> rows) {
      return rows.stream().filter(r -> r.id.equals(ref)).findFirst().orElseThrow();
    }

    String cpu() {
      String cpu = check.getOrDefault("cpu", "");
      return kind.equals("pgbench") ? cpu.replaceFirst("^[^/]*/[^/]*/", "-/-/") : cpu;
    }

    /** The server JVM's CPU milliseconds per booking confirmed, or "" where it does not apply. */
    String serverMsPerBooking() {
      Matcher server = Pattern.compile("^([0-9.]+)/").matcher(check.getOrDefault("cpu", ""));
      if (!kind.equals("gatling")
          || Double.isNaN(bookingsPerSecond)
          || bookingsPerSecond <= 0
          || !server.find()) {
        return "";
      }
      return String.format(
          Locale.ROOT, "%.2f", Double.parseDouble(server.group(1)) * 1000 / bookingsPerSecond);
    }

    String ratio(List<Row> rows) {
      if (ref.equals("-") || check.containsKey("shed")) {
        return "";
      }
      Row base = base(rows);
      String of =
          base.kind.equals("pgbench")
              ? "pgbench " + base.id
              : base.scenario.replaceFirst("^read storm GET ", "").replaceFirst("[ ,].*$", "")
                  + " "
                  + base.id;
      return String.format(Locale.ROOT, "%.2f of %s", rate / base.rate, of);
    }

    String refusals() {
      if (!check.containsKey("refused") || Double.isNaN(bookingsPerSecond)) {
        return "";
      }
      return check.get("refused") + " (" + check.get("false_sold_out") + ")";
    }

    String line(List<Row> rows) {
      return String.format(
          Locale.ROOT,
          "%s: %.0f req/s%s, p50/p95/p99 %d/%d/%d ms, %s errors%s%s, CPU cores server/db/all %s%s",
          id,
          requestsPerSecond,
          Double.isNaN(bookingsPerSecond)
              ? ""
              : String.format(Locale.ROOT, ", %.0f bookings/s", bookingsPerSecond),
          p50,
          p95,
          p99,
          errorsAndShed(),
          refusals().isEmpty()
              ? ""
              : ", 409: " + refusals() + ", oversold tiers " + check.get("tiers_oversold"),
          ratio(rows).isEmpty() ? "" : ", " + ratio(rows),
          cpu(),
          serverMsPerBooking().isEmpty() ? "" : ", server " + serverMsPerBooking() + " ms/booking");
    }

    String markdown(List<Row> rows) {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %s | %.0f | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |",
          id,
          scenario,
          load,
          requestsPerSecond,
          Double.isNaN(bookingsPerSecond)
              ? ""
              : String.format(Locale.ROOT, "%.0f", bookingsPerSecond),
          p50,
          p95,
          p99,
          errorsAndShed(),
          kind.equals("gatling") && !Double.isNaN(bookingsPerSecond) ? check.get("answered") : "",
          refusals(),
          Double.isNaN(bookingsPerSecond) ? "" : check.getOrDefault("tiers_oversold", ""),
          ratio(rows),
          cpu(),
          serverMsPerBooking());
    }
  }

  /** The statistics table of a Gatling HTML report: request name to column heading to value. */
  static final class GatlingReport {
    private static final Pattern HEADING =
        Pattern.compile("<th id=\"(col-\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROW =
        Pattern.compile("<tr id=\"[^\"]+\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>");
    private static final Pattern CELL =
        Pattern.compile("<td class=\"value [^\"]*(col-\\d+)\">([^<]*)</td>");

    static Map<String, Map<String, String>> statistics(Path reportFolder) throws IOException {
      String html = Files.readString(reportFolder.resolve("index.html"));
      Map<String, String> headings = new HashMap<>();
      Matcher heading = HEADING.matcher(html);
      while (heading.find()) {
        headings.put(heading.group(1), heading.group(2).trim());
      }
      Map<String, Map<String, String>> stats = new LinkedHashMap<>();
      Matcher row = ROW.matcher(html);
      while (row.find()) {
        Matcher name = NAME.matcher(row.group(1));
        if (!name.find()) {
          continue;
        }
        Map<String, String> columns = new HashMap<>();
        Matcher cell = CELL.matcher(row.group(1));
        while (cell.find()) {
          columns.put(headings.get(cell.group(1)), cell.group(2).trim());
        }
        stats.put(unescape(name.group(1).trim()), columns);
      }
      if (!stats.containsKey("All Requests")) {
        throw new IllegalStateException(
            "no statistics table in "
                + reportFolder.resolve("index.html")
                + " (has Gatling's report layout changed?)");
      }
      return stats;
    }

    private static String unescape(String html) {
      return html.replace("&amp;", "&")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&#39;", "'");
    }
  }
}

package dev.ticketing.web.support;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading {@code /metrics} (Prometheus text format) in tests. */
public final class Metrics {
  private static final Pattern SAMPLE =
      Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\} ([0-9.eE+-]+)$");

  private Metrics() {}

  /**
   * The value of the counter {@code name} (as exported, {@code _total} included) whose labels
   * include {@code labels}, summed over the samples that match; 0 if none does.
   */
  public static long counter(String metrics, String name, Map<String, String> labels) {
    Matcher sample = SAMPLE.matcher(metrics);
    double sum = 0;
    while (sample.find()) {
      String tags = "," + sample.group(2) + ",";
      if (sample.group(1).equals(name)
          && labels.entrySet().stream()
              .allMatch(l -> tags.contains("," + l.getKey() + "=\"" + l.getValue() + "\","))) {
        sum += Double.parseDouble(sample.group(3));
      }
    }
    return (long) sum;
  }
}

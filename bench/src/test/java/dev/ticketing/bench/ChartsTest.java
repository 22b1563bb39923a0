package dev.ticketing.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  /** As Gatling 3.15.1 writes the chart into its index.html (cut down). */
  private static final String REPORT =
      """
      new Highcharts.StockChart({
        chart: {
          renderTo: 'RequestsContainerId',
        },
        series: [
          {
      name: 'All',
      data: [[1796590158000, 9], [1796590159000, 9]],
      tooltip: { yDecimals: 0, ySuffix: '', valueDecimals: 0 }
      }
        ]
      });
      new Highcharts.StockChart({
        chart: {
          renderTo: 'ResponsesContainerId',
        },
        series: [
          {
      color: '#5E7BE2',
      name: 'All',
      data: [[1796590158000, 224], [1796590159000, 1209], [1796590160000, 719]],
      tooltip: { yDecimals: 0, ySuffix: '', valueDecimals: 0 }
      },
      {
      color: '#f15b4f',
      name: 'KO',
      data: [],
      tooltip: { yDecimals: 0, ySuffix: '', valueDecimals: 0 }
      ,type: 'area'
      }
        ]
      });
      """;

  @Test
  void responsesPerSecondAreReadFromTheirOwnChartOfGatlingsReport() {
    assertArrayEquals(
        new double[] {224, 1209, 719}, Charts.gatlingSeries(REPORT, "ResponsesContainerId", "All"));
    assertArrayEquals(new double[0], Charts.gatlingSeries(REPORT, "ResponsesContainerId", "KO"));
    assertArrayEquals(new double[0], Charts.gatlingSeries(REPORT, "NoSuchContainerId", "All"));
  }

  @Test
  void aBarChartHasOneBarPerRunWithItsLabelEscaped() {
    String svg =
        Charts.bars(
            "run of <today>",
            "bookings/s",
            List.of(new Charts.Bar("r1 book & pay", 1606), new Charts.Bar("r2 rush", 757)));
    assertEquals(3, svg.split("<rect ").length - 1, "a background and two bars");
    assertTrue(svg.contains("r1 book &amp; pay"), svg);
    assertTrue(svg.contains("run of &lt;today&gt;"), svg);
    assertTrue(svg.contains(">1,606</text>"), svg);
  }

  @Test
  void theThreeChartsAreWritten(@TempDir Path dir) throws Exception {
    List<Path> files =
        Charts.write(
            dir,
            "run",
            List.of(new Charts.Bar("r1", 1)),
            List.of(new Charts.Bar("r1", 5)),
            List.of(new Charts.Load("r1", new double[] {1, 3, 2}, new double[] {0, 1, 0})));
    assertEquals(
        List.of(
            dir.resolve("bookings-per-second.svg"),
            dir.resolve("p95.svg"),
            dir.resolve("load.svg")),
        files);
    String load = Files.readString(dir.resolve("load.svg"));
    assertEquals(2, load.split("<polyline ").length - 1, "all, and the failed ones");
    assertTrue(load.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), load);
  }
}

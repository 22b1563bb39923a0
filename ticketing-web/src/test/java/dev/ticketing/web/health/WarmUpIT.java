package dev.ticketing.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warm-up before readiness ({@code WarmUp}), on the runnable jar as a user starts it: readiness
 * stays DOWN while the server practises, says UP within 60 s of start, and nothing of the practice
 * is left, neither committed (checked before, during and after) nor counted in {@code /metrics};
 * the first real booking then counts as the first.
 */
class WarmUpIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern SUMMARY =
      Pattern.compile("Warm-up: (\\d+) requests and (\\d+) rehearsed bookings in ([0-9.]+) s");

  private ApplicationProcess server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void readinessWaitsForTheWarmUpWhichLeavesNoTrace() throws Exception {
    migrated();
    TestDatabase.Fixture f = TestDatabase.concert("After the warm-up", Map.of("GA", 50));
    Supplier<List<String>> staying = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(3));
    List<String> before = whatStays(staying);

    long launched = System.nanoTime();
    server =
        new ApplicationProcess(Map.of("TICKETING_WARM_UP_MAX_SECONDS", "30"), "warm-up").start();
    HttpResponse<String> early = get("/health/ready");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(503);
    assertThat(early.body()).contains("\"warm-up\"");

    int looks = 0;
    while (server.status("/health/ready") != 200) {
      assertThat(Duration.ofNanos(System.nanoTime() - launched))
          .as("ready within 60 s of start")
          .isLessThan(Duration.ofSeconds(60));
      assertThat(whatStays(staying))
          .as("what is committed while the warm-up runs")
          .isEqualTo(before);
      looks++;
      Thread.sleep(300);
    }
    Duration ready = Duration.ofNanos(System.nanoTime() - launched);
    assertThat(looks).as("readiness was DOWN for a while").isPositive();
    assertThat(whatStays(staying)).as("what is committed after the warm-up").isEqualTo(before);

    Matcher summary = SUMMARY.matcher(Files.readString(server.log()));
    assertThat(summary.find()).as("the warm-up's summary in " + server.log()).isTrue();
    assertThat(Long.parseLong(summary.group(1))).as("requests sent").isGreaterThan(100);
    assertThat(Long.parseLong(summary.group(2))).as("bookings rehearsed").isGreaterThan(100);
    assertThat(get("/health/ready").body()).contains("\"warm-up\"").contains("done");
    assertThat(get("/metrics").body())
        .as("nothing counted of the warm-up")
        .doesNotContain("ticketing_booking_requests_total")
        .doesNotContain("ticketing_booking_batches_total");

    HttpResponse<String> booked =
        post(
            "/api/bookings",
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":2}]}");
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    String metrics = get("/metrics").body();
    assertThat(metrics.lines().filter(l -> l.startsWith("ticketing_booking_requests_total")))
        .as("the first real booking is the only one counted")
        .singleElement()
        .asString()
        .contains("outcome=\"ok\"")
        .endsWith(" 1.0");
    System.out.printf(
        "[warm-up] ready %.1f s after launch; %s requests, %s rehearsed bookings in %s s%n",
        ready.toMillis() / 1000.0, summary.group(1), summary.group(2), summary.group(3));
    TestDatabase.assertInvariants();
  }

  /**
   * What the warm-up could have committed, and nothing that the server's own housekeeping changes
   * meanwhile (holds of earlier tests running out, idempotency keys purged): every concert, tier,
   * audit event and account, and every booking, item and ticket but those of holds that run out
   * within the test.
   */
  private static List<String> whatStays(Supplier<List<String>> bookingsThatStay)
      throws SQLException {
    List<String> rows = new ArrayList<>(bookingsThatStay.get());
    try (Connection c = TestDatabase.connect();
        var s = c.createStatement()) {
      for (String table : List.of("concert", "ticket_tier", "audit_event", "account")) {
        ResultSet r = s.executeQuery("SELECT '" + table + " ' || x::text FROM " + table + " x");
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  /** Migrates the test database if no server did yet (this test may run alone). */
  private static void migrated() throws Exception {
    if (TestDatabase.queryInt("SELECT count(*) FROM pg_tables WHERE tablename = 'concert'") == 0) {
      try (ApplicationProcess migrating = new ApplicationProcess(Map.of(), "migration").start()) {
        migrating.await("/health/ready", 200, Duration.ofMinutes(2));
      }
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

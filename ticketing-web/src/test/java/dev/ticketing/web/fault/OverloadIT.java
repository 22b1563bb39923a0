package dev.ticketing.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Metrics;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Overload: far more bookings at once than the booking path can serve in its wait limit. A server
 * whose bulkhead is 2 transactions wide, booking one at a time (no batches), and whose queue admits
 * 200 ms of waiting gets 400 bookings in the same instant. Every one is answered: {@code 201} for
 * those admitted, each committed with its tickets, and {@code 503} with {@code Retry-After} for the
 * rest, shed as they arrive rather than after a wait; never {@code 500}, never a timeout. How long
 * the answers took is printed, not asserted (the machine is shared).
 */
class OverloadIT {
  private static final int BOOKERS = 400;

  private static ApplicationProcess app;

  @BeforeAll
  static void start() throws Exception {
    // The test JVM's environment (the database, as failsafe sets it) is this server's too.
    app =
        new ApplicationProcess(
                Map.of(
                    "TICKETING_BOOKING_MAX_CONCURRENT", "2",
                    "TICKETING_BOOKING_MAX_WAIT_MILLIS", "200",
                    // One booking at a time: batches would serve the burst within the limit.
                    "TICKETING_BOOKING_BATCH_SIZE", "1"),
                "overload")
            .start();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aBurstBeyondTheWaitLimitIsShedAtOnceAndTheAdmittedBookingsAreWhole() throws Exception {
    TestDatabase.Fixture f = TestDatabase.concert("Overload", Map.of("GA", 10_000));
    String body =
        "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}";
    ExecutorService clientThreads = Executors.newFixedThreadPool(8);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // one connection per request, all at once
            .executor(clientThreads)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<CompletableFuture<Answer>> sent = new ArrayList<>();
    for (int i = 0; i < BOOKERS; i++) {
      long start = System.nanoTime();
      sent.add(
          http.sendAsync(
                  HttpRequest.newBuilder(app.uri("/api/bookings"))
                      .timeout(Duration.ofSeconds(60))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .thenApply(r -> Answer.of(r, System.nanoTime() - start)));
    }
    List<Answer> answers = new ArrayList<>();
    try {
      for (CompletableFuture<Answer> answer : sent) {
        answers.add(answer.join());
      }
    } finally {
      clientThreads.shutdownNow();
    }

    List<Answer> booked = answers.stream().filter(a -> a.status == 201).toList();
    List<Answer> shed = answers.stream().filter(a -> a.status == 503).toList();
    System.out.printf(
        "[overload] %d bookings at once, bulkhead 2, wait limit 200 ms: %d answered 201 (p50/p95"
            + " %d/%d ms), %d shed with 503 (p50/p95 %d/%d ms)%n",
        BOOKERS,
        booked.size(),
        percentile(booked, 50),
        percentile(booked, 95),
        shed.size(),
        percentile(shed, 50),
        percentile(shed, 95));

    assertThat(answers)
        .allSatisfy(a -> assertThat(a.status).as(a.body).isIn(201, 503))
        .anySatisfy(a -> assertThat(a.status).isEqualTo(201))
        .anySatisfy(a -> assertThat(a.status).isEqualTo(503));
    assertThat(shed)
        .allSatisfy(
            a -> {
              // 1 s, more the more is shed per request served: a burst of 400 at a 2-lane gate.
              assertThat(Integer.parseInt(a.retryAfter)).isBetween(1, 10);
              assertThat(a.contentType).startsWith("application/problem+json");
              JsonObject problem = a.json();
              assertThat(problem.getInt("status")).isEqualTo(503);
              assertThat(problem.getString("fault")).isEqualTo("busy");
              assertThat(problem.getString("detail")).contains("nothing was booked");
            });
    // Every 201 is a committed booking with its ticket, and nothing else was booked.
    for (Answer a : booked) {
      assertThat(TestDatabase.status(a.json().getString("bookingId"))).isEqualTo("HELD");
    }
    assertThat(TestDatabase.held(f.tier("GA"))).isEqualTo(booked.size());
    assertThat(TestDatabase.bookingsOf(f.concertId())).isEqualTo(booked.size());
    TestDatabase.assertInvariants();

    // The shed requests are counted where an operator looks.
    assertThat(counter(app.body("/metrics"), "hold", "shed")).isEqualTo(shed.size());
  }

  /** {@code ticketing_booking_requests_total{operation=…,outcome=…}} in Prometheus format. */
  private static long counter(String metrics, String operation, String outcome) {
    return Metrics.counter(
        metrics,
        "ticketing_booking_requests_total",
        Map.of("operation", operation, "outcome", outcome));
  }

  private static long percentile(List<Answer> answers, int p) {
    List<Long> millis = answers.stream().map(a -> a.millis).sorted().toList();
    return millis.isEmpty() ? 0 : millis.get((int) Math.ceil(p / 100.0 * millis.size()) - 1);
  }

  private record Answer(
      int status, String body, String retryAfter, String contentType, long millis) {
    static Answer of(HttpResponse<String> response, long nanos) {
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After").orElse(null),
          response.headers().firstValue("Content-Type").orElse(""),
          Duration.ofNanos(nanos).toMillis());
    }

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }
}

package dev.ticketing.web.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One key, one booking, one charge, when the first request outlives its key's lease. A server with
 * a 3 s lease; the first request with a key is stalled by a row lock that the test holds on every
 * ticket of the tier. A repeat before the lease ends is told the key is in use; a repeat after it
 * takes the key over and is stalled by the same lock. When the lock goes, both claim tickets: the
 * first, whose key now has another owner, rolls back; the repeat's booking is the only one.
 */
class IdempotencyFencingIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static ApplicationProcess server;

  @BeforeAll
  static void start() throws Exception {
    server =
        new ApplicationProcess(
                Map.of("TICKETING_BOOKING_IDEMPOTENCY_LEASE_SECONDS", "3"), "fencing")
            .start();
    server.await("/health/ready", 200, Duration.ofMinutes(2));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aStalledFirstRequestThatLostItsKeyCommitsNothing() throws Exception {
    TestDatabase.Fixture f = TestDatabase.concert("Fenced", Map.of("GA", 20));
    long tier = f.tier("GA");
    String key = "fence-" + UUID.randomUUID();
    String body =
        "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":2}]}";

    CompletableFuture<HttpResponse<String>> first;
    CompletableFuture<HttpResponse<String>> takeover;
    try (Connection lock = TestDatabase.connect()) {
      lock.setAutoCommit(false);
      lock.createStatement()
          .execute("SELECT id FROM ticket WHERE tier_id = " + tier + " FOR UPDATE");

      first = book(key, body);
      // The first request holds the key before anything else is sent (on a busy machine it may take
      // a while to get there).
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (TestDatabase.queryInt("SELECT count(*) FROM idempotency_key WHERE key = ?", key)
          == 0) {
        assertThat(System.nanoTime()).as("the first request took its key").isLessThan(deadline);
        Thread.sleep(50);
      }
      HttpResponse<String> early = book(key, body).get();
      assertThat(early.statusCode())
          .as("a repeat within the lease: " + early.body())
          .isEqualTo(409);
      assertThat(early.body()).contains("idempotency-key-in-use");

      Thread.sleep(3500); // the first request's lease has run out; it is still stalled
      assertThat(first).as("the first request, stalled by the lock").isNotDone();
      takeover = book(key, body);
      // The repeat has taken the key over once its lease runs again.
      long takenOver = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (TestDatabase.queryInt(
              "SELECT count(*) FROM idempotency_key WHERE key = ? AND lease_until > now()", key)
          == 0) {
        assertThat(System.nanoTime()).as("the repeat took the key over").isLessThan(takenOver);
        Thread.sleep(50);
      }
      Thread.sleep(500); // and is stalled by the lock in its turn
      assertThat(takeover).as("the repeat that took the key over, stalled too").isNotDone();
      lock.rollback();
    }

    HttpResponse<String> firstAnswer = first.get();
    HttpResponse<String> takeoverAnswer = takeover.get();
    assertThat(takeoverAnswer.statusCode()).as(takeoverAnswer.body()).isEqualTo(201);
    assertThat(firstAnswer.statusCode()).as(firstAnswer.body()).isEqualTo(409);
    assertThat(firstAnswer.body()).contains("took the key over");
    assertThat(TestDatabase.bookingsOf(f.concertId())).as("bookings made").isEqualTo(1);
    assertThat(TestDatabase.sold(tier)).isEqualTo(2);

    HttpResponse<String> replay = book(key, body).get();
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(takeoverAnswer.body());
    TestDatabase.assertInvariants();
  }

  private static CompletableFuture<HttpResponse<String>> book(String key, String body) {
    return HTTP.sendAsync(
        HttpRequest.newBuilder(server.uri("/api/bookings"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

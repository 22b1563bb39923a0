package dev.ticketing.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.Deployments;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances on one database: a booking on one shows in the other's counts through PostgreSQL's
 * notices ({@code CatalogNotices}), not only when the other's copy gets old. The second instance
 * runs with a copy age limit of ten minutes, so nothing but a notice can refresh its counts within
 * the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondInstanceIT {
  private static ApplicationProcess second;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    // The test JVM's environment (the database, as failsafe sets it) is the second server's too.
    second =
        new ApplicationProcess(Map.of("TICKETING_CATALOG_MAX_AGE_MILLIS", "600000"), "second")
            .start();
  }

  @AfterAll
  static void stopSecondInstance() throws InterruptedException {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aBookingOnOneInstanceShowsInTheOthersCountsWithinASecond() throws Exception {
    TestDatabase.Fixture f = TestDatabase.concert("Two instances", Map.of("GA", 100));
    String path = "/api/concerts/" + f.concertId();
    assertThat(available(second.body(path))).isEqualTo(100); // the second instance's copy

    Api api = new Api(base);
    List<Long> lags = new ArrayList<>();
    for (int round = 1; round <= 5; round++) {
      Api.Reply booked =
          api.postJson(
              "api/bookings",
              "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":3}]}");
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
      long bookedAt = System.nanoTime();
      int expected = 100 - 3 * round;
      long deadline = bookedAt + Duration.ofSeconds(5).toNanos();
      int seen = available(second.body(path));
      while (seen != expected && System.nanoTime() < deadline) {
        Thread.sleep(10);
        seen = available(second.body(path));
      }
      assertThat(seen)
          .as("the second instance's count, 5 s after booking " + round)
          .isEqualTo(expected);
      lags.add(Duration.ofNanos(System.nanoTime() - bookedAt).toMillis());
      Thread.sleep(300); // rounds apart from each other's ticks
    }
    System.out.printf(
        "[second instance] 5 bookings of 3 on the first; the second showed each after %s ms%n",
        lags);
    TestDatabase.assertInvariants();
  }

  private static int available(String concertJson) {
    JsonObject concert = Json.createReader(new StringReader(concertJson)).readObject();
    return concert.getJsonArray("tiers").getJsonObject(0).getInt("quantityAvailable");
  }
}

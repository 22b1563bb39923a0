package dev.ticketing.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.Deployments;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.JsonObject;
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
 * Two instances on one database share one line: places taken on either are one sequence of
 * positions, one instance at a time moves the counter (the rate is kept, not doubled), and each
 * instance answers polls of places taken on the other, learning the counter by {@code NOTIFY}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharedLineIT {
  private static ApplicationProcess second;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    second = new ApplicationProcess(Map.of(), "waiting-room-second").start();
  }

  @AfterAll
  static void stopSecondInstance() throws InterruptedException {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void placesTakenOnEitherInstanceAreOneLineLetInInOrderAtTheRateByOneCounter() throws Exception {
    Api first = new Api(base);
    Api other = new Api(second.uri("/").toURL());
    long concert = TestDatabase.concert("Shared line", Map.of("GA", 100)).concertId();
    Api.Reply set =
        first.call(
            "PUT",
            "api/admin/concerts/" + concert + "/waiting-room",
            first.organiser(),
            "{\"enabled\":true,\"activeUsers\":100,\"admitPerMinute\":60,\"admissionMinutes\":10}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    List<String> tickets = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Api joinedOn = i % 2 == 0 ? first : other;
      Api.Reply joined = joinedOn.postJson("api/concerts/" + concert + "/queue", "{}");
      assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
      tickets.add(joined.json().getString("ticket"));
      positions.add(joined.json().getJsonNumber("position").longValue());
    }
    assertThat(positions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);

    // Each place polled on the instance it did not join on.
    for (int i = 0; i < 6; i++) {
      Api pollOn = i % 2 == 0 ? other : first;
      JsonObject admitted = awaitAdmitted(pollOn, concert, tickets.get(i));
      assertThat(admitted.getJsonNumber("position").longValue()).isEqualTo(i + 1);
    }
    assertThat(TestDatabase.admissionInversions(concert))
        .as("inversions of the order of admission")
        .isZero();
    int spreadMillis =
        TestDatabase.queryInt(
            "SELECT (extract(epoch FROM max(admitted_at) - min(admitted_at)) * 1000)::int"
                + " FROM waiting_place WHERE concert_id = ?",
            concert);
    // One a second by one counter: six take about five seconds; two counters would take half.
    assertThat(spreadMillis).isBetween(4000, 8000);
  }

  private static JsonObject awaitAdmitted(Api api, long concert, String ticket)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonObject last;
    do {
      Api.Reply reply = api.get("api/concerts/" + concert + "/queue/" + ticket);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      last = reply.json();
      if (last.getString("state").equals("ADMITTED")) {
        return last;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not admitted within 20 s: " + last);
  }
}

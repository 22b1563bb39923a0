package dev.ticketing.web.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Money that a crash leaves halfway is settled, once. A server killed between confirming a booking
 * and capturing its payment (the test card whose first capture the provider does not answer):
 * started again, it captures the payment, and the provider's books show one capture. An
 * authorisation whose booking was never confirmed with it (as a server dying between the provider's
 * answer and the confirmation leaves it) is released.
 */
class PaymentReconciliationIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CAPTURE_UNANSWERED = "4000000000000259";
  private static final Map<String, String> QUICK =
      Map.of(
          "TICKETING_PAYMENT_RECONCILE_MILLIS", "500",
          "TICKETING_PAYMENT_RECONCILE_AFTER_SECONDS", "2",
          "TICKETING_PAYMENT_TIMEOUT_MILLIS", "60000");

  private ApplicationProcess server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPaymentConfirmedButNotCapturedWhenTheServerDiedIsCapturedOnceAfterItsRestart()
      throws Exception {
    server = new ApplicationProcess(QUICK, "reconciliation").start();
    server.await("/health/ready", 200, Duration.ofMinutes(2));
    TestDatabase.Fixture f = TestDatabase.concert("Crash before capture", Map.of("GA", 10));
    String booking = hold(f);

    HTTP.sendAsync(
        post("/api/bookings/" + booking + "/payment", "{\"card\":\"" + CAPTURE_UNANSWERED + "\"}"),
        HttpResponse.BodyHandlers.discarding());
    await(
        () ->
            "CONFIRMED".equals(TestDatabase.status(booking))
                && ledger(booking, "capture_calls") == 1,
        "the booking confirmed and the capture asked for");
    server.kill();

    assertThat(ledgerState(booking))
        .as("the provider's books after the crash")
        .isEqualTo("AUTHORISED");
    assertThat(ledger(booking, "captures")).isZero();
    assertThat(ourState(booking)).isEqualTo("AUTHORISED");

    server.start();
    await(() -> "CAPTURED".equals(ledgerState(booking)), "captured after the restart");
    Thread.sleep(3000); // several passes of the reconciliation
    assertThat(ledger(booking, "captures")).as("captures at the provider").isEqualTo(1);
    assertThat(ourState(booking)).isEqualTo("CAPTURED");
    assertThat(TestDatabase.status(booking)).isEqualTo("CONFIRMED");
    TestDatabase.assertInvariants();
  }

  @Test
  void anAuthorisationWhoseBookingWasNeverConfirmedWithItIsReleasedOnce() throws Exception {
    server = new ApplicationProcess(QUICK, "reconciliation-release").start();
    server.await("/health/ready", 200, Duration.ofMinutes(2));
    TestDatabase.Fixture f = TestDatabase.concert("Crash before confirm", Map.of("GA", 10));
    String booking = hold(f);
    // As a server that died after the provider authorised, before the booking was confirmed.
    String authorisation = "auth_crash" + booking.replace("-", "");
    TestDatabase.update(
        "INSERT INTO simulated_card_ledger (authorisation_id, reference, card, amount_minor,"
            + " currency, state) VALUES (?, ?::uuid, 'APPROVED', 5000, 'USD', 'AUTHORISED')",
        authorisation,
        booking);
    TestDatabase.update(
        "INSERT INTO card_authorisation (authorisation_id, booking_id, provider, amount_minor,"
            + " currency, state) VALUES (?, ?::uuid, 'simulated', 5000, 'USD', 'AUTHORISED')",
        authorisation,
        booking);

    await(() -> "RELEASED".equals(ledgerState(booking)), "released by the reconciliation");
    Thread.sleep(3000);
    assertThat(ledger(booking, "releases")).isEqualTo(1);
    assertThat(ourState(booking)).isEqualTo("RELEASED");
    assertThat(TestDatabase.status(booking)).as("the hold itself is untouched").isEqualTo("HELD");
  }

  private String hold(TestDatabase.Fixture f) throws Exception {
    HttpResponse<String> held =
        HTTP.send(
            post(
                "/api/bookings",
                "{\"concertId\":"
                    + f.concertId()
                    + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
    return Json.createReader(new StringReader(held.body())).readObject().getString("bookingId");
  }

  private HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(server.uri(path))
        .timeout(Duration.ofSeconds(90))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static int ledger(String booking, String column) {
    return TestDatabase.queryInt(
        "SELECT coalesce(max("
            + column
            + "), 0) FROM simulated_card_ledger WHERE reference = ?::uuid",
        booking);
  }

  private static String ledgerState(String booking) {
    return text("SELECT state FROM simulated_card_ledger WHERE reference = ?::uuid", booking);
  }

  private static String ourState(String booking) {
    return text("SELECT state FROM card_authorisation WHERE booking_id = ?::uuid", booking);
  }

  private static String text(String sql, String parameter) {
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      var rows = s.executeQuery();
      return rows.next() ? rows.getString(1) : null;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}

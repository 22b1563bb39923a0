package dev.ticketing.web.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.Deployments;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money path's guards in the database and the sweep: a ticket is never taken from a live
 * booking, and one inconsistent booking does not stop the expiry of every other hold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MoneyPathIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;

  @Test
  void theDatabaseRefusesToTakeTicketsFromAHeldBookingUnlessItEndsInTheSameTransaction()
      throws Exception {
    TestDatabase.Fixture f = TestDatabase.concert("Guarded", Map.of("GA", 10));
    String booking = hold(new Api(base), f, 2);

    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      free(c, booking);
      assertThatThrownBy(c::commit)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("still held or confirmed");
      c.rollback();
    }
    assertThat(TestDatabase.held(f.tier("GA"))).isEqualTo(2);

    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement end =
          c.prepareStatement(
              "UPDATE booking SET status = 'CANCELLED', ended_at = now() WHERE id = ?::uuid")) {
        end.setString(1, booking);
        end.executeUpdate();
      }
      free(c, booking);
      c.commit(); // ended in the same transaction: allowed
    }
    assertThat(TestDatabase.held(f.tier("GA"))).isZero();
    TestDatabase.assertInvariants();
  }

  @Test
  void oneInconsistentBookingIsSkippedAndCountedWhileTheSweepExpiresTheOthers() throws Exception {
    Api api = new Api(base);
    TestDatabase.Fixture f = TestDatabase.concert("Sweep", Map.of("GA", 10));
    String broken = hold(api, f, 2);
    String fine = hold(api, f, 1);
    // What no constraint should let happen, done past the triggers: the broken booking loses one
    // of its two tickets.
    try (Connection c = TestDatabase.connectAs("postgres", "")) {
      c.createStatement().execute("SET session_replication_role = replica");
      c.createStatement()
          .execute(
              "UPDATE ticket SET booking_id = NULL WHERE id = (SELECT min(id) FROM ticket WHERE"
                  + " booking_id = '"
                  + broken
                  + "')");
    }
    TestDatabase.runOutHold(broken);
    TestDatabase.runOutHold(fine);

    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!TestDatabase.status(fine).equals("EXPIRED") && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(TestDatabase.status(fine)).as("the other hold, swept").isEqualTo("EXPIRED");
    assertThat(TestDatabase.status(broken)).as("the inconsistent one, skipped").isEqualTo("HELD");
    assertThat(api.get(api.serverUri("/metrics")).body())
        .containsPattern("(?m)^ticketing_booking_expiry_skipped_total\\{[^}]*\\} [1-9]");

    // Mended by hand, as the log asks: the invariants hold again.
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement end =
          c.prepareStatement(
              "UPDATE booking SET status = 'EXPIRED', ended_at = now() WHERE id = ?::uuid")) {
        end.setString(1, broken);
        end.executeUpdate();
      }
      free(c, broken);
      c.commit();
    }
    TestDatabase.assertInvariants();
  }

  @Test
  void aRefundLeftUndoneIsAskedForAgainOnItsOwnSchedule() throws Exception {
    Api api = new Api(base);
    TestDatabase.Fixture f = TestDatabase.concert("Refund", Map.of("GA", 10));
    Api.Reply paid =
        api.postJson(
            "api/bookings",
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}");
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    String booking =
        Json.createReader(new StringReader(paid.body())).readObject().getString("bookingId");
    Api.Reply confirmed =
        api.postJson("api/bookings/" + booking + "/payment", "{\"card\":\"4242424242424242\"}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    // Cancelled, its refund asked for two minutes ago by an instance that died before the provider
    // answered: nothing but the refund retry will see it through.
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement end =
              c.prepareStatement(
                  "UPDATE booking SET status = 'CANCELLED', ended_at = now() WHERE id = ?::uuid");
          PreparedStatement refund =
              c.prepareStatement(
                  "UPDATE payment SET refund_requested_at = now() - interval '2 minutes'"
                      + " WHERE booking_id = ?::uuid")) {
        end.setString(1, booking);
        end.executeUpdate();
        refund.setString(1, booking);
        refund.executeUpdate();
      }
      free(c, booking);
      c.commit();
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (TestDatabase.queryInt(
                "SELECT count(*) FROM payment WHERE booking_id = ?::uuid AND refund_id IS NOT NULL",
                booking)
            == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM payment WHERE booking_id = ?::uuid AND refund_id IS NOT NULL",
                booking))
        .as("refunded within 40 s (the expiry sweep's housekeeping came once a minute)")
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM card_authorisation WHERE booking_id = ?::uuid"
                    + " AND state = 'REFUNDED'",
                booking))
        .isEqualTo(1);
    TestDatabase.assertInvariants();
  }

  @Test
  void aRefundTheProviderDoesNotAnswerIsAskedForAgainAfterAPauseThatGrows() throws Exception {
    Api api = new Api(base);
    TestDatabase.Fixture f = TestDatabase.concert("Refund outage", Map.of("GA", 10));
    String booking = hold(api, f, 2);
    Api.Reply confirmed =
        api.postJson("api/bookings/" + booking + "/payment", "{\"card\":\"4000000000000267\"}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    Api.Reply cancelled = api.postJson("api/bookings/" + booking + "/cancel", "{}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(TestDatabase.held(f.tier("GA")) + TestDatabase.sold(f.tier("GA")))
        .as("the cancellation stands while the refund waits")
        .isZero();

    // The first refund went unanswered: the next is due in 30 s, and no pass of the retry (every
    // 15 s) asks before then.
    assertThat(refundCalls(booking)).isEqualTo(1);
    assertThat(secondsToNextRefund(booking)).isBetween(20, 30);
    Thread.sleep(Duration.ofSeconds(16).toMillis());
    assertThat(refundCalls(booking)).as("asked again before its pause was over").isEqualTo(1);

    // Its pause over, it is asked again, unanswered again: now the pause is 60 s.
    refundDueNow(booking);
    awaitRefundCalls(booking, 2);
    assertThat(secondsToNextRefund(booking)).isBetween(50, 60);
    assertThat(refunded(booking)).isZero();

    // The third time the provider answers: refunded once.
    refundDueNow(booking);
    awaitRefundCalls(booking, 3);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (refunded(booking) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(refunded(booking)).isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM simulated_card_ledger l JOIN card_authorisation a"
                    + " ON a.authorisation_id = l.authorisation_id WHERE a.booking_id = ?::uuid"
                    + " AND l.state = 'REFUNDED' AND l.refunds = 1 AND a.state = 'REFUNDED'",
                booking))
        .as("refunded once at the provider and in the ledger")
        .isEqualTo(1);
    Thread.sleep(Duration.ofSeconds(16).toMillis());
    assertThat(refundCalls(booking)).as("never asked again once done").isEqualTo(3);
    TestDatabase.assertInvariants();
  }

  private static int refundCalls(String booking) {
    return TestDatabase.queryInt(
        "SELECT coalesce(max(l.refund_calls), 0) FROM simulated_card_ledger l"
            + " JOIN card_authorisation a ON a.authorisation_id = l.authorisation_id"
            + " WHERE a.booking_id = ?::uuid",
        booking);
  }

  private static void awaitRefundCalls(String booking, int calls) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(25).toNanos();
    while (refundCalls(booking) < calls && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(refundCalls(booking)).as("refund asked for again within 25 s").isEqualTo(calls);
  }

  private static int secondsToNextRefund(String booking) {
    return TestDatabase.queryInt(
        "SELECT CAST(extract(epoch FROM refund_retry_at - now()) AS integer) FROM payment"
            + " WHERE booking_id = ?::uuid",
        booking);
  }

  private static int refunded(String booking) {
    return TestDatabase.queryInt(
        "SELECT count(*) FROM payment WHERE booking_id = ?::uuid AND refund_id IS NOT NULL",
        booking);
  }

  /** As if the pause had passed. */
  private static void refundDueNow(String booking) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement due =
            c.prepareStatement(
                "UPDATE payment SET refund_retry_at = now() WHERE booking_id = ?::uuid")) {
      due.setString(1, booking);
      due.executeUpdate();
    }
  }

  private static String hold(Api api, TestDatabase.Fixture f, int quantity) {
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":"
                + f.concertId()
                + ",\"items\":[{\"tier\":\"GA\",\"quantity\":"
                + quantity
                + "}]}");
    assertThat(held.status()).as(held.body()).isEqualTo(201);
    return Json.createReader(new StringReader(held.body())).readObject().getString("bookingId");
  }

  private static void free(Connection c, String booking) throws SQLException {
    try (PreparedStatement free =
        c.prepareStatement("UPDATE ticket SET booking_id = NULL WHERE booking_id = ?::uuid")) {
      free.setString(1, booking);
      free.executeUpdate();
    }
  }
}

package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The booking lifecycle through the API, one request at a time: hold, pay, decline, cancel, expire,
 * and the refusals of each transition. Holds are made to run out by moving their expiry time into
 * the past in the database; the application's own sweep then expires them.
 */
@TicketingServer
class BookingLifecycleIT {
  static final String APPROVED = "4242424242424242";
  static final String DECLINED = "4000000000000002";
  static final String INSUFFICIENT_FUNDS = "4000000000009995";
  static final String SLOW = "4000000000003006";

  /** The stated bound: a hold is back on sale within this long after it runs out. */
  static final Duration EXPIRY_BOUND = Duration.ofSeconds(5);

  // Set before each test by @TicketingServer.
  private Api api;

  static String hold(long concertId, String tier, int quantity) {
    return "{\"concertId\":"
        + concertId
        + ",\"items\":[{\"tier\":\""
        + tier
        + "\",\"quantity\":"
        + quantity
        + "}]}";
  }

  static String card(String number) {
    return "{\"card\":\"" + number + "\"}";
  }

  /** Holds tickets and returns the booking id. */
  private String held(Fixture f, String tier, int quantity) {
    Api.Reply reply = api.postJson("api/bookings", hold(f.concertId(), tier, quantity));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().getString("status")).isEqualTo("HELD");
    return reply.json().getString("bookingId");
  }

  private Api.Reply pay(String id, String number) {
    return api.postJson("api/bookings/" + id + "/payment", card(number));
  }

  /** What the API says is left of a tier of the concert. */
  private int available(Fixture f, String tier) {
    return api.get("api/concerts/" + f.concertId()).json().getJsonArray("tiers").stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("name").equals(tier))
        .findFirst()
        .orElseThrow()
        .getInt("quantityAvailable");
  }

  static void waitUntil(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s for %s", limit, what).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static int payments(String id) {
    return TestDatabase.queryInt("SELECT count(*) FROM payment WHERE booking_id = ?::uuid", id);
  }

  @Test
  void aHoldKeepsItsTicketsFromOthersUntilItsExpiryTimeAndLinksToItsPayment() {
    Fixture f = TestDatabase.concert("Hold", Map.of("VIP", 10));

    Api.Reply reply = api.postJson("api/bookings", hold(f.concertId(), "VIP", 3));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject booking = reply.json();
    assertThat(booking.getString("status")).isEqualTo("HELD");
    assertThat(booking.getInt("total")).isEqualTo(3 * 2500);
    OffsetDateTime created = OffsetDateTime.parse(booking.getString("createdAt"));
    OffsetDateTime expires = OffsetDateTime.parse(booking.getString("expiresAt"));
    assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofSeconds(600));
    String self = booking.getJsonObject("links").getString("self");
    assertThat(booking.getJsonObject("links").getString("payment")).isEqualTo(self + "/payment");
    assertThat(booking.getJsonObject("links").getString("cancel")).isEqualTo(self + "/cancel");
    assertThat(available(f, "VIP")).isEqualTo(7);
    assertThat(TestDatabase.held(f.tier("VIP"))).isEqualTo(3);
    assertThat(TestDatabase.paid(f.tier("VIP"))).isZero();
    assertThat(api.get(self).json().getString("status")).isEqualTo("HELD");
  }

  @Test
  void payingAHoldConfirmsItOnceAndAPaymentAgainIsRefusedWithoutACharge() {
    Fixture f = TestDatabase.concert("Pay", Map.of("VIP", 10));
    String id = held(f, "VIP", 2);

    Api.Reply paid = pay(id, "4242 4242 4242 4242");

    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(paid.json().getString("status")).isEqualTo("CONFIRMED");
    assertThat(paid.json().containsKey("expiresAt")).isFalse();
    assertThat(paid.json().getJsonObject("links").containsKey("payment")).isFalse();
    assertThat(TestDatabase.paid(f.tier("VIP"))).isEqualTo(2);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM payment WHERE booking_id = ?::uuid AND amount_minor = 5000"
                    + " AND card_last4 = '4242'",
                id))
        .isEqualTo(1);

    Api.Reply again = pay(id, APPROVED);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith(":already-paid");
    assertThat(payments(id)).isEqualTo(1);
  }

  @Test
  void aDeclinedCardChargesNothingAndTheHoldStaysForAnotherCard() {
    Fixture f = TestDatabase.concert("Declined", Map.of("GA", 10));
    String id = held(f, "GA", 2);

    Api.Reply declined = pay(id, DECLINED);
    assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
    assertThat(declined.contentType()).startsWith("application/problem+json");
    assertThat(declined.json().getString("type")).endsWith(":payment-declined");
    assertThat(declined.json().getString("declineCode")).isEqualTo("card_declined");
    assertThat(declined.json().getString("detail")).contains("Nothing was charged");

    Api.Reply broke = pay(id, INSUFFICIENT_FUNDS);
    assertThat(broke.status()).isEqualTo(402);
    assertThat(broke.json().getString("declineCode")).isEqualTo("insufficient_funds");

    Api.Reply realCard = pay(id, "5555555555554444");
    assertThat(realCard.status()).isEqualTo(402);
    assertThat(realCard.json().getString("declineCode")).isEqualTo("not_a_test_card");

    Api.Reply typo = pay(id, "4242424242424241");
    assertThat(typo.status()).isEqualTo(400);
    assertThat(typo.json().getString("type")).endsWith(":invalid-card");

    for (String body : List.of("{}", "{\"card\":\"\"}", "{\"card\":42}", "{\"card\":\"x\"}")) {
      Api.Reply bad = api.postJson("api/bookings/" + id + "/payment", body);
      assertThat(bad.status()).as("%s -> %s", body, bad).isEqualTo(400);
    }

    assertThat(TestDatabase.status(id)).isEqualTo("HELD");
    assertThat(TestDatabase.held(f.tier("GA"))).isEqualTo(2);
    assertThat(payments(id)).isZero();

    Api.Reply paid = pay(id, APPROVED);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(paid.json().getString("status")).isEqualTo("CONFIRMED");
  }

  @Test
  void payingOrCancellingAnUnknownBookingIs404() {
    for (String path :
        List.of(
            "api/bookings/00000000-0000-4000-8000-000000000000/payment",
            "api/bookings/not-a-uuid/payment")) {
      Api.Reply reply = api.postJson(path, card(APPROVED));
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.json().getString("type")).endsWith(":unknown-booking");
    }
    assertThat(api.post("api/bookings/00000000-0000-4000-8000-000000000000/cancel").status())
        .isEqualTo(404);
  }

  @Test
  void cancellingAHoldPutsItsTicketsBackAndCancellingAgainIsHarmless() {
    Fixture f = TestDatabase.concert("CancelHold", Map.of("VIP", 10));
    String id = held(f, "VIP", 4);
    assertThat(available(f, "VIP")).isEqualTo(6);

    Api.Reply cancelled = api.post("api/bookings/" + id + "/cancel");

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.json().getJsonObject("links").containsKey("cancel")).isFalse();
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isEqualTo(10);
    assertThat(available(f, "VIP")).isEqualTo(10);

    Api.Reply again = api.post("api/bookings/" + id + "/cancel");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getString("status")).isEqualTo("CANCELLED");

    Api.Reply pay = pay(id, APPROVED);
    assertThat(pay.status()).isEqualTo(409);
    assertThat(pay.json().getString("type")).endsWith(":booking-cancelled");
    assertThat(payments(id)).isZero();
  }

  @Test
  void cancellingAPaidBookingPutsItsTicketsBackAndRefundsIt() {
    Fixture f = TestDatabase.concert("CancelPaid", Map.of("GA", 10));
    String id = held(f, "GA", 3);
    assertThat(pay(id, APPROVED).status()).isEqualTo(200);

    Api.Reply cancelled = api.post("api/bookings/" + id + "/cancel");

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(10);
    assertThat(available(f, "GA")).isEqualTo(10);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM payment WHERE booking_id = ?::uuid AND refund_id IS NOT NULL"
                    + " AND refunded_at IS NOT NULL",
                id))
        .isEqualTo(1);
  }

  @Test
  void aHoldThatRunsOutExpiresWithinTheBoundAndItsTicketsAreBackOnSale() {
    Fixture f = TestDatabase.concert("Expire", Map.of("VIP", 5));
    String id = held(f, "VIP", 5);
    assertThat(available(f, "VIP")).isZero();
    Api.Reply soldOut = api.postJson("api/bookings", hold(f.concertId(), "VIP", 1));
    assertThat(soldOut.status()).isEqualTo(409);

    long ranOut = System.nanoTime();
    TestDatabase.runOutHold(id);
    waitUntil("the hold to expire", EXPIRY_BOUND, () -> "EXPIRED".equals(TestDatabase.status(id)));
    System.out.printf(
        "[it] a hold that ran out was expired %d ms later%n",
        (System.nanoTime() - ranOut) / 1_000_000);

    assertThat(TestDatabase.unsold(f.tier("VIP"))).isEqualTo(5);
    waitUntil("the catalogue to show them", Duration.ofSeconds(2), () -> available(f, "VIP") == 5);
    JsonObject expired = api.get("api/bookings/" + id).json();
    assertThat(expired.getString("status")).isEqualTo("EXPIRED");
    assertThat(expired.getJsonObject("links").containsKey("payment")).isFalse();

    Api.Reply pay = pay(id, APPROVED);
    assertThat(pay.status()).as(pay.toString()).isEqualTo(409);
    assertThat(pay.json().getString("type")).endsWith(":hold-expired");
    assertThat(pay.json().getString("detail")).contains("nothing was charged");
    assertThat(payments(id)).isZero();
    Api.Reply cancel = api.post("api/bookings/" + id + "/cancel");
    assertThat(cancel.status()).isEqualTo(409);

    assertThat(api.postJson("api/bookings", hold(f.concertId(), "VIP", 5)).status())
        .as("the returned tickets sell again")
        .isEqualTo(201);
  }

  @Test
  void manyHoldsOfSeveralTiersThatRunOutTogetherAllComeBackInWhole() {
    Fixture f = TestDatabase.concert("Expiry wave", Map.of("VIP", 300, "GA", 500));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 250; i++) { // more than one batch of the sweep (200)
      Api.Reply reply =
          api.postJson(
              "api/bookings",
              "{\"concertId\":"
                  + f.concertId()
                  + ",\"items\":[{\"tier\":\"VIP\",\"quantity\":1},"
                  + "{\"tier\":\"GA\",\"quantity\":2}]}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      ids.add(reply.json().getString("bookingId"));
    }
    String kept = ids.remove(0);
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isEqualTo(50);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isZero();

    TestDatabase.update(
        "UPDATE booking SET expires_at = now() - interval '1 millisecond'"
            + " WHERE concert_id = ? AND id <> ?::uuid",
        f.concertId(),
        kept);
    waitUntil(
        "249 holds to expire",
        EXPIRY_BOUND.plusSeconds(2),
        () ->
            TestDatabase.queryInt(
                    "SELECT count(*) FROM booking WHERE concert_id = ? AND status = 'EXPIRED'",
                    f.concertId())
                == 249);

    assertThat(TestDatabase.status(kept)).isEqualTo("HELD");
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isEqualTo(299);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(498);
    assertThat(TestDatabase.held(f.tier("VIP"))).isEqualTo(1);
    assertThat(TestDatabase.held(f.tier("GA"))).isEqualTo(2);
    waitUntil(
        "the catalogue to show them",
        Duration.ofSeconds(2),
        () -> available(f, "VIP") == 299 && available(f, "GA") == 498);
  }

  @Test
  void aHoldThatRunsOutWhileItsCardIsAuthorisedIsNeverCharged() {
    Fixture f = TestDatabase.concert("SlowCard", Map.of("GA", 5));
    String id = held(f, "GA", 2);
    // The slow test card answers after 3 s; the hold runs out after 1 s, while it is authorising.
    TestDatabase.update(
        "UPDATE booking SET expires_at = now() + interval '1 second' WHERE id = ?::uuid", id);

    Api.Reply pay = pay(id, SLOW);

    assertThat(pay.status()).as(pay.toString()).isEqualTo(409);
    assertThat(pay.json().getString("type")).endsWith(":hold-expired");
    waitUntil("the hold to expire", EXPIRY_BOUND, () -> "EXPIRED".equals(TestDatabase.status(id)));
    assertThat(payments(id)).isZero();
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(5);
  }

  /** Runs statements in one transaction and says whether PostgreSQL refused to commit them. */
  private static boolean databaseRefuses(String... statements) {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
        c.commit();
        return false;
      } catch (SQLException refused) {
        c.rollback();
        return refused.getSQLState().equals("23514"); // check_violation
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theDatabaseRefusesWhatTheLifecycleDoesNotAllowWhateverWritesIt() {
    Fixture f = TestDatabase.concert("Rules", Map.of("GA", 10));
    String held = held(f, "GA", 2);
    String where = " WHERE id = '" + held + "'";

    assertThat(databaseRefuses("UPDATE booking SET status = 'CONFIRMED'" + where))
        .as("confirmed without a payment")
        .isTrue();
    assertThat(databaseRefuses("UPDATE booking SET status = 'EXPIRED'" + where))
        .as("expired while still owning its tickets")
        .isTrue();
    assertThat(databaseRefuses("UPDATE booking SET status = 'CANCELLED'" + where))
        .as("cancelled while still owning its tickets")
        .isTrue();
    assertThat(databaseRefuses("UPDATE booking SET expires_at = NULL" + where))
        .as("held without an expiry")
        .isTrue();

    String expired = held(f, "GA", 1);
    TestDatabase.runOutHold(expired);
    waitUntil(
        "the hold to expire", EXPIRY_BOUND, () -> "EXPIRED".equals(TestDatabase.status(expired)));
    assertThat(
            databaseRefuses(
                "INSERT INTO payment (booking_id, provider, authorisation_id, amount_minor, currency)"
                    + " VALUES ('"
                    + expired
                    + "', 'simulated', 'late', 2500, 'USD')",
                "UPDATE booking SET status = 'CONFIRMED' WHERE id = '" + expired + "'"))
        .as("an expired booking confirmed after all")
        .isTrue();
    assertThat(TestDatabase.status(held)).isEqualTo("HELD");
    assertThat(TestDatabase.held(f.tier("GA"))).isEqualTo(2);
  }

  @Test
  void theOriginalApiStillBooksAndPaysInOneStep() {
    Api.Reply reply = api.postJson("api/book", "{\"tier\":\"GA\",\"quantity\":1}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    String id = reply.json().getString("bookingId");
    assertThat(reply.json().getString("status")).isEqualTo("CONFIRMED");
    assertThat(TestDatabase.status(id)).isEqualTo("CONFIRMED");
    assertThat(payments(id)).isEqualTo(1);
  }

  @Test
  void theHoldAndPaymentAreDocumentedInTheApiDocument() {
    String document = api.get(api.serverUri("/openapi")).body();

    assertThat(document)
        .contains("/api/bookings/{id}/payment")
        .contains("/api/bookings/{id}/cancel")
        .contains("Idempotency-Key")
        .contains("PaymentRequest")
        .contains("4000000000000002")
        .contains("\"402\":")
        .contains("\"422\":")
        .contains("HELD");
  }
}

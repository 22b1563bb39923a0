package dev.ticketing.web;

import static dev.ticketing.web.BookingLifecycleIT.APPROVED;
import static dev.ticketing.web.BookingLifecycleIT.EXPIRY_BOUND;
import static dev.ticketing.web.BookingLifecycleIT.card;
import static dev.ticketing.web.BookingLifecycleIT.hold;
import static dev.ticketing.web.BookingLifecycleIT.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Transitions of the lifecycle fired concurrently, with real requests: each race must end in
 * exactly one outcome, and the database's invariants must hold after it (sold + held + available =
 * capacity, no ticket owned by an expired or cancelled booking, every paid booking paid once).
 */
@TicketingServer
class BookingRaceIT {

  // Set before each test by @TicketingServer.
  private Api api;

  private static List<Api.Reply> atOnce(int count, IntFunction<Api.Reply> request)
      throws Exception {
    return AtOnce.send(count, request);
  }

  private static long count(List<Api.Reply> replies, int status) {
    return replies.stream().filter(r -> r.status() == status).count();
  }

  private String held(Fixture f, String tier, int quantity) {
    return held(f.concertId(), tier, quantity);
  }

  private String held(long concertId, String tier, int quantity) {
    Api.Reply reply = api.postJson("api/bookings", hold(concertId, tier, quantity));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("bookingId");
  }

  @Test
  void twentyPaymentsOfOneHoldAtOnceChargeItOnce() throws Exception {
    Fixture f = TestDatabase.concert("PayPay", Map.of("VIP", 10));
    String id = held(f, "VIP", 2);

    List<Api.Reply> replies =
        atOnce(20, i -> api.postJson("api/bookings/" + id + "/payment", card(APPROVED)));

    assertThat(count(replies, 200)).as("paid").isEqualTo(1);
    assertThat(count(replies, 409)).as("refused as already paid").isEqualTo(19);
    assertThat(replies)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(r -> assertThat(r.json().getString("type")).endsWith(":already-paid"));
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM payment WHERE booking_id = ?::uuid", id))
        .isEqualTo(1);
    assertThat(TestDatabase.status(id)).isEqualTo("CONFIRMED");
  }

  @Test
  void paymentsRacingTheExpiryOfTheirHoldsEndEitherPaidWithTicketsOrExpiredUncharged()
      throws Exception {
    Fixture f = TestDatabase.concert("PayExpire", Map.of("GA", 200));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(held(f, "GA", 2));
    }
    // Every hold runs out within the next 1.5 s while payments arrive over the same 1.5 s.
    TestDatabase.update(
        "UPDATE booking SET expires_at = now() + (random() * interval '1500 milliseconds')"
            + " WHERE concert_id = ?",
        f.concertId());

    List<Api.Reply> replies =
        atOnce(
            ids.size(),
            i -> {
              try {
                Thread.sleep(i * 25L);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return api.postJson("api/bookings/" + ids.get(i) + "/payment", card(APPROVED));
            });

    waitUntil(
        "every unpaid hold to expire",
        EXPIRY_BOUND.plusSeconds(2),
        () ->
            TestDatabase.queryInt(
                    "SELECT count(*) FROM booking WHERE concert_id = ? AND status = 'HELD'",
                    f.concertId())
                == 0);
    int paid = 0;
    for (int i = 0; i < ids.size(); i++) {
      Api.Reply reply = replies.get(i);
      String status = TestDatabase.status(ids.get(i));
      int payments =
          TestDatabase.queryInt(
              "SELECT count(*) FROM payment WHERE booking_id = ?::uuid", ids.get(i));
      if (reply.status() == 200) {
        paid++;
        assertThat(status).as(reply.toString()).isEqualTo("CONFIRMED");
        assertThat(payments).isEqualTo(1);
      } else {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().getString("type")).endsWith(":hold-expired");
        assertThat(status).isEqualTo("EXPIRED");
        assertThat(payments).as("an expired hold is never charged").isZero();
      }
    }
    System.out.printf(
        "[it] payments racing expiry: %d paid, %d expired uncharged%n", paid, ids.size() - paid);
    assertThat(TestDatabase.paid(f.tier("GA"))).isEqualTo(2 * paid);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(200 - 2 * paid);
  }

  @Test
  void twoHundredRetriesOfOneIdempotencyKeyMakeOneBooking() throws Exception {
    Fixture f = TestDatabase.concert("Retries", Map.of("VIP", 100));
    String key = UUID.randomUUID().toString();
    String body = hold(f.concertId(), "VIP", 2);

    List<Api.Reply> replies = atOnce(200, i -> api.postJson("api/bookings", body, key));

    // On a slow machine part of the burst may be shed (503, "busy" from the booking gate, or
    // "pool_exhausted" if no connection came free in time): a retry told to come back later,
    // like a 409, and never a second booking.
    assertThat(replies)
        .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409, 503));
    Set<String> bookings = new HashSet<>();
    for (Api.Reply reply : replies) {
      if (reply.status() == 201) {
        bookings.add(reply.json().getString("bookingId"));
      } else {
        assertThat(reply.json().getString("type"))
            .as(reply.toString())
            .endsWith(reply.status() == 409 ? ":idempotency-key-in-use" : ":service-unavailable");
        assertThat(reply.header("Retry-After")).isNotNull();
        if (reply.status() == 503) {
          assertThat(reply.json().getString("fault"))
              .as(reply.toString())
              .isIn("busy", "pool_exhausted");
        }
      }
    }
    System.out.printf(
        "[it] 200 retries of one key: %d answered 201, %d told it was in progress, %d shed%n",
        count(replies, 201), count(replies, 409), count(replies, 503));
    assertThat(bookings).hasSize(1);
    assertThat(TestDatabase.bookingsOf(f.concertId())).isEqualTo(1);
    assertThat(TestDatabase.held(f.tier("VIP"))).isEqualTo(2);

    Api.Reply later = api.postJson("api/bookings", body, key);
    assertThat(later.status()).isEqualTo(201);
    assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(later.json().getString("bookingId")).isEqualTo(bookings.iterator().next());
  }

  /**
   * A first request that died after making its booking and before paying it (its key names the
   * booking, has no answer, and its lease ran out), repeated twenty times at once: one repeat takes
   * the key over and pays that booking, the others are told the key is in use or get its answer.
   * Nothing is booked or charged twice.
   */
  @Test
  void repeatsOfARequestThatDiedHalfwayFinishItOnce() throws Exception {
    String original = "{\"tier\":\"GA\",\"quantity\":1}";
    String done = UUID.randomUUID().toString();
    Api.Reply first = api.postJson("api/book", original, done);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long concertId =
        TestDatabase.queryInt(
            "SELECT concert_id FROM booking WHERE id = ?::uuid",
            first.json().getString("bookingId"));
    // The died request's state, as its own transactions leave it: the booking held, the key
    // naming it without an answer (the same request, so the same fingerprint), its lease run out.
    String unpaid = held(concertId, "GA", 1);
    String key = UUID.randomUUID().toString();
    assertThat(
            TestDatabase.update(
                "INSERT INTO idempotency_key (scope, key, fingerprint, booking_id, lease_until)"
                    + " SELECT scope, ?, fingerprint, ?::uuid, now() - interval '1 second'"
                    + " FROM idempotency_key WHERE key = ?",
                key,
                unpaid,
                done))
        .isEqualTo(1);
    int bookings = TestDatabase.queryInt("SELECT count(*) FROM booking");

    List<Api.Reply> replies = atOnce(20, i -> api.postJson("api/book", original, key));

    assertThat(replies)
        .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409, 503));
    assertThat(replies)
        .filteredOn(r -> r.status() == 201)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.json().getString("bookingId")).isEqualTo(unpaid));
    assertThat(replies)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(
            r -> assertThat(r.json().getString("type")).endsWith(":idempotency-key-in-use"));
    System.out.printf(
        "[it] 20 repeats of a request that died halfway: %d answered 201, %d told it was in"
            + " progress, %d shed%n",
        count(replies, 201), count(replies, 409), count(replies, 503));
    assertThat(TestDatabase.status(unpaid)).isEqualTo("CONFIRMED");
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM payment WHERE booking_id = ?::uuid", unpaid))
        .isEqualTo(1);
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM booking")).isEqualTo(bookings);
    Api.Reply later = api.postJson("api/book", original, key);
    assertThat(later.status()).isEqualTo(201);
    assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(later.json().getString("bookingId")).isEqualTo(unpaid);
  }

  @Test
  void aKeySentAgainReplaysTheFirstAnswerAndWithAnotherRequestIsRefused() {
    Fixture f = TestDatabase.concert("Keys", Map.of("VIP", 10, "GA", 10));
    String key = UUID.randomUUID().toString();
    Api.Reply first = api.postJson("api/bookings", hold(f.concertId(), "VIP", 1), key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    String id = first.json().getString("bookingId");

    Api.Reply other = api.postJson("api/bookings", hold(f.concertId(), "GA", 1), key);
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
    assertThat(other.json().getString("type")).endsWith(":idempotency-key-reused");
    assertThat(TestDatabase.bookingsOf(f.concertId())).isEqualTo(1);

    String payKey = UUID.randomUUID().toString();
    Api.Reply paid = api.postJson("api/bookings/" + id + "/payment", card(APPROVED), payKey);
    Api.Reply paidAgain = api.postJson("api/bookings/" + id + "/payment", card(APPROVED), payKey);
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paidAgain.status()).as("the first answer, not 'already paid'").isEqualTo(200);
    assertThat(paidAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(paidAgain.json().getString("status")).isEqualTo("CONFIRMED");

    String bookKey = UUID.randomUUID().toString();
    String original = "{\"tier\":\"GA\",\"quantity\":1}";
    Api.Reply booked = api.postJson("api/book", original, bookKey);
    Api.Reply bookedAgain = api.postJson("api/book", original, bookKey);
    assertThat(booked.status()).isEqualTo(201);
    assertThat(bookedAgain.status()).isEqualTo(201);
    assertThat(bookedAgain.json().getString("bookingId"))
        .isEqualTo(booked.json().getString("bookingId"));
    assertThat(bookedAgain.json().getString("status")).isEqualTo("CONFIRMED");

    for (String bad : List.of("", "with space", "x".repeat(256))) {
      Api.Reply reply = api.postJson("api/bookings", hold(f.concertId(), "GA", 1), bad);
      assertThat(reply.status()).as("key '%s' -> %s", bad, reply).isEqualTo(400);
    }
  }

  @Test
  void inARushWhereHalfTheHoldersNeverPayTheirTicketsReturnAndSellToOthers() throws Exception {
    Fixture f = TestDatabase.concert("HalfPay", Map.of("VIP", 100));
    String one = hold(f.concertId(), "VIP", 1);

    List<Api.Reply> holds =
        atOnce(150, i -> Api.retryingWhenShed(() -> api.postJson("api/bookings", one)));
    assertThat(count(holds, 201)).as("held").isEqualTo(100);
    assertThat(count(holds, 409)).as("refused as sold out").isEqualTo(50);

    List<String> ids =
        holds.stream()
            .filter(r -> r.status() == 201)
            .map(r -> r.json().getString("bookingId"))
            .toList();
    List<Api.Reply> payments =
        atOnce(50, i -> api.postJson("api/bookings/" + ids.get(i) + "/payment", card(APPROVED)));
    assertThat(payments).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
    // The other 50 never pay: their holds run out.
    for (String id : ids.subList(50, 100)) {
      TestDatabase.runOutHold(id);
    }
    waitUntil(
        "the unpaid holds to return", EXPIRY_BOUND, () -> TestDatabase.unsold(f.tier("VIP")) == 50);

    List<Api.Reply> second =
        atOnce(
            80,
            i -> {
              Api.Reply held = Api.retryingWhenShed(() -> api.postJson("api/bookings", one));
              if (held.status() != 201) {
                return held;
              }
              return api.postJson(
                  "api/bookings/" + held.json().getString("bookingId") + "/payment",
                  card(APPROVED));
            });
    assertThat(count(second, 200)).as("returned tickets sold to others").isEqualTo(50);
    assertThat(count(second, 409)).as("refused as sold out").isEqualTo(30);
    assertThat(TestDatabase.paid(f.tier("VIP"))).isEqualTo(100);
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isZero();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM booking WHERE concert_id = ? AND status = 'EXPIRED'",
                f.concertId()))
        .isEqualTo(50);
  }
}

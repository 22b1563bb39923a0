package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting lists (issue 27) against a real server and database: who may join and when, offers made
 * as holds within 5 seconds of tickets coming back (expiry, cancellation, capacity), accept-fewer,
 * purchase limits, an unpaid offer passing to the next entry, kept tickets going back on sale when
 * nobody waits, and 20 tickets freed at once for 50 entries.
 */
@TicketingServer
class WaitlistIT {
  private static final String NOT_OPEN = "urn:ticketing:problem:waitlist-not-open";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  // Set before each test by @TicketingServer.
  private Api api;

  private String organiser;

  @BeforeEach
  void logIn() {
    organiser = api.organiser();
  }

  @Test
  void joiningNeedsAnAccountASoldOutTierAndAnOpenListAndGivesOneEntryPerAccount() {
    long concert = publishedConcert("", "GA", 2);
    String ada = customer("ada");
    String bob = customer("bob");

    Api.Reply anonymous = api.postJson(waitlist(concert), join("GA", 1, false));
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);

    Api.Reply early = api.call("POST", waitlist(concert), ada, join("GA", 1, false));
    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    assertThat(early.json().getString("type")).isEqualTo(NOT_OPEN);

    String held = hold(concert, "GA", 1, null); // one held, one left: still open for booking
    Api.Reply stillOne = api.call("POST", waitlist(concert), ada, join("GA", 1, false));
    assertThat(stillOne.status()).isEqualTo(409);
    hold(concert, "GA", 1, null); // held tickets count as taken: sold out now
    assertThat(held).isNotNull();

    Api.Reply unknown = api.call("POST", waitlist(concert), ada, join("NOPE", 1, false));
    assertThat(unknown.status()).isEqualTo(404);
    Api.Reply tooMany = api.call("POST", waitlist(concert), ada, join("GA", 0, false));
    assertThat(tooMany.status()).isEqualTo(400);

    Api.Reply joined = api.call("POST", waitlist(concert), ada, join("GA", 2, true));
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    assertThat(joined.json().getString("state")).isEqualTo("WAITING");
    assertThat(joined.json().getInt("place")).isEqualTo(1);
    Api.Reply again = api.call("POST", waitlist(concert), ada, join("GA", 1, false));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getInt("quantity")).isEqualTo(2); // the entry as it was
    Api.Reply second = api.call("POST", waitlist(concert), bob, join("GA", 1, false));
    assertThat(second.json().getInt("place")).isEqualTo(2);

    List<JsonObject> mine = entries(concert, bob);
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).getString("state")).isEqualTo("WAITING");
    assertThat(api.call("GET", waitlist(concert), null, null).status()).isEqualTo(401);

    assertThat(api.call("DELETE", waitlist(concert) + "/GA", ada, null).status()).isEqualTo(204);
    assertThat(api.call("DELETE", waitlist(concert) + "/GA", ada, null).status()).isEqualTo(404);
    assertThat(entries(concert, bob).get(0).getInt("place")).isEqualTo(1);

    // The organisers see the list and close it: nobody new joins, bob keeps his place.
    Api.Reply close =
        api.call("PUT", adminWaitlist(concert) + "/GA", organiser, "{\"open\":false}");
    assertThat(close.status()).as(close.toString()).isEqualTo(200);
    assertThat(close.json().getBoolean("open")).isFalse();
    Api.Reply closed = api.call("POST", waitlist(concert), ada, join("GA", 1, false));
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.json().getString("type")).isEqualTo("urn:ticketing:problem:waitlist-closed");
    JsonObject ga = adminTier(concert, "GA");
    assertThat(ga.getInt("waiting")).isEqualTo(1);
    assertThat(ga.getBoolean("open")).isFalse();
    assertThat(api.call("GET", adminWaitlist(concert), bob, null).status()).isEqualTo(403);
    Api.Reply audit = api.call("GET", "api/admin/concerts/" + concert + "/audit", organiser, null);
    JsonObject change = audit.jsonArray().getJsonObject(0);
    assertThat(change.getString("action")).isEqualTo("waitlist.update");
    assertThat(change.getString("detail")).isEqualTo("{\"tier\":\"GA\",\"open\":false}");
    TestDatabase.assertInvariants();
  }

  @Test
  void anExpiredHoldIsOfferedToTheFirstEntryWithinFiveSecondsAndNeverGoesOnPublicSale() {
    long concert = publishedConcert("", "GA", 2);
    long tier = tierId(concert, "GA");
    String expiring = hold(concert, "GA", 2, null);
    String ada = customer("ada");
    String bob = customer("bob");
    join(concert, ada, "GA", 2, false);
    join(concert, bob, "GA", 2, false);

    TestDatabase.runOutHold(expiring);
    long start = System.nanoTime();
    JsonObject offer = awaitHeldBooking(ada, concert);
    System.out.printf("offer after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertThat(offer.getJsonArray("items").getJsonObject(0).getInt("quantity")).isEqualTo(2);
    assertThat(TestDatabase.unsold(tier)).isZero();
    JsonObject entry = entries(concert, ada).get(0);
    assertThat(entry.getString("state")).isEqualTo("OFFERED");
    assertThat(entry.getString("bookingId")).isEqualTo(offer.getString("bookingId"));
    assertThat(entries(concert, bob).get(0).getInt("place")).isEqualTo(1);

    // Paid: the entry is CONVERTED.
    Api.Reply paid =
        api.call(
            "POST",
            "api/bookings/" + offer.getString("bookingId") + "/payment",
            ada,
            "{\"card\":\"4242424242424242\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    await(() -> "CONVERTED".equals(entries(concert, ada).get(0).getString("state")));
    assertThat(adminTier(concert, "GA").getInt("converted")).isEqualTo(1);
    TestDatabase.assertInvariants();
  }

  @Test
  void cancellationsOfferInOrderWithAcceptFewerAndAnUnpaidOfferPassesOnThenKeptTicketsGoPublic() {
    long concert = publishedConcert("", "GA", 3);
    long tier = tierId(concert, "GA");
    String one = hold(concert, "GA", 1, null);
    String two = hold(concert, "GA", 2, null);
    String first = customer("first");
    String second = customer("second");
    String third = customer("third");
    join(concert, first, "GA", 2, false); // wants 2, not fewer
    join(concert, second, "GA", 1, false);
    join(concert, third, "GA", 2, true); // takes fewer

    cancel(one); // one ticket back: the first cannot be filled whole, keeps its place
    JsonObject toSecond = awaitHeldBooking(second, concert);
    assertThat(quantity(toSecond)).isEqualTo(1);
    assertThat(entries(concert, first).get(0).getString("state")).isEqualTo("WAITING");
    assertThat(entries(concert, first).get(0).getInt("place")).isEqualTo(1);

    cancel(two); // two back: the first gets both
    JsonObject toFirst = awaitHeldBooking(first, concert);
    assertThat(quantity(toFirst)).isEqualTo(2);

    // The second's offer runs out unpaid: its ticket goes to the third, who accepts one of two.
    TestDatabase.runOutHold(toSecond.getString("bookingId"));
    JsonObject toThird = awaitHeldBooking(third, concert);
    assertThat(quantity(toThird)).isEqualTo(1);
    await(() -> "LAPSED".equals(entries(concert, second).get(0).getString("state")));
    assertThat(TestDatabase.unsold(tier)).isZero();

    // The first cancels its offer: nobody waits any more, so both tickets go back on sale.
    cancel(toFirst.getString("bookingId"), first);
    await(() -> TestDatabase.unsold(tier) == 2);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM booking WHERE concert_id = ? AND status = 'KEPT'", concert))
        .isZero();
    await(() -> adminTier(concert, "GA").getInt("lapsed") == 2); // settled by the next run
    JsonObject ga = adminTier(concert, "GA");
    assertThat(ga.getInt("waiting")).isZero();
    assertThat(ga.getInt("offered")).isEqualTo(1);
    assertThat(ga.getInt("kept")).isZero();
    TestDatabase.assertInvariants();
  }

  @Test
  void ticketsKeptForTheListAreNeitherOnSaleNorLostInTheOrganisersFigures() {
    long concert = publishedConcert("", "GA", 3);
    long tier = tierId(concert, "GA");
    String one = hold(concert, "GA", 1, null);
    hold(concert, "GA", 2, null);
    String pair = customer("pair");
    join(concert, pair, "GA", 2, false); // wants 2, not fewer

    cancel(one); // one ticket back: kept for the list, which cannot use it yet
    await(() -> tierFigures(concert).getInt("kept") == 1);
    JsonObject ga = tierFigures(concert);
    assertThat(ga.getInt("sold") + ga.getInt("held") + ga.getInt("kept") + ga.getInt("available"))
        .as(ga.toString())
        .isEqualTo(ga.getInt("capacity"));
    assertThat(ga.getInt("available")).isZero();
    assertThat(TestDatabase.unsold(tier)).isZero();
    assertThat(adminTier(concert, "GA").getInt("kept")).isEqualTo(1);

    // The pair leaves: nobody waits any more, the kept ticket goes back on sale.
    assertThat(api.call("DELETE", waitlist(concert) + "/GA", pair, null).status()).isEqualTo(204);
    await(() -> TestDatabase.unsold(tier) == 1);
    await(() -> tierFigures(concert).getInt("available") == 1);
    assertThat(tierFigures(concert).getInt("kept")).isZero();
    TestDatabase.assertInvariants();
  }

  @Test
  void aConcertOffSaleIsUnknownToCustomersAndOffersNothingUntilBackAndAClosedSaleOffersNothing() {
    long concert = publishedConcert("", "GA", 1);
    long tier = tierId(concert, "GA");
    String hold = hold(concert, "GA", 1, null);
    String ada = customer("ada");
    String bob = customer("bob");
    String cleo = customer("cleo");
    join(concert, ada, "GA", 1, false);

    // Taken off sale: the list is unknown to customers, and a freed ticket is kept, not offered.
    assertThat(adminPost(concert, "unpublish")).isEqualTo(200);
    Api.Reply hidden = api.call("POST", waitlist(concert), bob, join("GA", 1, false));
    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
    assertThat(api.call("GET", waitlist(concert), ada, null).status()).isEqualTo(404);
    TestDatabase.runOutHold(hold);
    await(() -> tierFigures(concert).getInt("kept") == 1);
    sleep(2_500); // more than two runs of the assigner
    assertThat(heldBookings(ada, concert)).isEmpty();

    // Back on sale: the offer comes.
    assertThat(adminPost(concert, "publish")).isEqualTo(200);
    JsonObject offer = awaitHeldBooking(ada, concert);
    join(concert, bob, "GA", 1, false);

    // The sale closes: nobody joins, and a ticket that comes back is not offered but freed.
    TestDatabase.update(
        "UPDATE concert SET sales_close_at = now() - interval '1 second' WHERE id = ?", concert);
    Api.Reply late = api.call("POST", waitlist(concert), cleo, join("GA", 1, false));
    assertThat(late.status()).as(late.toString()).isEqualTo(409);
    assertThat(late.json().getString("type")).isEqualTo("urn:ticketing:problem:waitlist-not-open");
    TestDatabase.runOutHold(offer.getString("bookingId"));
    await(() -> TestDatabase.unsold(tier) == 1);
    sleep(1_500);
    assertThat(heldBookings(bob, concert)).isEmpty();
    assertThat(entries(concert, bob).get(0).getString("state")).isEqualTo("WAITING");
    assertThat(tierFigures(concert).getInt("kept")).isZero();
    TestDatabase.assertInvariants();
  }

  private int adminPost(long concert, String action) {
    return api.call("POST", "api/admin/concerts/" + concert + "/" + action, organiser, null)
        .status();
  }

  /** The tier as organisers see it on their concert: sold, held, kept, available. */
  private JsonObject tierFigures(long concert) {
    Api.Reply reply = api.call("GET", "api/admin/concerts/" + concert, organiser, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("tiers").getJsonObject(0);
  }

  @Test
  void raisedCapacityGoesToTheListAndPurchaseLimitsPassOverAnAccountAtItsLimit() {
    long concert = publishedConcert(",\"maxTicketsPerAccount\":2", "GA", 2);
    long tier = tierId(concert, "GA");
    String full = customer("full");
    String next = customer("next");
    Api.Reply mine = api.call("POST", "api/bookings", full, order(concert, "GA", 2));
    assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
    join(concert, full, "GA", 1, false); // at its limit: passed over while it holds two
    join(concert, next, "GA", 1, false);

    Api.Reply raised = api.call("PATCH", "api/admin/tiers/" + tier, organiser, "{\"capacity\":3}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
    JsonObject toNext = awaitHeldBooking(next, concert);
    assertThat(quantity(toNext)).isEqualTo(1);
    assertThat(entries(concert, full).get(0).getString("state")).isEqualTo("WAITING");
    assertThat(TestDatabase.unsold(tier)).isZero();
    TestDatabase.assertInvariants();
  }

  @Test
  void twentyTicketsFreedAtOnceByExpiryAndCancellationGoToTheFirstTwentyOfFiftyEntries()
      throws Exception {
    long concert = publishedConcert("", "GA", 20);
    long tier = tierId(concert, "GA");
    List<String> holds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      holds.add(hold(concert, "GA", 1, null));
    }
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String token = customer("w" + i);
      join(concert, token, "GA", 1, false);
      people.add(token);
    }
    List<Long> order =
        TestDatabase.queryLongs(
            "SELECT id FROM waitlist_entry WHERE tier_id = ? ORDER BY id", tier);
    assertThat(order).hasSize(50);

    // Ten run out (the sweep expires them), ten are cancelled, all at once in random order.
    List<String> shuffled = new ArrayList<>(holds);
    Collections.shuffle(shuffled, new Random());
    ExecutorService threads = Executors.newFixedThreadPool(21);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    List<String> expiring = shuffled.subList(0, 10);
    done.add(
        threads.submit(
            () -> {
              go.await();
              for (String id : expiring) {
                TestDatabase.runOutHold(id);
              }
              return 200;
            }));
    for (String id : shuffled.subList(10, 20)) {
      done.add(
          threads.submit(
              () -> {
                go.await();
                return api.post("api/bookings/" + id + "/cancel").status();
              }));
    }
    go.countDown();
    for (Future<Integer> f : done) {
      assertThat(f.get()).isEqualTo(200);
    }
    threads.shutdown();

    await(
        () ->
            TestDatabase.queryInt(
                    "SELECT count(*) FROM waitlist_entry WHERE tier_id = ? AND state = 'OFFERED'",
                    tier)
                == 20);
    // Exactly the first twenty, each with one ticket of its own.
    List<Long> offered =
        TestDatabase.queryLongs(
            "SELECT id FROM waitlist_entry WHERE tier_id = ? AND state = 'OFFERED' ORDER BY id",
            tier);
    assertThat(offered).isEqualTo(order.subList(0, 20));
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(DISTINCT k.id) FROM waitlist_entry e JOIN ticket k"
                    + " ON k.booking_id = e.booking_id WHERE e.tier_id = ? AND e.state = 'OFFERED'",
                tier))
        .isEqualTo(20);
    assertThat(TestDatabase.unsold(tier)).isZero();
    assertThat(TestDatabase.held(tier)).isEqualTo(20);
    for (int i = 0; i < 20; i++) {
      assertThat(heldBookings(people.get(i), concert)).as("entry %d", i).hasSize(1);
    }
    for (int i = 20; i < 50; i++) {
      assertThat(entries(concert, people.get(i)).get(0).getInt("place")).isEqualTo(i - 19);
    }
    TestDatabase.assertInvariants();
  }

  // ---------------------------------------------------------------------------------------------

  private String customer(String who) {
    String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    int n = ADDRESSES.incrementAndGet();
    Api.Reply registered =
        api.send(
            HttpRequest.newBuilder(api.uri("api/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.27." + (n / 250) + "." + (n % 250 + 1))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"customer-password-1\"}")));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return api.token(email, "customer-password-1");
  }

  private static String waitlist(long concert) {
    return "api/concerts/" + concert + "/waitlist";
  }

  private static String adminWaitlist(long concert) {
    return "api/admin/concerts/" + concert + "/waitlist";
  }

  private static String join(String tier, int quantity, boolean acceptFewer) {
    return "{\"tier\":\""
        + tier
        + "\",\"quantity\":"
        + quantity
        + ",\"acceptFewer\":"
        + acceptFewer
        + "}";
  }

  private void join(long concert, String token, String tier, int quantity, boolean fewer) {
    Api.Reply joined = api.call("POST", waitlist(concert), token, join(tier, quantity, fewer));
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
  }

  private List<JsonObject> entries(long concert, String token) {
    Api.Reply reply = api.call("GET", waitlist(concert), token, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  private JsonObject adminTier(long concert, String tier) {
    Api.Reply reply = api.call("GET", adminWaitlist(concert), organiser, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("tier").equals(tier))
        .findFirst()
        .orElseThrow();
  }

  /** Holds tickets (anonymously when token is null) and returns the booking id. */
  private String hold(long concert, String tier, int quantity, String token) {
    Api.Reply held = api.call("POST", "api/bookings", token, order(concert, tier, quantity));
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    return held.json().getString("bookingId");
  }

  private void cancel(String booking) {
    cancel(booking, null);
  }

  private void cancel(String booking, String token) {
    Api.Reply cancelled = api.call("POST", "api/bookings/" + booking + "/cancel", token, null);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
  }

  private List<JsonObject> heldBookings(String token, long concert) {
    Api.Reply reply = api.call("GET", "api/bookings", token, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(b -> b.getString("status").equals("HELD"))
        .filter(b -> b.getJsonNumber("concertId").longValue() == concert)
        .toList();
  }

  /** The account's HELD booking of the concert, waited for at most 5 seconds. */
  private JsonObject awaitHeldBooking(String token, long concert) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<JsonObject> held = heldBookings(token, concert);
    while (held.isEmpty() && System.nanoTime() < deadline) {
      sleep(100);
      held = heldBookings(token, concert);
    }
    assertThat(held).as("a HELD offer within 5 s").hasSize(1);
    return held.get(0);
  }

  private static int quantity(JsonObject booking) {
    return booking.getJsonArray("items").getJsonObject(0).getInt("quantity");
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("within 5 s").isLessThan(deadline);
      sleep(100);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long tierId(long concert, String code) {
    return TestDatabase.queryInt(
        "SELECT id FROM ticket_tier WHERE concert_id = ? AND code = ?", concert, code);
  }

  private long publishedConcert(String extra, String tier, int capacity) {
    Api.Reply created =
        api.call(
            "POST",
            "api/admin/concerts",
            organiser,
            "{\"name\":\"Sold out night\",\"venue\":\"Hall\",\"startsAt\":\"2030-01-01T20:00:00Z\""
                + extra
                + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long concert = created.json().getJsonNumber("id").longValue();
    Api.Reply added =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/tiers",
            organiser,
            "{\"code\":\""
                + tier
                + "\",\"displayName\":\""
                + tier
                + "\",\"price\":1000,\"currency\":\"EUR\",\"capacity\":"
                + capacity
                + "}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    Api.Reply published =
        api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return concert;
  }

  private static String order(long concert, String tier, int quantity) {
    return "{\"concertId\":"
        + concert
        + ",\"items\":[{\"tier\":\""
        + tier
        + "\",\"quantity\":"
        + quantity
        + "}]}";
  }
}

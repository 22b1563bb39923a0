package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A concert's purchase limits, as organisers set them and buyers meet them: at most so many tickets
 * per account (held and confirmed, across bookings, tiers and parallel requests), and an account
 * needed to book at all.
 */
@TicketingServer
class PurchaseLimitIT {
  private static final String LIMIT_TYPE = "urn:ticketing:problem:purchase-limit";

  // Set before each test by @TicketingServer.
  private Api api;

  private String organiser;

  @BeforeEach
  void logIn() {
    organiser = api.organiser();
  }

  @Test
  void oneAccountFiringTwentyBookingsAtOnceGetsExactlyItsLimit() throws Exception {
    long concert = publishedConcert(",\"maxTicketsPerAccount\":6", "GA", 100);
    String customer = api.newCustomer(email("rush"));

    List<Api.Reply> replies =
        AtOnce.send(
            20,
            i ->
                Api.retryingWhenShed(
                    () -> api.call("POST", "api/bookings", customer, order(concert, "GA", 2))));

    assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(3);
    List<Api.Reply> refused = replies.stream().filter(r -> r.status() != 201).toList();
    assertThat(refused).hasSize(17);
    for (Api.Reply reply : refused) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      JsonObject problem = reply.json();
      assertThat(problem.getString("type")).isEqualTo(LIMIT_TYPE);
      assertThat(problem.getInt("limit")).isEqualTo(6);
      assertThat(problem.getInt("remaining")).isZero();
    }
    assertThat(ticketsOf(concert, customer)).isEqualTo(6);
  }

  @Test
  void theLimitCountsHeldAndConfirmedBookingsOfEveryTierAndNoOneElses() {
    long concert = publishedConcert(",\"maxTicketsPerAccount\":5", "FLOOR", 50);
    addTier(concert, "BALCONY", 50);
    String ada = api.newCustomer(email("ada"));

    Api.Reply paid = api.call("POST", "api/bookings", ada, order(concert, "FLOOR", 2));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    Api.Reply payment =
        api.call(
            "POST",
            "api/bookings/" + paid.json().getString("bookingId") + "/payment",
            ada,
            "{\"card\":\"4242424242424242\"}");
    assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
    Api.Reply held = api.call("POST", "api/bookings", ada, order(concert, "BALCONY", 2));
    assertThat(held.status()).as(held.toString()).isEqualTo(201);

    // 2 confirmed + 2 held: two more of any tiers would make 6.
    Api.Reply twoTiers =
        api.call(
            "POST",
            "api/bookings",
            ada,
            "{\"concertId\":"
                + concert
                + ",\"items\":[{\"tier\":\"FLOOR\",\"quantity\":1},"
                + "{\"tier\":\"BALCONY\",\"quantity\":1}]}");
    assertThat(twoTiers.status()).as(twoTiers.toString()).isEqualTo(409);
    assertThat(twoTiers.json().getString("type")).isEqualTo(LIMIT_TYPE);
    assertThat(twoTiers.json().getInt("limit")).isEqualTo(5);
    assertThat(twoTiers.json().getInt("remaining")).isEqualTo(1);
    assertThat(ticketsOf(concert, ada)).isEqualTo(4);

    assertThat(api.call("POST", "api/bookings", ada, order(concert, "BALCONY", 1)).status())
        .isEqualTo(201);
    Api.Reply full = api.call("POST", "api/bookings", ada, order(concert, "FLOOR", 1));
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().getInt("remaining")).isZero();

    // Cancelled tickets no longer count.
    String heldId = held.json().getString("bookingId");
    assertThat(api.call("POST", "api/bookings/" + heldId + "/cancel", ada, null).status())
        .isEqualTo(200);
    assertThat(api.call("POST", "api/bookings", ada, order(concert, "FLOOR", 2)).status())
        .isEqualTo(201);
    assertThat(ticketsOf(concert, ada)).isEqualTo(5);

    // Another account has a limit of its own; without accountRequired, anonymous buyers book.
    String bob = api.newCustomer(email("bob"));
    assertThat(api.call("POST", "api/bookings", bob, order(concert, "FLOOR", 5)).status())
        .isEqualTo(201);
    assertThat(api.postJson("api/bookings", order(concert, "FLOOR", 3)).status()).isEqualTo(201);
  }

  @Test
  void anAnonymousBookingOfAConcertNeedingAnAccountIsRefused401AndChangesNothing() {
    long concert = publishedConcert(",\"accountRequired\":true", "GA", 20);
    Supplier<List<String>> data = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(2));
    List<String> before = data.get();

    Api.Reply anonymous = api.postJson("api/bookings", order(concert, "GA", 1));

    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.json().getString("type"))
        .isEqualTo("urn:ticketing:problem:account-required");
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(data.get()).isEqualTo(before);
    assertThat(TestDatabase.bookingsOf(concert)).isZero();

    String customer = api.newCustomer(email("member"));
    assertThat(api.call("POST", "api/bookings", customer, order(concert, "GA", 1)).status())
        .isEqualTo(201);
  }

  @Test
  void theOrganiserSetsAndClearsTheLimitsAndThePublicSeesThem() {
    long concert =
        publishedConcert(",\"maxTicketsPerAccount\":4,\"accountRequired\":true", "GA", 5);
    JsonObject admin = api.call("GET", "api/admin/concerts/" + concert, organiser, null).json();
    assertThat(admin.getInt("maxTicketsPerAccount")).isEqualTo(4);
    assertThat(admin.getBoolean("accountRequired")).isTrue();
    JsonObject shown = api.get("api/concerts/" + concert).json();
    assertThat(shown.getInt("maxTicketsPerAccount")).isEqualTo(4);
    assertThat(shown.getBoolean("accountRequired")).isTrue();

    Api.Reply cleared =
        api.call("PUT", "api/admin/concerts/" + concert, organiser, concertBody(""));
    assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
    assertThat(cleared.json().containsKey("maxTicketsPerAccount")).isFalse();
    assertThat(cleared.json().getBoolean("accountRequired")).isFalse();
    JsonObject public2 = api.get("api/concerts/" + concert).json();
    assertThat(public2.containsKey("maxTicketsPerAccount")).isFalse();
    assertThat(public2.getBoolean("accountRequired")).isFalse();
    assertThat(api.postJson("api/bookings", order(concert, "GA", 5)).status()).isEqualTo(201);

    for (String bad : List.of("0", "1001", "-1", "2.5", "\"3\"", "true")) {
      Api.Reply refused =
          api.call(
              "PUT",
              "api/admin/concerts/" + concert,
              organiser,
              concertBody(",\"maxTicketsPerAccount\":" + bad));
      assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    Api.Reply notABoolean =
        api.call(
            "PUT",
            "api/admin/concerts/" + concert,
            organiser,
            concertBody(",\"accountRequired\":1"));
    assertThat(notABoolean.status()).as(notABoolean.toString()).isEqualTo(400);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM concert WHERE id = ? AND max_tickets_per_account IS NULL"
                    + " AND NOT account_required",
                concert))
        .isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------

  private static String email(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static String concertBody(String extra) {
    return "{\"name\":\"Limited night\",\"venue\":\"Hall\",\"startsAt\":\"2030-01-01T20:00:00Z\""
        + extra
        + "}";
  }

  private long publishedConcert(String extra, String tier, int capacity) {
    Api.Reply created = api.call("POST", "api/admin/concerts", organiser, concertBody(extra));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long concert = created.json().getJsonNumber("id").longValue();
    addTier(concert, tier, capacity);
    Api.Reply published =
        api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return concert;
  }

  private void addTier(long concert, String code, int capacity) {
    Api.Reply tier =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/tiers",
            organiser,
            "{\"code\":\""
                + code
                + "\",\"displayName\":\""
                + code
                + "\",\"price\":1000,\"currency\":\"EUR\",\"capacity\":"
                + capacity
                + "}");
    assertThat(tier.status()).as(tier.toString()).isEqualTo(201);
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

  /** The tickets held or sold to the token's account at the concert, as the database has them. */
  private int ticketsOf(long concert, String token) {
    String email = api.call("GET", "api/auth/me", token, null).json().getString("email");
    return TestDatabase.queryInt(
        "SELECT count(*) FROM ticket t JOIN booking b ON b.id = t.booking_id"
            + " JOIN account a ON a.id = b.owner_id WHERE b.concert_id = ? AND a.email = ?"
            + " AND b.status IN ('HELD', 'CONFIRMED')",
        concert,
        email);
  }
}

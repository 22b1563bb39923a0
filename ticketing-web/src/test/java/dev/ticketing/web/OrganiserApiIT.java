package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisers' API and accounts, as a client uses them: a concert created, tiers added and
 * changed, published, its sale opening by itself, what sold, its bookings and its audit trail;
 * registration and login refusals.
 */
@TicketingServer
class OrganiserApiIT {
  // Set before each test by @TicketingServer.
  private Api api;

  private String organiser;

  @BeforeEach
  void logIn() {
    organiser = api.organiser();
  }

  private long newConcert(String extra) {
    Api.Reply created =
        api.call(
            "POST",
            "api/admin/concerts",
            organiser,
            "{\"name\":\"Organiser night\",\"venue\":\"Hall\",\"startsAt\":\"2030-01-01T20:00:00Z\""
                + extra
                + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/admin/concerts/");
    return created.json().getJsonNumber("id").longValue();
  }

  private long addTier(long concert, String code, int capacity) {
    Api.Reply tier =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/tiers",
            organiser,
            "{\"code\":\""
                + code
                + "\",\"displayName\":\""
                + code
                + " seats\",\"price\":2500,\"currency\":\"EUR\",\"capacity\":"
                + capacity
                + "}");
    assertThat(tier.status()).as(tier.toString()).isEqualTo(201);
    return tier.json().getJsonNumber("id").longValue();
  }

  private Api.Reply book(long concert, String tier, int quantity) {
    return api.postJson(
        "api/bookings",
        "{\"concertId\":"
            + concert
            + ",\"items\":[{\"tier\":\""
            + tier
            + "\",\"quantity\":"
            + quantity
            + "}]}");
  }

  @Test
  void aConcertIsHiddenUntilPublishedAndItsTiersChangeAsTheOrganiserSays() {
    long concert = newConcert("");
    long floor = addTier(concert, "FLOOR", 10);
    long balcony = addTier(concert, "BALCONY", 5);

    // Unpublished: the public neither sees nor books it.
    assertThat(api.get("api/concerts/" + concert).status()).isEqualTo(404);
    assertThat(
            api.get("api/concerts").jsonArray().stream()
                .map(c -> ((JsonObject) c).getJsonNumber("id").longValue()))
        .doesNotContain(concert);
    assertThat(book(concert, "FLOOR", 1).status()).isEqualTo(404);

    assertThat(
            api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null)
                .status())
        .isEqualTo(200);
    assertThat(api.get("api/concerts/" + concert).json().getString("sale")).isEqualTo("OPEN");
    Api.Reply held = book(concert, "FLOOR", 4);
    assertThat(held.status()).as(held.toString()).isEqualTo(201);

    // Capacity: not below what is held; down to it, up again; the database follows.
    Api.Reply below = api.call("PATCH", "api/admin/tiers/" + floor, organiser, "{\"capacity\":3}");
    assertThat(below.status()).as(below.toString()).isEqualTo(409);
    assertThat(below.json().getString("type")).endsWith("capacity-below-taken");
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM ticket WHERE tier_id = ?", floor))
        .isEqualTo(10);
    JsonObject down =
        api.call("PATCH", "api/admin/tiers/" + floor, organiser, "{\"capacity\":4}").json();
    assertThat(down.getInt("capacity")).isEqualTo(4);
    assertThat(down.getInt("available")).isZero();
    assertThat(book(concert, "FLOOR", 1).status()).isEqualTo(409);
    JsonObject up =
        api.call(
                "PATCH",
                "api/admin/tiers/" + floor,
                organiser,
                "{\"capacity\":12,\"price\":3000,\"position\":2}")
            .json();
    assertThat(up.getInt("available")).isEqualTo(8);
    assertThat(up.getInt("position")).isEqualTo(2);
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM ticket WHERE tier_id = ?", floor))
        .isEqualTo(12);

    // The public sees the new order and price at once; the held booking keeps its price.
    JsonObject shown = api.get("api/concerts/" + concert).json();
    assertThat(shown.getJsonArray("tiers").getJsonObject(0).getString("name")).isEqualTo("BALCONY");
    assertThat(shown.getJsonArray("tiers").getJsonObject(1).getInt("price")).isEqualTo(3000);
    assertThat(held.json().getInt("total")).isEqualTo(4 * 2500);

    // Refusals, each with words and nothing changed.
    assertThat(
            api.call(
                    "POST",
                    "api/admin/concerts/" + concert + "/tiers",
                    organiser,
                    "{\"code\":\"FLOOR\",\"displayName\":\"x\",\"price\":1,\"currency\":\"EUR\","
                        + "\"capacity\":1}")
                .status())
        .isEqualTo(409);
    assertThat(
            api.call(
                    "POST",
                    "api/admin/concerts/" + concert + "/tiers",
                    organiser,
                    "{\"code\":\"BOX\",\"displayName\":\"x\",\"price\":1,\"currency\":\"USD\","
                        + "\"capacity\":1}")
                .json()
                .getString("type"))
        .endsWith("currency-mismatch");
    Api.Reply invalid =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/tiers",
            organiser,
            "{\"code\":\"bad code\",\"displayName\":\"\",\"price\":-1,\"currency\":\"euro\","
                + "\"capacity\":-5}");
    assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
    assertThat(invalid.body()).contains("code", "displayName", "price", "currency", "capacity");
    assertThat(api.call("PATCH", "api/admin/tiers/999999999", organiser, "{}").status())
        .isEqualTo(404);
    assertThat(
            api.call("PATCH", "api/admin/tiers/" + balcony, organiser, "{\"position\":9}").status())
        .isEqualTo(400);
    assertThat(
            api.call(
                    "PUT",
                    "api/admin/concerts/" + concert,
                    organiser,
                    "{\"name\":\"x\",\"venue\":\"y\",\"startsAt\":\"2030-01-01T20:00:00Z\","
                        + "\"salesOpenAt\":\"2029-01-02T00:00:00Z\","
                        + "\"salesCloseAt\":\"2029-01-01T00:00:00Z\"}")
                .status())
        .isEqualTo(400);

    // Unpublished again: hidden, bookings refused; the booking made stays.
    api.call("POST", "api/admin/concerts/" + concert + "/unpublish", organiser, null);
    assertThat(api.get("api/concerts/" + concert).status()).isEqualTo(404);
    assertThat(TestDatabase.status(held.json().getString("bookingId"))).isEqualTo("HELD");

    // Every change is in the audit trail, by the organiser.
    var audit = api.call("GET", "api/admin/concerts/" + concert + "/audit", organiser, null);
    assertThat(audit.jsonArray()).hasSizeGreaterThanOrEqualTo(7);
    assertThat(audit.body())
        .contains(
            "concert.create",
            "tier.create",
            "concert.publish",
            "tier.update",
            "concert.unpublish",
            System.getProperty("ticketing.it.admin.email"));
  }

  @Test
  void theSaleOpensByItselfAtItsTimeAndClosesAtItsTime() throws InterruptedException {
    Instant opens = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    long concert = newConcert(",\"salesOpenAt\":\"" + opens + "\"");
    addTier(concert, "GA", 20);
    api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);

    Api.Reply early = book(concert, "GA", 1);
    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    assertThat(early.json().getString("type")).endsWith("sale-not-open");
    assertThat(early.json().getString("salesOpenAt")).isNotBlank();
    assertThat(api.get("api/concerts/" + concert).json().getString("sale"))
        .isEqualTo("NOT_OPEN_YET");

    while (Instant.now().isBefore(opens.plusMillis(100))) {
      Thread.sleep(100);
    }
    Api.Reply onTime = book(concert, "GA", 1);
    assertThat(onTime.status()).as(onTime.toString()).isEqualTo(201);
    System.out.printf(
        "[sale window] refused %s before opening, booked %d ms after it, no restart%n",
        early.status(), java.time.Duration.between(opens, Instant.now()).toMillis());

    // Closed: set the close time into the past.
    Api.Reply closed =
        api.call(
            "PUT",
            "api/admin/concerts/" + concert,
            organiser,
            "{\"name\":\"Organiser night\",\"venue\":\"Hall\",\"startsAt\":\"2030-01-01T20:00:00Z\","
                + "\"salesCloseAt\":\""
                + Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)
                + "\"}");
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    Api.Reply late = book(concert, "GA", 1);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("type")).endsWith("sale-closed");
  }

  @Test
  void salesAndBookingsShowWhatCustomersDid() {
    long concert = newConcert("");
    addTier(concert, "GA", 30);
    api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);
    String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String customer = api.newCustomer(email);
    Api.Reply paid =
        api.call(
            "POST",
            "api/bookings",
            customer,
            "{\"concertId\":" + concert + ",\"items\":[{\"tier\":\"GA\",\"quantity\":3}]}");
    String bookingId = paid.json().getString("bookingId");
    assertThat(
            api.call(
                    "POST",
                    "api/bookings/" + bookingId + "/payment",
                    customer,
                    "{\"card\":\"4242424242424242\"}")
                .status())
        .isEqualTo(200);
    book(concert, "GA", 2); // held, anonymous

    JsonObject sales =
        api.call("GET", "api/admin/concerts/" + concert + "/sales", organiser, null).json();
    JsonObject tier = sales.getJsonObject("concert").getJsonArray("tiers").getJsonObject(0);
    assertThat(tier.getInt("sold")).isEqualTo(3);
    assertThat(tier.getInt("held")).isEqualTo(2);
    assertThat(tier.getInt("available")).isEqualTo(25);
    assertThat(tier.getInt("revenue")).isEqualTo(3 * 2500);
    assertThat(sales.getJsonObject("revenue").getInt("EUR")).isEqualTo(3 * 2500);
    assertThat(sales.getInt("confirmedBookings")).isEqualTo(1);
    assertThat(sales.getInt("heldBookings")).isEqualTo(1);
    assertThat(sales.getJsonArray("perMinute")).hasSize(15);
    int lastMinutes =
        sales.getJsonArray("perMinute").stream()
            .mapToInt(m -> ((JsonObject) m).getInt("bookings"))
            .sum();
    assertThat(lastMinutes).isEqualTo(2);

    // Search by customer and by reference, then cancel for the customer.
    var byEmail =
        api.call(
            "GET",
            "api/admin/concerts/" + concert + "/bookings?q=" + email.substring(0, 12),
            organiser,
            null);
    assertThat(byEmail.jsonArray()).hasSize(1);
    var byReference =
        api.call(
            "GET",
            "api/admin/concerts/" + concert + "/bookings?q=" + bookingId.substring(0, 8),
            organiser,
            null);
    assertThat(byReference.jsonArray().getJsonObject(0).getString("bookingId"))
        .isEqualTo(bookingId);
    var cancelled =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/bookings/" + bookingId + "/cancel",
            organiser,
            null);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(
            api.call("GET", "api/admin/concerts/" + concert + "/sales", organiser, null)
                .json()
                .getJsonObject("concert")
                .getJsonArray("tiers")
                .getJsonObject(0)
                .getInt("available"))
        .isEqualTo(28);
    assertThat(api.call("GET", "api/admin/concerts/" + concert + "/audit", organiser, null).body())
        .contains("booking.cancel", bookingId);
    // Another concert's id does not reach it.
    assertThat(
            api.call(
                    "POST",
                    "api/admin/concerts/"
                        + (concert + 100000)
                        + "/bookings/"
                        + bookingId
                        + "/cancel",
                    organiser,
                    null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void registrationAndLoginRefuseWhatTheyShould() {
    String email = "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    assertThat(
            api.postJson(
                    "api/auth/register", "{\"email\":\"" + email + "\",\"password\":\"short\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.postJson(
                    "api/auth/register",
                    "{\"email\":\"not-an-email\",\"password\":\"long enough pass\"}")
                .status())
        .isEqualTo(400);
    assertThat(api.postJson("api/auth/register", "{}").status()).isEqualTo(400);
    api.newCustomer(email);
    Api.Reply again =
        api.postJson(
            "api/auth/register",
            "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"customer-password-1\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM account WHERE email = ?", email))
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM account WHERE email = ? AND password_hash LIKE"
                    + " 'PBKDF2WithHmacSHA512:210000:%'",
                email))
        .isEqualTo(1);

    // Wrong passwords: 401 each, then 429 with Retry-After, even with the right one.
    for (int i = 0; i < 5; i++) {
      Api.Reply wrong =
          api.postJson(
              "api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"wrong password\"}");
      assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    }
    Api.Reply throttled =
        api.postJson(
            "api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"customer-password-1\"}");
    assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotBlank();
    assertThat(throttled.contentType()).startsWith("application/problem+json");
  }
}

package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The booking API against a real Payara Micro and a real PostgreSQL, one request at a time. */
@TicketingServer
class BookingApiIT {

  // Set before each test by @TicketingServer.
  private Api api;

  private static Map<String, Integer> tiers(Object... codeAndCapacity) {
    Map<String, Integer> tiers = new LinkedHashMap<>();
    for (int i = 0; i < codeAndCapacity.length; i += 2) {
      tiers.put((String) codeAndCapacity[i], (Integer) codeAndCapacity[i + 1]);
    }
    return tiers;
  }

  private static String items(long concertId, String... tierAndQuantity) {
    StringBuilder json = new StringBuilder("{\"concertId\":" + concertId + ",\"items\":[");
    for (int i = 0; i < tierAndQuantity.length; i += 2) {
      json.append(i == 0 ? "" : ",")
          .append("{\"tier\":\"")
          .append(tierAndQuantity[i])
          .append("\",\"quantity\":")
          .append(tierAndQuantity[i + 1])
          .append('}');
    }
    return json.append("]}").toString();
  }

  @Test
  void ticketsListTheDefaultConcertsTiersWithPriceAndWhatIsLeft() {
    Api.Reply reply = api.get("api/tickets");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    Map<String, JsonObject> byName =
        reply.jsonArray().stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(t -> t.getString("name"), t -> t));
    assertThat(byName).containsOnlyKeys("VIP", "FRONT_ROW", "GA");
    assertThat(byName.get("VIP").getInt("price")).isEqualTo(10000);
    assertThat(byName.get("FRONT_ROW").getInt("price")).isEqualTo(5000);
    assertThat(byName.get("GA").getInt("price")).isEqualTo(1000);
    assertThat(byName.get("GA").getString("currency")).isEqualTo("USD");
    assertThat(byName.get("FRONT_ROW").getString("displayName")).isEqualTo("Front Row");
    assertThat(byName.get("VIP").getInt("capacity")).isEqualTo(100);
    assertThat(byName.get("FRONT_ROW").getInt("capacity")).isEqualTo(200);
    assertThat(byName.get("GA").getInt("capacity")).isEqualTo(500);
    for (JsonObject tier : byName.values()) {
      assertThat(tier.getInt("quantityAvailable"))
          .isEqualTo(TestDatabase.unsold(tier.getJsonNumber("id").longValue()));
    }
  }

  @Test
  void bookingTheOriginalWayDecrementsStockAndReturnsTheBooking() {
    int gaBefore = available("GA");

    Api.Reply reply =
        api.postJson("api/book", "{\"tier\":\"GA\",\"quantity\":2,\"userId\":\"ada\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject booking = reply.json();
    assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
    // userId is accepted and not believed: a booking without a token belongs to nobody.
    assertThat(booking.containsKey("userId")).isFalse();
    assertThat(booking.getJsonArray("items")).hasSize(1);
    JsonObject item = booking.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("tier")).isEqualTo("GA");
    assertThat(item.getInt("quantity")).isEqualTo(2);
    assertThat(item.getInt("price")).isEqualTo(1000);
    assertThat(booking.getInt("total")).isEqualTo(2000);
    assertThat(reply.header("Location"))
        .endsWith("/api/bookings/" + booking.getString("bookingId"));
    assertThat(available("GA")).isEqualTo(gaBefore - 2);

    Api.Reply fetched = api.get(java.net.URI.create(reply.header("Location")));
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().getString("bookingId")).isEqualTo(booking.getString("bookingId"));
    assertThat(fetched.header("Cache-Control")).contains("no-store");
  }

  @Test
  void aBookingWritesTheBookingItsItemsAndMarksItsTickets() {
    Fixture f = TestDatabase.concert("Writes", tiers("VIP", 10, "GA", 20));

    Api.Reply reply = api.postJson("api/bookings", items(f.concertId(), "GA", "4", "VIP", "1"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    String id = reply.json().getString("bookingId");
    assertThat(reply.json().getInt("total")).isEqualTo(2500 + 4 * 5000);
    assertThat(TestDatabase.unsold(f.tier("VIP"))).isEqualTo(9);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(16);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM booking WHERE id = ?::uuid AND status = 'HELD'", id))
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT sum(quantity) FROM booking_item WHERE booking_id = ?::uuid", id))
        .isEqualTo(5);
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM ticket WHERE booking_id = ?::uuid", id))
        .isEqualTo(5);
  }

  @Test
  void bookingMoreThanIsLeftIsRefusedWithWhatIsLeftAndChangesNothing() {
    Fixture f = TestDatabase.concert("Short", tiers("VIP", 3));
    Supplier<List<String>> data = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(2));
    List<String> before = data.get();

    Api.Reply reply = api.postJson("api/bookings", items(f.concertId(), "VIP", "5"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getInt("status")).isEqualTo(409);
    assertThat(problem.getString("tier")).isEqualTo("VIP");
    assertThat(problem.getInt("available")).isEqualTo(3);
    assertThat(problem.getInt("requested")).isEqualTo(5);
    assertThat(problem.getString("detail")).contains("3").contains("VIP");
    assertThat(data.get()).isEqualTo(before);
  }

  @Test
  void ticketsThatComeBackBelowTheClaimFloorAreSoldBeforeSoldOutIsSaid() throws Exception {
    TestDatabase.Fixture f = TestDatabase.concert("Floor", tiers("GA", 6));
    List<String> sold = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      if (i == 5) {
        Thread.sleep(1_500); // the claim floor is looked up again: it rises to the last ticket
      }
      Api.Reply booked = api.postJson("api/bookings", items(f.concertId(), "GA", "1"));
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
      sold.add(booked.json().getString("bookingId"));
    }
    // Another instance cancels the first booking behind this server's back: its ticket, the tier's
    // first, is on sale again below the floor this server knows.
    TestDatabase.update(
        "WITH freed AS (UPDATE ticket SET booking_id = NULL WHERE booking_id = CAST(? AS uuid)"
            + " RETURNING id) UPDATE booking SET status = 'CANCELLED', ended_at = now()"
            + " WHERE id = CAST(? AS uuid)",
        sold.get(0),
        sold.get(0));

    Api.Reply again = api.postJson("api/bookings", items(f.concertId(), "GA", "1"));

    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isZero();
  }

  @Test
  void aSoldOutTierSaysSoAndTheOthersStillSell() {
    Fixture f = TestDatabase.concert("Sellout", tiers("VIP", 2, "GA", 5));
    assertThat(api.postJson("api/bookings", items(f.concertId(), "VIP", "2")).status())
        .isEqualTo(201);

    Api.Reply refused = api.postJson("api/bookings", items(f.concertId(), "VIP", "1"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getInt("available")).isZero();
    assertThat(refused.json().getString("detail")).contains("sold out");

    JsonObject concert = api.get("api/concerts/" + f.concertId()).json();
    JsonObject vip = concert.getJsonArray("tiers").getJsonObject(0);
    assertThat(vip.getInt("quantityAvailable")).isZero();
    assertThat(vip.getBoolean("soldOut")).isTrue();
    assertThat(api.postJson("api/bookings", items(f.concertId(), "GA", "5")).status())
        .isEqualTo(201);
  }

  @Test
  void aSeveralTierBookingWithOneTierShortChangesNothing() {
    Fixture f = TestDatabase.concert("AllOrNothing", tiers("VIP", 2, "FRONT_ROW", 10, "GA", 50));
    Supplier<List<String>> data = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(2));
    List<String> before = data.get();

    Api.Reply reply =
        api.postJson("api/bookings", items(f.concertId(), "GA", "6", "FRONT_ROW", "2", "VIP", "3"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
    assertThat(reply.json().getString("tier")).isEqualTo("VIP");
    assertThat(data.get()).isEqualTo(before);
    assertThat(TestDatabase.unsold(f.tier("GA"))).isEqualTo(50);
  }

  @Test
  void anUnknownTierIs404AndChangesNothing() {
    Supplier<List<String>> data = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(2));
    List<String> before = data.get();

    Api.Reply single = api.postJson("api/book", "{\"tier\":\"BALCONY\",\"quantity\":1}");
    Api.Reply several =
        api.postJson(
            "api/bookings",
            "{\"items\":[{\"tier\":\"GA\",\"quantity\":1},{\"tier\":\"PIT\",\"quantity\":1}]}");

    assertThat(single.status()).isEqualTo(404);
    assertThat(single.contentType()).startsWith("application/problem+json");
    assertThat(single.json().getString("tier")).isEqualTo("BALCONY");
    assertThat(several.status()).isEqualTo(404);
    assertThat(several.json().getString("tier")).isEqualTo("PIT");
    assertThat(data.get()).isEqualTo(before);
  }

  @Test
  void invalidQuantitiesAre400ProblemsAndChangeNothing() {
    Supplier<List<String>> data = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(2));
    List<String> before = data.get();
    List<String> bodies =
        List.of(
            "{\"tier\":\"GA\",\"quantity\":0}",
            "{\"tier\":\"GA\",\"quantity\":-1}",
            "{\"tier\":\"GA\",\"quantity\":11}",
            "{\"tier\":\"GA\",\"quantity\":2.5}",
            "{\"tier\":\"GA\",\"quantity\":\"2\"}",
            "{\"tier\":\"GA\",\"quantity\":null}",
            "{\"tier\":\"GA\"}",
            "{\"tier\":\"GA\",\"quantity\":2147483648}",
            "{\"tier\":\"GA\",\"quantity\":-2147483649}",
            "{\"tier\":\"GA\",\"quantity\":[1]}",
            "{\"quantity\":1}",
            "{\"tier\":\"\",\"quantity\":1}",
            "[]",
            "null",
            "{\"tier\":\"GA\",",
            "");

    for (String body : bodies) {
      Api.Reply reply = api.postJson("api/book", body);
      assertThat(reply.status()).as("%s -> %s", body, reply).isEqualTo(400);
      assertThat(reply.contentType()).as(body).startsWith("application/problem+json");
      assertThat(reply.json().getInt("status")).isEqualTo(400);
      assertThat(reply.json().getString("detail")).as(body).isNotBlank();
      assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
    Api.Reply overLimit =
        api.postJson("api/bookings", "{\"items\":[{\"tier\":\"GA\",\"quantity\":11}]}");
    assertThat(overLimit.status()).isEqualTo(400);
    assertThat(overLimit.json().getInt("maxPerTier")).isEqualTo(10);
    Api.Reply twice =
        api.postJson(
            "api/bookings",
            "{\"items\":[{\"tier\":\"GA\",\"quantity\":1},{\"tier\":\"GA\",\"quantity\":1}]}");
    assertThat(twice.status()).isEqualTo(400);
    Api.Reply empty = api.postJson("api/bookings", "{\"items\":[]}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("items");
    assertThat(data.get()).isEqualTo(before);
  }

  @Test
  void wrongMediaTypeMethodPathAndOversizedBodiesGetTheirStatusAsProblems() {
    Supplier<List<String>> data = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(2));
    List<String> before = data.get();

    Api.Reply text = api.post("api/book", "text/plain", "{\"tier\":\"GA\",\"quantity\":1}");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");

    Api.Reply delete = api.send(HttpRequest.newBuilder(api.uri("api/book")).DELETE());
    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.contentType()).startsWith("application/problem+json");

    Api.Reply nowhere = api.get("api/no-such-thing");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.contentType()).startsWith("application/problem+json");

    Api.Reply unknownBooking = api.get("api/bookings/00000000-0000-4000-8000-000000000000");
    assertThat(unknownBooking.status()).isEqualTo(404);
    assertThat(api.get("api/bookings/not-a-uuid").status()).isEqualTo(404);
    assertThat(api.get("api/concerts/999999").status()).isEqualTo(404);

    String huge = "{\"tier\":\"GA\",\"quantity\":1,\"userId\":\"" + "x".repeat(70_000) + "\"}";
    Api.Reply tooLarge = api.postJson("api/book", huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("application/problem+json");

    assertThat(data.get()).isEqualTo(before);
  }

  @Test
  void healthIsUpWhenTheDatabaseIsMigratedAndOpenApiIsServed() {
    Api.Reply health = api.get(api.serverUri("/health"));
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"migrated\":\"true\"");
    assertThat(api.get(api.serverUri("/health/ready")).status()).isEqualTo(200);
    assertThat(api.get(api.serverUri("/health/live")).status()).isEqualTo(200);

    Api.Reply openapi = api.get(api.serverUri("/openapi"));
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/book")
        .contains("/api/tickets")
        .contains("/api/bookings");
  }

  private int available(String tier) {
    return api.get("api/tickets").jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("name").equals(tier))
        .findFirst()
        .orElseThrow()
        .getInt("quantityAvailable");
  }
}

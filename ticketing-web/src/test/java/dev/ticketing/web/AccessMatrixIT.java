package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every endpoint that names a booking or manages the catalogue, called
 * anonymously, as the booking's customer, as another customer and as an organiser, with the status
 * each must get; then attempts on other people's bookings (BOLA): ids of others' bookings, ids
 * guessed from one's own, and the ignored {@code userId}.
 */
@TicketingServer
class AccessMatrixIT {
  private enum Caller {
    ANONYMOUS,
    OWNER,
    OTHER_CUSTOMER,
    ORGANISER
  }

  /** One endpoint, with the status expected for each caller. */
  private record Endpoint(String method, String path, String body, Map<Caller, Integer> expected) {}

  private static Map<Caller, Integer> statuses(int anonymous, int owner, int other, int organiser) {
    Map<Caller, Integer> expected = new LinkedHashMap<>();
    expected.put(Caller.ANONYMOUS, anonymous);
    expected.put(Caller.OWNER, owner);
    expected.put(Caller.OTHER_CUSTOMER, other);
    expected.put(Caller.ORGANISER, organiser);
    return expected;
  }

  @Test
  void everyEndpointAnswersEachRoleAsStated(Api api) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Map<Caller, String> tokens = new LinkedHashMap<>();
    tokens.put(Caller.ANONYMOUS, null);
    tokens.put(Caller.OWNER, api.newCustomer("owner-" + suffix + "@example.com"));
    tokens.put(Caller.OTHER_CUSTOMER, api.newCustomer("other-" + suffix + "@example.com"));
    tokens.put(Caller.ORGANISER, api.organiser());

    String organiser = tokens.get(Caller.ORGANISER);
    long concert =
        api.call(
                "POST",
                "api/admin/concerts",
                organiser,
                "{\"name\":\"Matrix night\",\"venue\":\"Hall\",\"startsAt\":\"2030-01-01T20:00:00Z\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    long tier =
        api.call(
                "POST",
                "api/admin/concerts/" + concert + "/tiers",
                organiser,
                "{\"code\":\"GA\",\"displayName\":\"General\",\"price\":1000,\"currency\":\"USD\","
                    + "\"capacity\":50}")
            .json()
            .getJsonNumber("id")
            .longValue();
    api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);

    // A fresh booking of the owner for each caller, so that a cancel by one does not change what
    // the next sees.
    List<String> failures = new ArrayList<>();
    for (Caller caller : Caller.values()) {
      String token = tokens.get(caller);
      String booking = hold(api, tokens.get(Caller.OWNER), concert);
      String concertBody =
          "{\"name\":\"Matrix night\",\"venue\":\"Hall\",\"startsAt\":\"2030-01-01T20:00:00Z\"}";
      List<Endpoint> endpoints =
          List.of(
              new Endpoint("GET", "api/bookings/" + booking, null, statuses(404, 200, 404, 404)),
              new Endpoint(
                  "POST",
                  "api/bookings/" + booking + "/payment",
                  "{\"card\":\"4000000000000002\"}", // declined: the booking stays held
                  statuses(404, 402, 404, 404)),
              new Endpoint("GET", "api/bookings", null, statuses(401, 200, 200, 200)),
              new Endpoint("GET", "api/auth/me", null, statuses(401, 200, 200, 200)),
              new Endpoint("GET", "api/concerts/" + concert, null, statuses(200, 200, 200, 200)),
              new Endpoint("GET", "api/admin/concerts", null, statuses(401, 403, 403, 200)),
              new Endpoint("POST", "api/admin/concerts", concertBody, statuses(401, 403, 403, 201)),
              new Endpoint(
                  "GET", "api/admin/concerts/" + concert, null, statuses(401, 403, 403, 200)),
              new Endpoint(
                  "PUT",
                  "api/admin/concerts/" + concert,
                  concertBody,
                  statuses(401, 403, 403, 200)),
              new Endpoint(
                  "POST",
                  "api/admin/concerts/" + concert + "/publish",
                  null,
                  statuses(401, 403, 403, 200)),
              new Endpoint(
                  "POST",
                  "api/admin/concerts/" + concert + "/tiers",
                  "{\"code\":\"T"
                      + caller.ordinal()
                      + "\",\"displayName\":\"T\",\"price\":1,\"currency\":\"USD\",\"capacity\":1}",
                  statuses(401, 403, 403, 201)),
              new Endpoint(
                  "PATCH",
                  "api/admin/tiers/" + tier,
                  "{\"displayName\":\"General\"}",
                  statuses(401, 403, 403, 200)),
              new Endpoint(
                  "GET",
                  "api/admin/concerts/" + concert + "/sales",
                  null,
                  statuses(401, 403, 403, 200)),
              new Endpoint(
                  "GET",
                  "api/admin/concerts/" + concert + "/bookings",
                  null,
                  statuses(401, 403, 403, 200)),
              new Endpoint(
                  "GET",
                  "api/admin/concerts/" + concert + "/audit",
                  null,
                  statuses(401, 403, 403, 200)),
              new Endpoint(
                  "POST",
                  "api/admin/concerts/" + concert + "/bookings/" + booking + "/cancel",
                  null,
                  statuses(401, 403, 403, 200)),
              // Last: cancelled by its owner, or refused to anyone else.
              new Endpoint(
                  "POST",
                  "api/bookings/" + booking + "/cancel",
                  null,
                  statuses(404, 200, 404, 404)));
      for (Endpoint endpoint : endpoints) {
        Api.Reply reply = api.call(endpoint.method(), endpoint.path(), token, endpoint.body());
        int expected = endpoint.expected().get(caller);
        if (reply.status() != expected) {
          failures.add(
              caller
                  + " "
                  + endpoint.method()
                  + " "
                  + endpoint.path()
                  + ": "
                  + reply
                  + ", expected "
                  + expected);
        } else if (expected >= 400) {
          assertThat(reply.contentType())
              .as(reply.toString())
              .startsWith("application/problem+json");
          if (expected == 401) {
            assertThat(reply.header("WWW-Authenticate")).as(reply.toString()).startsWith("Bearer");
          }
        }
      }
      System.out.printf("[access matrix] %s: %d endpoints checked%n", caller, endpoints.size());
    }
    assertThat(failures).as("answers that differ from the matrix").isEmpty();
  }

  @Test
  void nobodyButItsOwnerFindsABookingMadeWithAnAccount(Api api) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String ada = api.newCustomer("ada-" + suffix + "@example.com");
    String eve = api.newCustomer("eve-" + suffix + "@example.com");
    TestDatabase.Fixture f = TestDatabase.concert("BOLA", Map.of("GA", 100));

    // userId in the body is not believed: the booking is the caller's.
    Api.Reply made =
        api.call(
            "POST",
            "api/bookings",
            ada,
            "{\"concertId\":"
                + f.concertId()
                + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}],\"userId\":\"eve-"
                + suffix
                + "@example.com\"}");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    String adas = made.json().getString("bookingId");
    assertThat(made.json().getString("userId")).isEqualTo("ada-" + suffix + "@example.com");

    // Eve's own bookings do not list Ada's; her token reads, pays, cancels nothing of Ada's.
    String eves = hold(api, eve, f.concertId());
    assertThat(ids(api.call("GET", "api/bookings", eve, null))).containsExactly(eves);
    assertThat(ids(api.call("GET", "api/bookings", ada, null))).containsExactly(adas);
    for (String token : new String[] {eve, null}) {
      assertThat(api.call("GET", "api/bookings/" + adas, token, null).status()).isEqualTo(404);
      assertThat(
              api.call(
                      "POST",
                      "api/bookings/" + adas + "/payment",
                      token,
                      "{\"card\":\"4242424242424242\"}")
                  .status())
          .isEqualTo(404);
      assertThat(api.call("POST", "api/bookings/" + adas + "/cancel", token, null).status())
          .isEqualTo(404);
    }
    assertThat(TestDatabase.status(adas)).isEqualTo("HELD");

    // Guessing: ids are random (UUID version 4), so neighbours of one's own id find nothing.
    UUID own = UUID.fromString(eves);
    assertThat(own.version()).isEqualTo(4);
    int found = 0;
    for (int i = 1; i <= 50; i++) {
      UUID guess = new UUID(own.getMostSignificantBits(), own.getLeastSignificantBits() + i);
      UUID below = new UUID(own.getMostSignificantBits(), own.getLeastSignificantBits() - i);
      for (UUID id : List.of(guess, below)) {
        int status = api.call("GET", "api/bookings/" + id, eve, null).status();
        assertThat(status).isEqualTo(404);
        found += status == 200 ? 1 : 0;
      }
    }
    System.out.printf("[bola] 100 guessed ids near one's own: %d found%n", found);

    // A booking made without an account stays a capability: its id is its key.
    String anonymous = hold(api, null, f.concertId());
    assertThat(api.call("GET", "api/bookings/" + anonymous, eve, null).status()).isEqualTo(200);
    assertThat(api.call("GET", "api/bookings/" + anonymous, null, null).status()).isEqualTo(200);
  }

  @Test
  void aBadTokenIsRefusedAndNeverTreatedAsAnonymous(Api api) {
    String token = api.newCustomer("t-" + UUID.randomUUID().toString().substring(0, 8) + "@x.org");
    String[] bad = {
      "not-a-token",
      token.substring(0, token.length() - 4) + "AAAA", // signature changed
      unsignedCopyOf(token),
    };
    for (String t : bad) {
      Api.Reply reply = api.call("GET", "api/concerts", t, null);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().getString("type")).endsWith("invalid-token");
    }
  }

  @Test
  void theApplicationRunsAsARoleThatCanChangeRowsButNotTheSchema(Api api) throws Exception {
    assertThat(api.get("api/concerts").status()).isEqualTo(200);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND usename = 'ticketing_app'"))
        .as("the application's pooled connections")
        .isPositive();
    try (java.sql.Connection app = TestDatabase.connectAs("ticketing_app", "ticketing_app");
        java.sql.Statement sql = app.createStatement()) {
      app.setAutoCommit(true);
      sql.executeQuery("SELECT count(*) FROM booking").close();
      List<String> refused = new ArrayList<>();
      for (String ddl :
          List.of(
              "CREATE TABLE intruder (id int)",
              "ALTER TABLE booking ADD COLUMN intruder int",
              "DROP TABLE audit_event",
              "TRUNCATE audit_event",
              "SELECT count(*) FROM flyway_schema_history",
              "CREATE INDEX intruder ON booking (created_at)")) {
        try {
          sql.execute(ddl);
        } catch (java.sql.SQLException e) {
          refused.add(e.getSQLState());
        }
      }
      assertThat(refused).as("statements refused").hasSize(6).allMatch(s -> s.equals("42501"));
    }
    System.out.println("[least privilege] ticketing_app: rows yes, schema no (6 of 6 refused)");
  }

  /** The token with {@code alg: none} and no signature: must never be accepted. */
  private static String unsignedCopyOf(String token) {
    String[] parts = token.split("\\.");
    String header =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    return header + "." + parts[1] + ".";
  }

  private static String hold(Api api, String token, long concertId) {
    Api.Reply reply =
        api.call(
            "POST",
            "api/bookings",
            token,
            "{\"concertId\":" + concertId + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("bookingId");
  }

  private static List<String> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonArray().stream()
        .map(value -> ((JsonObject) value).getString("bookingId"))
        .toList();
  }
}

package dev.ticketing.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The waiting room's rules on a real server and database: order of admission, the rate, pause and
 * resume, admissions that end, no-shows, sold out and back, forged and foreign tickets and
 * admissions, and bookings gated by the room. The room's counter moves every second ({@code
 * ticketing.waiting-room.tick-millis}); time is shifted in the database where a rule takes minutes.
 */
@TicketingServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WaitingRoomIT {
  private static final String ADMISSION_REQUIRED = "urn:ticketing:problem:admission-required";

  // Set before each test by @TicketingServer.
  private Api api;

  private String organiser;

  @BeforeEach
  void logIn() {
    organiser = api.organiser();
  }

  @Test
  void placesAreGivenInOrderOfArrivalAndLetInInThatOrderAtTheRoomsRate() throws Exception {
    long concert = concert(100);
    room(concert, true, 100, 60, 10); // one a second

    List<JsonObject> places = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Api.Reply joined = api.postJson(queue(concert), "{}");
      assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
      assertThat(joined.header("Location")).contains("/api/concerts/" + concert + "/queue/");
      places.add(joined.json());
    }
    for (int i = 0; i < 5; i++) {
      assertThat(places.get(i).getJsonNumber("position").longValue()).isEqualTo(i + 1);
      assertThat(places.get(i).getInt("pollAfterSeconds")).isPositive();
    }
    JsonObject last = poll(concert, ticket(places.get(4)));
    assertThat(last.getString("state")).isIn("WAITING", "ADMITTED");

    // Joining again with the ticket keeps the place.
    Api.Reply again =
        api.postJson(queue(concert), "{\"ticket\":\"" + ticket(places.get(2)) + "\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("position").longValue()).isEqualTo(3);

    JsonObject admitted = awaitState(concert, ticket(places.get(4)), "ADMITTED", 15);
    assertThat(admitted.getString("admission")).startsWith("a1.");
    assertThat(admitted.getString("admittedUntil")).isNotBlank();
    assertThat(admitted.getJsonNumber("ahead").longValue()).isZero();

    // The database's admissions follow the positions (no inversion), at about one a second.
    assertThat(TestDatabase.admissionInversions(concert)).isZero();
    int spreadMillis =
        TestDatabase.queryInt(
            "SELECT (extract(epoch FROM max(admitted_at) - min(admitted_at)) * 1000)::int"
                + " FROM waiting_place WHERE concert_id = ?",
            concert);
    assertThat(spreadMillis).as("five let in at one a second").isBetween(2500, 6500);
  }

  @Test
  void oneAccountHasOnePlaceHoweverOftenItJoinsAtOnce() throws Exception {
    long concert = concert(10);
    room(concert, true, 1, 1, 10);
    String ada = api.newCustomer(email("ada"));

    List<Api.Reply> joins = AtOnce.send(8, i -> api.call("POST", queue(concert), ada, "{}"));

    assertThat(joins).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
    assertThat(joins.stream().filter(r -> r.status() == 201)).hasSize(1);
    assertThat(joins.stream().map(r -> r.json().getJsonNumber("position").longValue()).distinct())
        .hasSize(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ?", concert))
        .isEqualTo(1);
  }

  @Test
  void parallelJoinsGetDistinctPlacesOneAfterAnother() throws Exception {
    long concert = concert(10);
    room(concert, true, 1, 1, 10);

    List<Api.Reply> joins = AtOnce.send(30, i -> api.postJson(queue(concert), "{}"));

    assertThat(joins).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    assertThat(joins.stream().map(r -> r.json().getJsonNumber("position").longValue()).sorted())
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList());
    assertThat(
            TestDatabase.queryInt(
                "SELECT last_position FROM waiting_room WHERE concert_id = ?", concert))
        .isEqualTo(30);
    assertThat(positionsOutOfArrivalOrder(concert)).isZero();
    // Joins that arrive together share a commit (rows written by one transaction share its xmin).
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(DISTINCT xmin::text) FROM waiting_place WHERE concert_id = ?",
                concert))
        .isLessThan(30);
  }

  @Test
  void accountsAndAnonymousVisitorsJoiningTogetherEachGetOnePlaceInOneLine() throws Exception {
    long concert = concert(10);
    room(concert, true, 1, 1, 10);
    List<String> accounts = new java.util.ArrayList<>();
    // Four accounts (registrations are limited per address, and the class registers others).
    for (int i = 0; i < 4; i++) {
      accounts.add(api.newCustomer(email("group" + i)));
    }

    // Each account joins twice at once, among 22 anonymous visitors.
    List<Api.Reply> joins =
        AtOnce.send(
            30,
            i ->
                i < 8
                    ? api.call("POST", queue(concert), accounts.get(i % 4), "{}")
                    : api.postJson(queue(concert), "{}"));

    assertThat(joins).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
    for (int i = 0; i < 4; i++) {
      Api.Reply first = joins.get(i);
      Api.Reply second = joins.get(i + 4);
      assertThat(second.json().getJsonNumber("position").longValue())
          .as("one place per account")
          .isEqualTo(first.json().getJsonNumber("position").longValue());
      assertThat(List.of(first.status(), second.status())).containsExactlyInAnyOrder(200, 201);
    }
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ?", concert))
        .isEqualTo(26);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(DISTINCT position) FROM waiting_place WHERE concert_id = ?"
                    + " AND position BETWEEN 1 AND 26",
                concert))
        .isEqualTo(26);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(DISTINCT owner_id) FROM waiting_place WHERE concert_id = ?", concert))
        .isEqualTo(4);
    assertThat(positionsOutOfArrivalOrder(concert)).isZero();
  }

  @Test
  void aPlaceIsKeptWhileItsHolderPollsAndPassedOverWhenTheyWereGoneLongerThanTheKeepTime()
      throws Exception {
    long concert = concert(100);
    room(concert, true, 2, 600, 10);
    Api.Reply paused =
        api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/pause", organiser, null);
    assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
    String first = ticket(api.postJson(queue(concert), "{}").json());
    String gone = ticket(api.postJson(queue(concert), "{}").json());
    String third = ticket(api.postJson(queue(concert), "{}").json());
    // Everyone was last heard from 10 minutes ago (the keep time is 5) ...
    TestDatabase.update(
        "UPDATE waiting_place SET seen_at = now() - interval '10 minutes' WHERE concert_id = ?",
        concert);
    // ... but the first and the third poll now: the instance writes them as seen within seconds.
    poll(concert, first);
    poll(concert, third);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ?"
                    + " AND seen_at > now() - interval '1 minute'",
                concert)
            < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(
            TestDatabase.queryLongs(
                "SELECT position FROM waiting_place WHERE concert_id = ?"
                    + " AND seen_at > now() - interval '1 minute' ORDER BY position",
                concert))
        .containsExactly(1L, 3L);

    api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/resume", organiser, null);

    // Two may be inside: the first and the third go in; the second, gone, is passed over.
    awaitState(concert, first, "ADMITTED", 10);
    awaitState(concert, third, "ADMITTED", 10);
    assertThat(poll(concert, gone).getString("state")).isEqualTo("EXPIRED");
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ? AND position = 2"
                    + " AND expired_at IS NOT NULL AND expired_at = admitted_at",
                concert))
        .as("passed over when its turn came")
        .isEqualTo(1);
    JsonObject live =
        api.call("GET", "api/admin/concerts/" + concert + "/waiting-room", organiser, null).json();
    assertThat(live.getJsonNumber("inside").longValue()).isEqualTo(2);
  }

  /** Pairs of places of the concert whose positions are not in the order of their arrival. */
  private static int positionsOutOfArrivalOrder(long concert) {
    return TestDatabase.queryInt(
        "SELECT count(*) FROM waiting_place a JOIN waiting_place b ON b.concert_id = a.concert_id"
            + " AND b.id > a.id AND b.position < a.position WHERE a.concert_id = ?",
        concert);
  }

  @Test
  void thePreQueueIsPlacedInRandomOrderAtTheOpeningAndLaterArrivalsAfterIt() throws Exception {
    long concert = concert(100);
    TestDatabase.update(
        "UPDATE concert SET sales_open_at = now() + interval '4 seconds' WHERE id = ?", concert);
    room(concert, true, 100, 6000, 10);

    List<String> early = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JsonObject joined = api.postJson(queue(concert), "{}").json();
      assertThat(joined.getString("state")).isEqualTo("PREQUEUE");
      assertThat(joined.containsKey("position")).isFalse();
      assertThat(joined.getString("opensAt")).isNotBlank();
      early.add(ticket(joined));
    }
    awaitState(concert, early.get(0), "ADMITTED", 15);
    JsonObject late = api.postJson(queue(concert), "{}").json();
    assertThat(late.getJsonNumber("position").longValue()).isEqualTo(9);
    List<Long> positions = new ArrayList<>();
    for (String ticket : early) {
      positions.add(poll(concert, ticket).getJsonNumber("position").longValue());
    }
    assertThat(positions).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    // Random: the chance that 8 arrivals come out in arrival order is 1 in 40,320.
    assertThat(positions).isNotEqualTo(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
  }

  @Test
  void pauseStopsAdmissionAndResumeGoesOnInOrder() throws Exception {
    long concert = concert(100);
    room(concert, true, 100, 120, 10);
    Api.Reply paused =
        api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/pause", organiser, null);
    assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
    assertThat(paused.json().getBoolean("paused")).isTrue();

    String first = ticket(api.postJson(queue(concert), "{}").json());
    String second = ticket(api.postJson(queue(concert), "{}").json());
    awaitState(concert, first, "PAUSED", 5);
    Thread.sleep(2500);
    assertThat(poll(concert, first).getString("state")).isEqualTo("PAUSED");
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ? AND admitted_at IS NOT NULL",
                concert))
        .isZero();
    JsonObject live =
        api.call("GET", "api/admin/concerts/" + concert + "/waiting-room", organiser, null).json();
    assertThat(live.getJsonNumber("waiting").longValue()).isEqualTo(2);
    assertThat(live.getJsonNumber("inside").longValue()).isZero();

    Api.Reply resumed =
        api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/resume", organiser, null);
    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.json().getBoolean("paused")).isFalse();
    awaitState(concert, second, "ADMITTED", 10);
    assertThat(poll(concert, first).getString("state")).isEqualTo("ADMITTED");
    JsonObject after =
        api.call("GET", "api/admin/concerts/" + concert + "/waiting-room", organiser, null).json();
    assertThat(after.getJsonNumber("inside").longValue()).isEqualTo(2);
    assertThat(after.getJsonNumber("admittedLastMinute").longValue()).isEqualTo(2);
  }

  @Test
  void bookingsOfAConcertWithAnActiveRoomNeedTheirOwnValidAdmission() throws Exception {
    long concert = concert(50);
    long other = concert(50);
    room(concert, true, 100, 600, 10);
    room(other, true, 100, 600, 10);

    Api.Reply without = api.postJson("api/bookings", order(concert, 1));
    assertThat(without.status()).as(without.toString()).isEqualTo(403);
    assertThat(without.contentType()).startsWith("application/problem+json");
    assertThat(without.json().getString("type")).isEqualTo(ADMISSION_REQUIRED);
    assertThat(without.json().getString("queue")).endsWith("/api/concerts/" + concert + "/queue");

    String admission = admitted(concert, null);
    String otherAdmission = admitted(other, null);
    String forged = admission.substring(0, admission.lastIndexOf('.')) + ".AAAAAAAAAAAAAAAAAAAAAA";
    String altered = admission.replaceFirst("^a1\\." + concert + "\\.", "a1." + other + ".");
    for (String refused : List.of(forged, altered, otherAdmission, "not-an-admission")) {
      Api.Reply reply = book(concert, refused, null);
      assertThat(reply.status()).as(refused + ": " + reply).isEqualTo(403);
      assertThat(reply.json().getString("type")).isEqualTo(ADMISSION_REQUIRED);
    }
    assertThat(TestDatabase.bookingsOf(concert)).isZero();

    Api.Reply admittedBooking = book(concert, admission, null);
    assertThat(admittedBooking.status()).as(admittedBooking.toString()).isEqualTo(201);

    // An account's admission is its own.
    String ada = api.newCustomer(email("ada"));
    String bob = api.newCustomer(email("bob"));
    String adas = admitted(concert, ada);
    assertThat(book(concert, adas, bob).status()).isEqualTo(403);
    assertThat(book(concert, adas, null).status()).isEqualTo(403);
    assertThat(book(concert, adas, ada).status()).isEqualTo(201);

    // Without an active room the header is ignored, whatever it says.
    long plain = concert(10);
    assertThat(book(plain, forged, null).status()).isEqualTo(201);
    room(concert, false, 100, 600, 10);
    assertThat(book(concert, null, null).status()).isEqualTo(201);
    Api.Reply closed = api.postJson(queue(concert), "{}");
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.json().getString("type")).isEqualTo("urn:ticketing:problem:no-waiting-room");
  }

  @Test
  void theOriginalBookingApiIsGatedLikeTheOthers() throws Exception {
    long defaultConcert = TestDatabase.queryInt("SELECT min(id)::int FROM concert");
    room(defaultConcert, true, 100, 600, 10);
    try {
      Api.Reply without = api.postJson("api/book", "{\"tier\":\"GA\",\"quantity\":1}");
      assertThat(without.status()).as(without.toString()).isEqualTo(403);
      assertThat(without.json().getString("type")).isEqualTo(ADMISSION_REQUIRED);
      String admission = admitted(defaultConcert, null);
      Api.Reply with =
          api.send(
              HttpRequest.newBuilder(api.uri("api/book"))
                  .header("Content-Type", "application/json")
                  .header("Admission", admission)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"tier\":\"GA\",\"quantity\":1}")));
      assertThat(with.status()).as(with.toString()).isEqualTo(201);
      assertThat(with.json().getString("status")).isEqualTo("CONFIRMED");
    } finally {
      room(defaultConcert, false, 100, 600, 10);
    }
  }

  @Test
  void anAdmissionWhoseMinutesAreOverIsRefusedAndItsPlaceShowsExpired() throws Exception {
    long concert = concert(10);
    room(concert, true, 100, 600, 2);
    String ticket = ticket(api.postJson(queue(concert), "{}").json());
    String admission = awaitState(concert, ticket, "ADMITTED", 10).getString("admission");

    TestDatabase.update(
        "UPDATE waiting_place SET admitted_at = admitted_at - interval '2 minutes',"
            + " entered_at = now() - interval '1 minute' WHERE concert_id = ?",
        concert);

    Api.Reply late = book(concert, admission, null);
    assertThat(late.status()).as(late.toString()).isEqualTo(403);
    assertThat(late.json().getString("type")).isEqualTo(ADMISSION_REQUIRED);
    assertThat(poll(concert, ticket).getString("state")).isEqualTo("EXPIRED");
    assertThat(TestDatabase.bookingsOf(concert)).isZero();
  }

  @Test
  void aNoShowExpiresAndItsSpaceGoesToTheNextInLine() throws Exception {
    long concert = concert(10);
    room(concert, true, 1, 600, 10); // one inside at a time
    String first = ticket(api.postJson(queue(concert), "{}").json());
    String second = ticket(api.postJson(queue(concert), "{}").json());
    awaitState(concert, first, "ADMITTED", 10);
    Thread.sleep(2500);
    assertThat(poll(concert, second).getString("state")).isEqualTo("WAITING");

    // The first never came in: past the no-show time (120 s), as the database sees it.
    TestDatabase.update(
        "UPDATE waiting_place SET admitted_at = admitted_at - interval '3 minutes'"
            + " WHERE concert_id = ? AND position = 1",
        concert);

    awaitState(concert, second, "ADMITTED", 10);
    assertThat(poll(concert, first).getString("state")).isEqualTo("EXPIRED");
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ? AND position = 1"
                    + " AND expired_at IS NOT NULL AND entered_at IS NULL",
                concert))
        .isEqualTo(1);
  }

  @Test
  void whenNothingCanBeBookedTheLineHearsSoldOutAndReturnedTicketsGoToItInOrder() throws Exception {
    long concert = concert(1);
    room(concert, true, 1, 600, 10);
    String first = ticket(api.postJson(queue(concert), "{}").json());
    String second = ticket(api.postJson(queue(concert), "{}").json());
    String third = ticket(api.postJson(queue(concert), "{}").json());
    String admission = awaitState(concert, first, "ADMITTED", 10).getString("admission");

    Api.Reply held = book(concert, admission, null);
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    awaitState(concert, second, "SOLD_OUT", 5);
    assertThat(poll(concert, third).getString("state")).isEqualTo("SOLD_OUT");
    Thread.sleep(2000);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_place WHERE concert_id = ? AND position > 1"
                    + " AND admitted_at IS NOT NULL",
                concert))
        .as("no one let in after sold out")
        .isZero();

    String booking = held.json().getString("bookingId");
    assertThat(api.post("api/bookings/" + booking + "/cancel").status()).isEqualTo(200);

    JsonObject back = awaitState(concert, third, "WAITING", 5);
    assertThat(back.getJsonNumber("ahead").longValue()).isLessThanOrEqualTo(1);
    awaitState(concert, second, "ADMITTED", 10);
    assertThat(poll(concert, third).getString("state")).isEqualTo("WAITING");
  }

  @Test
  void forgedAndForeignTicketsAreUnknownAndAConcertWithoutARoomCannotBeJoined() {
    long concert = concert(10);
    long other = concert(10);
    Api.Reply none = api.postJson(queue(concert), "{}");
    assertThat(none.status()).isEqualTo(409);
    assertThat(none.json().getString("type")).isEqualTo("urn:ticketing:problem:no-waiting-room");
    Api.Reply noPause =
        api.call("POST", "api/admin/concerts/" + concert + "/waiting-room/pause", organiser, null);
    assertThat(noPause.status()).isEqualTo(409);

    room(concert, true, 10, 1, 10);
    room(other, true, 10, 1, 10);
    String ticket = ticket(api.postJson(queue(concert), "{}").json());
    String otherTicket = ticket(api.postJson(queue(other), "{}").json());
    String forged = ticket.substring(0, ticket.lastIndexOf('.')) + ".AAAAAAAAAAAAAAAAAAAAAA";
    for (String unknown : List.of(otherTicket, forged, "nothing", ticket + "x")) {
      Api.Reply reply = api.get(queue(concert) + "/" + unknown);
      assertThat(reply.status()).as(unknown + ": " + reply).isEqualTo(404);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
    assertThat(api.get(queue(concert) + "/" + ticket).status()).isEqualTo(200);
  }

  @Test
  void aJoinWithoutABodyTakesAPlaceWhateverItsContentTypeSays() {
    long concert = concert(10);
    room(concert, true, 10, 1, 10);
    Api.Reply bare = api.post(queue(concert));
    Api.Reply emptyJson = api.post(queue(concert), "application/json", "");
    assertThat(bare.status()).as(bare.toString()).isEqualTo(201);
    assertThat(emptyJson.status()).as(emptyJson.toString()).isEqualTo(201);
    assertThat(emptyJson.json().getJsonNumber("position").longValue())
        .isEqualTo(bare.json().getJsonNumber("position").longValue() + 1);
    // A body that is there must still be JSON.
    Api.Reply blank = api.post(queue(concert), "application/json", " ");
    assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
  }

  @Test
  void organisersSeeAndSetTheRoomOthersMayNot() {
    long concert = concert(10);
    JsonObject fresh =
        api.call("GET", "api/admin/concerts/" + concert + "/waiting-room", organiser, null).json();
    assertThat(fresh.getBoolean("enabled")).isFalse();
    assertThat(fresh.getInt("admitPerMinute")).isPositive();
    String customer = api.newCustomer(email("carl"));
    assertThat(
            api.call("GET", "api/admin/concerts/" + concert + "/waiting-room", customer, null)
                .status())
        .isEqualTo(403);
    assertThat(
            api.call(
                    "PUT",
                    "api/admin/concerts/" + concert + "/waiting-room",
                    null,
                    settings(true, 1, 1, 1))
                .status())
        .isEqualTo(401);
    for (String bad :
        List.of(
            settings(true, 0, 1, 1),
            settings(true, 1, 0, 1),
            settings(true, 1, 1, 1441),
            "{\"enabled\":true}",
            "{\"enabled\":\"yes\",\"activeUsers\":1,\"admitPerMinute\":1,\"admissionMinutes\":1}")) {
      Api.Reply refused =
          api.call("PUT", "api/admin/concerts/" + concert + "/waiting-room", organiser, bad);
      assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
    }
    assertThat(
            api.call(
                    "PUT",
                    "api/admin/concerts/999999/waiting-room",
                    organiser,
                    settings(true, 1, 1, 1))
                .status())
        .isEqualTo(404);
  }

  @Test
  @Order(Integer.MAX_VALUE) // uses up this address's anonymous places: last
  void anonymousPlacesAreLimitedPerClientAddress() {
    long concert = concert(10);
    room(concert, true, 10, 1, 10);
    int taken = 0;
    Api.Reply reply;
    do {
      reply = api.postJson(queue(concert), "{}");
      if (reply.status() == 201) {
        taken++;
      }
    } while (reply.status() == 201 && taken < 1000);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isNotBlank();
    assertThat(taken).isLessThan(1000);
    // An account is not limited by its address.
    String dora = api.newCustomer(email("dora"));
    assertThat(api.call("POST", queue(concert), dora, "{}").status()).isEqualTo(201);
  }

  // ---------------------------------------------------------------------------------------------

  private static String email(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static long concert(int capacity) {
    return TestDatabase.concert("Release night", Map.of("GA", capacity)).concertId();
  }

  private static String settings(boolean enabled, int active, int perMinute, int minutes) {
    return "{\"enabled\":"
        + enabled
        + ",\"activeUsers\":"
        + active
        + ",\"admitPerMinute\":"
        + perMinute
        + ",\"admissionMinutes\":"
        + minutes
        + "}";
  }

  private void room(long concert, boolean enabled, int active, int perMinute, int minutes) {
    Api.Reply set =
        api.call(
            "PUT",
            "api/admin/concerts/" + concert + "/waiting-room",
            organiser,
            settings(enabled, active, perMinute, minutes));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getBoolean("enabled")).isEqualTo(enabled);
  }

  private static String queue(long concert) {
    return "api/concerts/" + concert + "/queue";
  }

  private static String ticket(JsonObject place) {
    return place.getString("ticket");
  }

  private JsonObject poll(long concert, String ticket) {
    Api.Reply reply = api.get(queue(concert) + "/" + ticket);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject awaitState(long concert, String ticket, String state, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    JsonObject last;
    do {
      last = poll(concert, ticket);
      if (last.getString("state").equals(state)) {
        return last;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not " + state + " within " + seconds + " s: " + last);
  }

  /** Joins (as the token's account, or anonymously) and waits to be let in: the admission. */
  private String admitted(long concert, String token) throws InterruptedException {
    Api.Reply joined = api.call("POST", queue(concert), token, "{}");
    assertThat(joined.status()).as(joined.toString()).isIn(200, 201);
    return awaitState(concert, ticket(joined.json()), "ADMITTED", 10).getString("admission");
  }

  private Api.Reply book(long concert, String admission, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri("api/bookings"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(order(concert, 1)));
    if (admission != null) {
      request.header("Admission", admission);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return api.send(request);
  }

  private static String order(long concert, int quantity) {
    return "{\"concertId\":"
        + concert
        + ",\"items\":[{\"tier\":\"GA\",\"quantity\":"
        + quantity
        + "}]}";
  }
}

package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The waiting list's offers with two instances on one database (issue 27, point 3): both hear the
 * {@code NOTIFY} of returned tickets and run their assigner, the advisory lock lets one at a time
 * assign. Tickets are freed through both instances at once (cancellations sent to each, holds run
 * out), twice; the database then shows no ticket offered twice, every offered entry with exactly
 * one offer (and its mail in the outbox), entries offered in the order they joined, and sold +
 * available + held = capacity.
 */
@TicketingServer
class WaitlistAcrossInstancesIT {
  private static final int CAPACITY = 20;
  private static final int ENTRIES = 30;

  private static ApplicationProcess second;

  // Set before each test by @TicketingServer: the first instance.
  private Api api;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    // The test JVM's environment (the database, as failsafe sets it) is the second server's too.
    second = new ApplicationProcess(Map.of(), "waitlist-second").start();
  }

  @AfterAll
  static void stopSecondInstance() throws InterruptedException {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void ticketsFreedThroughBothInstancesAtOnceAreOfferedOnceEachToTheNextEntriesInOrder()
      throws Exception {
    Api other = new Api(second.uri("/").toURL());
    TestDatabase.Fixture f = TestDatabase.concert("Two assigners", Map.of("GA", CAPACITY));
    long concert = f.concertId();
    long tier = f.tier("GA");
    List<String> holds = new ArrayList<>();
    for (int i = 0; i < CAPACITY; i++) {
      Api.Reply held =
          api.postJson(
              "api/bookings",
              "{\"concertId\":" + concert + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}");
      assertThat(held.status()).as(held.toString()).isEqualTo(201);
      holds.add(held.json().getString("bookingId"));
    }
    List<String> people = customers(ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
      String token = people.get(i);
      Api.Reply joined =
          (i % 2 == 0 ? api : other)
              .call(
                  "POST",
                  "api/concerts/" + concert + "/waitlist",
                  token,
                  "{\"tier\":\"GA\",\"quantity\":1,\"acceptFewer\":false}");
      assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    }
    List<Long> line =
        TestDatabase.queryLongs(
            "SELECT id FROM waitlist_entry WHERE tier_id = ? ORDER BY id", tier);
    assertThat(line).hasSize(ENTRIES);

    // Round 1: all 20 held tickets come back at once, 8 cancelled through each instance, 4 run out.
    List<String> shuffled = new ArrayList<>(holds);
    Collections.shuffle(shuffled, new Random());
    List<Callable<Integer>> frees = new ArrayList<>();
    for (int i = 0; i < CAPACITY; i++) {
      String id = shuffled.get(i);
      if (i < 4) {
        frees.add(() -> TestDatabase.update(runOut(), id) == 1 ? 200 : 500);
      } else {
        Api through = i % 2 == 0 ? api : other;
        frees.add(() -> through.post("api/bookings/" + id + "/cancel").status());
      }
    }
    atOnce(frees);
    await(() -> inState(tier, "OFFERED") == CAPACITY);
    assertOffersAreSound(tier, concert, line, CAPACITY);
    assertThat(TestDatabase.unsold(tier)).isZero();
    assertThat(TestDatabase.held(tier)).isEqualTo(CAPACITY);

    // Round 2: of the 20 offers, 5 are paid (through both instances), 5 run out and 10 are
    // cancelled through both, at once: the 10 entries still waiting get one each, in order, and the
    // 5 tickets nobody waits for go back on sale.
    List<Callable<Integer>> round2 = new ArrayList<>();
    for (int i = 0; i < CAPACITY; i++) {
      String offer = offerOf(line.get(i));
      String owner = people.get(i);
      Api through = i % 2 == 0 ? other : api;
      if (i < 5) {
        round2.add(
            () ->
                through
                    .call(
                        "POST",
                        "api/bookings/" + offer + "/payment",
                        owner,
                        "{\"card\":\"4242424242424242\"}")
                    .status());
      } else if (i < 10) {
        round2.add(() -> TestDatabase.update(runOut(), offer) == 1 ? 200 : 500);
      } else {
        round2.add(
            () -> through.call("POST", "api/bookings/" + offer + "/cancel", owner, null).status());
      }
    }
    Collections.shuffle(round2, new Random());
    atOnce(round2);
    // Settled: the paid offers CONVERTED, the others LAPSED, the last ten entries OFFERED.
    await(
        () ->
            inState(tier, "CONVERTED") == 5
                && inState(tier, "LAPSED") == 15
                && inState(tier, "OFFERED") == 10
                && TestDatabase.unsold(tier) == 5);
    assertOffersAreSound(tier, concert, line, ENTRIES);
    assertThat(TestDatabase.paid(tier)).as("sold").isEqualTo(5);
    assertThat(TestDatabase.held(tier)).as("held: the 10 new offers").isEqualTo(10);
    assertThat(TestDatabase.unsold(tier)).as("available").isEqualTo(5);
    assertThat(TestDatabase.paid(tier) + TestDatabase.held(tier) + TestDatabase.unsold(tier))
        .isEqualTo(CAPACITY);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM booking WHERE concert_id = ? AND status = 'KEPT'", concert))
        .as("nothing kept once nobody waits")
        .isZero();
    TestDatabase.assertInvariants();
  }

  /**
   * The first {@code count} entries of {@code line}, and only they, hold one offer each (one
   * booking of their account, one ticket of its own, one offer mail), made in the order they
   * joined; the rest still wait.
   */
  private static void assertOffersAreSound(long tier, long concert, List<Long> line, int count) {
    assertThat(
            TestDatabase.queryLongs(
                "SELECT id FROM waitlist_entry WHERE tier_id = ? AND booking_id IS NOT NULL"
                    + " ORDER BY id",
                tier))
        .as("the entries offered: the first " + count + " in line")
        .isEqualTo(line.subList(0, count));
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waitlist_entry WHERE tier_id = ? AND state = 'WAITING'",
                tier))
        .isEqualTo(line.size() - count);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = ? AND (SELECT count(*)"
                    + " FROM booking b WHERE b.owner_id = e.account_id AND b.concert_id = ?)"
                    + " <> CASE WHEN e.booking_id IS NULL THEN 0 ELSE 1 END",
                tier,
                concert))
        .as("entries without exactly one booking per offer (none while waiting)")
        .isZero();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waitlist_entry e JOIN booking b ON b.id = e.booking_id"
                    + " WHERE e.tier_id = ? AND b.owner_id <> e.account_id",
                tier))
        .as("offers owned by someone else")
        .isZero();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = ? AND e.state = 'OFFERED'"
                    + " AND (SELECT count(*) FROM ticket k WHERE k.booking_id = e.booking_id) <> 1",
                tier))
        .as("live offers without exactly one ticket")
        .isZero();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM ticket k JOIN booking b ON b.id = k.booking_id"
                    + " WHERE k.tier_id = ? AND b.status IN ('HELD', 'CONFIRMED', 'KEPT')",
                tier))
        .as("tickets of live bookings = their items' quantities: no ticket in two")
        .isEqualTo(
            TestDatabase.queryInt(
                "SELECT coalesce(sum(i.quantity), 0) FROM booking_item i JOIN booking b"
                    + " ON b.id = i.booking_id WHERE i.tier_id = ?"
                    + " AND b.status IN ('HELD', 'CONFIRMED', 'KEPT')",
                tier));
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM (SELECT offered_at < lag(offered_at) OVER (ORDER BY id)"
                    + " AS early FROM waitlist_entry WHERE tier_id = ? AND booking_id IS NOT NULL)"
                    + " o WHERE early",
                tier))
        .as("entries offered before an entry ahead of them")
        .isZero();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = ? AND e.booking_id IS NOT"
                    + " NULL AND (SELECT count(*) FROM mail_outbox m WHERE m.booking_id ="
                    + " e.booking_id AND m.kind = 'WAITLIST_OFFER') <> 1",
                tier))
        .as("offers without exactly one offer mail")
        .isZero();
    assertThat(TestDatabase.queryInt("SELECT count(*) FROM ticket WHERE tier_id = ?", tier))
        .isEqualTo(CAPACITY);
  }

  private static String runOut() {
    return "UPDATE booking SET expires_at = now() - interval '1 millisecond'"
        + " WHERE id = ?::uuid AND status = 'HELD'";
  }

  private static int inState(long tier, String state) {
    return TestDatabase.queryInt(
        "SELECT count(*) FROM waitlist_entry WHERE tier_id = ? AND state = ?", tier, state);
  }

  /** The entry's offer (its booking id). */
  private static String offerOf(long entry) throws SQLException {
    try (Connection c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT CAST(booking_id AS text) FROM waitlist_entry WHERE id = ?")) {
      s.setLong(1, entry);
      ResultSet rs = s.executeQuery();
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  /** Runs the calls at once, one thread each, and checks that each answered 200. */
  private static void atOnce(List<Callable<Integer>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        done.add(
            threads.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      for (Future<Integer> answer : done) {
        assertThat(answer.get()).isEqualTo(200);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Registers {@code count} customers, a few at a time (each costs two password hashes). */
  private List<String> customers(int count) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        tokens.add(threads.submit(() -> customer(n)));
      }
      List<String> people = new ArrayList<>();
      for (Future<String> token : tokens) {
        people.add(token.get());
      }
      return people;
    } finally {
      threads.shutdownNow();
    }
  }

  private String customer(int n) {
    String email = "two-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Api.Reply registered =
        api.send(
            HttpRequest.newBuilder(api.uri("api/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.28." + (n / 250) + "." + (n % 250 + 1))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"customer-password-1\"}")));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return api.token(email, "customer-password-1");
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}

package dev.ticketing.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.Rush.Answer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: the runnable jar in a process of its own, on a PostgreSQL cluster of its own,
 * reached through a TCP proxy that misbehaves on command, all on loopback. Each case breaks
 * something during a rush of bookings (the database killed and restarted, its connections
 * terminated or reset or slowed, the application killed), then checks from outside: no {@code 500};
 * every {@code 503} says when to retry; every {@code 201} is a committed booking owning its
 * tickets; nothing oversold; readiness DOWN while the database is gone and UP after. Each case
 * prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {
  private static final int BOOKERS = 12;
  private static final int CAPACITY = 100_000;

  private static PrivatePostgres postgres;
  private static FaultProxy proxy;
  private static ApplicationProcess app;
  private static long concertId;

  @BeforeAll
  static void start() throws Exception {
    postgres = PrivatePostgres.start();
    proxy = new FaultProxy(postgres.port());
    app =
        new ApplicationProcess(
            Map.of(
                "TICKETING_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/ticketing",
                "TICKETING_DB_USER",
                "ticketing",
                "TICKETING_DB_PASSWORD",
                "ticketing",
                // A quick retry of the migration, so that recovery from a start without database
                // is measured in seconds.
                "TICKETING_DB_MIGRATION_RETRY_MILLIS",
                "1000"),
            "suite");
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void theDatabaseUnreachableAtStartGivesDownAnd503ThenRecoversByItself() throws Exception {
    proxy.reset(); // every connection refused
    app.start();

    assertThat(app.status("/health/ready")).isEqualTo(503);
    assertThat(app.body("/health/ready")).contains("\"reachable\":\"false\"").contains("problem");
    Rush tryingToBook = new Rush(app, 1, "GA", 2);
    Rush.pause(1500);
    List<Answer> answers = tryingToBook.stop();
    assertThat(answers).isNotEmpty();
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.body()).isEqualTo(503);
              assertThat(a.retryAfter()).isNotNull();
            });

    proxy.pass();
    Duration recovered = app.await("/health/ready", 200, Duration.ofSeconds(30));
    System.out.printf(
        "[fault] database unreachable at start: %d booking attempts answered 503 with Retry-After;"
            + " ready %d ms after the database became reachable%n",
        answers.size(), recovered.toMillis());
    assertThat(app.body("/health/ready")).contains("\"durableCommits\":\"true\"");

    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      ResultSet id =
          s.executeQuery(
              "WITH c AS (INSERT INTO concert (name, venue, starts_at, published) VALUES"
                  + " ('Fault night', 'Test Hall', now() + interval '30 days', true) RETURNING id)"
                  + " INSERT INTO ticket_tier (concert_id, code, display_name, price_minor,"
                  + " currency, capacity) SELECT id, 'HOT', 'Hot', 5000, 'USD', "
                  + CAPACITY
                  + " FROM c RETURNING concert_id");
      id.next();
      concertId = id.getLong(1);
    }
  }

  @Test
  @Order(2)
  void postgresKilledAndRestartedDuringARushLosesNoConfirmedBooking() throws Exception {
    ReadinessWatch watch = new ReadinessWatch(app);
    Rush rush = new Rush(app, concertId, "HOT", BOOKERS);
    Rush.pause(2000);
    postgres.kill();
    long killed = System.nanoTime();
    Rush.pause(3000);
    postgres.startServer();
    long restarted = System.nanoTime();
    long firstBooking = awaitBookingAfter(rush, restarted);
    Rush.pause(1500);
    List<Answer> answers = rush.stop();
    watch.stop();

    report("PostgreSQL killed (stop -m immediate) for 3 s during a rush", answers, killed);
    System.out.printf(
        "[fault]   first booking %d ms after PostgreSQL was back; readiness DOWN seen: %s, UP at"
            + " the end: %s%n",
        (firstBooking - restarted) / 1_000_000,
        watch.sawDown(),
        app.status("/health/ready") == 200);
    assertSurvived(answers);
    assertThat(watch.sawDown()).as("readiness DOWN while the database was down").isTrue();
    assertThat(app.await("/health/ready", 200, Duration.ofSeconds(20))).isNotNull();
  }

  @Test
  @Order(3)
  void connectionsTerminatedDuringARushLoseNothing() throws Exception {
    Rush rush = new Rush(app, concertId, "HOT", BOOKERS);
    Rush.pause(1000);
    long start = System.nanoTime();
    int terminated = 0;
    try (Connection admin = postgres.connect("postgres", "postgres");
        Statement s = admin.createStatement()) {
      for (int round = 0; round < 5; round++) {
        ResultSet killed =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = 'ticketing' AND usename = 'ticketing'");
        killed.next();
        terminated += killed.getInt(1);
        Rush.pause(500);
      }
    }
    Rush.pause(1500);
    List<Answer> answers = rush.stop();
    report(
        "5 rounds of pg_terminate_backend (" + terminated + " connections) during a rush",
        answers,
        start);
    assertSurvived(answers);
  }

  @Test
  @Order(4)
  void connectionsResetOrSlowedDuringARushLoseNothing() throws Exception {
    Rush rush = new Rush(app, concertId, "HOT", BOOKERS);
    Rush.pause(1000);
    long start = System.nanoTime();
    proxy.resetOpenConnections();
    Rush.pause(700);
    proxy.resetOpenConnections();
    Rush.pause(700);
    proxy.delay(200);
    Rush.pause(2000);
    proxy.pass();
    Rush.pause(1500);
    List<Answer> answers = rush.stop();
    report("connections reset twice, then 2 s of 200 ms latency, during a rush", answers, start);
    assertSurvived(answers);
  }

  @Test
  @Order(5)
  void aNetworkThatStallsDelaysBookingsAndLosesNothing() throws Exception {
    Rush rush = new Rush(app, concertId, "HOT", BOOKERS);
    Rush.pause(1000);
    long start = System.nanoTime();
    proxy.blackHole(); // nothing passes either way, connections stay open
    Rush.pause(3000);
    proxy.pass();
    Rush.pause(2000);
    List<Answer> answers = rush.stop();
    long longestSilence = 0;
    for (int i = 1; i < answers.size(); i++) {
      longestSilence =
          Math.max(longestSilence, answers.get(i).atNanos() - answers.get(i - 1).atNanos());
    }
    report("the network to the database black-holed for 3 s during a rush", answers, start);
    System.out.printf(
        "[fault]   longest time without any answer: %d ms%n", longestSilence / 1_000_000);
    assertSurvived(answers);
  }

  @Test
  @Order(6)
  void theApplicationKilledDuringARushLosesNoBookingItConfirmed() throws Exception {
    Rush rush = new Rush(app, concertId, "HOT", BOOKERS);
    Rush.pause(2000);
    long killed = System.nanoTime();
    app.kill();
    List<Answer> answers = rush.stop();
    long restart = System.nanoTime();
    app.start();
    Duration ready = app.await("/health/ready", 200, Duration.ofMinutes(2));
    long restarted = (System.nanoTime() - restart) / 1_000_000;

    report("the application killed (kill -9) during a rush", answers, killed);
    System.out.printf(
        "[fault]   started again and ready in %d ms (%d ms of it waiting for readiness)%n",
        restarted, ready.toMillis());
    assertSurvived(answers);
    Rush after = new Rush(app, concertId, "HOT", 2);
    Rush.pause(1000);
    assertThat(Rush.byStatus(after.stop())).containsKey(201);
  }

  @Test
  @Order(7)
  void aDatabaseThatMayLoseCommitsKeepsReadinessDownWithTheReason() throws Exception {
    postgres.asSuperuser("ALTER DATABASE ticketing SET synchronous_commit = off");
    app.kill();
    app.start();
    Rush.pause(2000);
    try {
      assertThat(app.status("/health/ready")).isEqualTo(503);
      assertThat(app.body("/health/ready"))
          .contains("\"durableCommits\":\"false\"")
          .contains("synchronous_commit = off");
      System.out.println(
          "[fault] synchronous_commit = off on the application's database: readiness DOWN, "
              + app.body("/health/ready"));
    } finally {
      postgres.asSuperuser("ALTER DATABASE ticketing RESET synchronous_commit");
    }
  }

  /** Waits for the first 201 answered after {@code since}; returns when it came. */
  private static long awaitBookingAfter(Rush rush, long since) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (Answer answer : rush.snapshot()) {
        if (answer.status() == 201 && answer.atNanos() > since) {
          return answer.atNanos();
        }
      }
      Rush.pause(100);
    }
    throw new AssertionError("no booking within 30 s after the database came back");
  }

  private static void report(String what, List<Answer> answers, long faultAt) {
    Map<Integer, Long> statuses = Rush.byStatus(answers);
    long unknown =
        answers.stream().filter(a -> a.status() == 503 && a.body().contains("\"outcome\"")).count();
    System.out.printf(
        "[fault] %s: %d answers by status %s (-1: no answer), %d of the 503s with an unknown"
            + " outcome%n",
        what, answers.size(), statuses, unknown);
  }

  /**
   * No 500; a 503 always says when to retry; every 201 is a committed booking owning its ticket; no
   * tier oversold; a 503 whose outcome is unknown names a booking that either exists whole or not
   * at all.
   */
  private static void assertSurvived(List<Answer> answers) throws Exception {
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.body()).isIn(-1, 201, 503);
              if (a.status() == 503) {
                assertThat(a.retryAfter()).as(a.body()).isNotNull();
              }
            });
    assertThat(Rush.byStatus(answers)).containsKey(201);
    try (Connection c = postgres.connect()) {
      for (Answer answer : answers) {
        if (answer.status() == 201) {
          assertThat(ticketsOf(c, answer.bookingId()))
              .as("booking %s answered 201", answer.bookingId())
              .isEqualTo(1);
        }
        if (answer.status() == 503 && answer.body().contains("\"outcome\"")) {
          assertThat(ticketsOf(c, answer.json().getString("bookingId"))).isIn(0, 1);
        }
      }
      try (Statement s = c.createStatement();
          ResultSet rows =
              s.executeQuery(
                  "SELECT t.capacity, (SELECT count(*) FROM ticket k WHERE k.tier_id = t.id),"
                      + " (SELECT count(*) FROM ticket k WHERE k.tier_id = t.id AND k.booking_id"
                      + " IS NOT NULL), (SELECT coalesce(sum(i.quantity), 0) FROM booking_item i"
                      + " JOIN booking b ON b.id = i.booking_id WHERE i.tier_id = t.id AND"
                      + " b.status IN ('HELD', 'CONFIRMED')) FROM ticket_tier t")) {
        while (rows.next()) {
          assertThat(rows.getInt(2)).as("ticket rows = capacity").isEqualTo(rows.getInt(1));
          assertThat(rows.getInt(3)).as("taken = booked").isEqualTo(rows.getInt(4));
          assertThat(rows.getInt(3)).as("not oversold").isLessThanOrEqualTo(rows.getInt(1));
        }
      }
    }
  }

  /** Tickets the booking owns, or 0 if it does not exist. */
  private static int ticketsOf(Connection c, String bookingId) throws Exception {
    try (var s =
        c.prepareStatement(
            "SELECT count(*) FROM ticket k JOIN booking b ON b.id = k.booking_id"
                + " WHERE b.id = ?::uuid AND b.status IN ('HELD', 'CONFIRMED')")) {
      s.setString(1, bookingId);
      ResultSet rows = s.executeQuery();
      rows.next();
      return rows.getInt(1);
    }
  }

  /** Polls readiness in the background and remembers whether it was ever DOWN. */
  private static final class ReadinessWatch {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger downs = new AtomicInteger();
    private final Thread thread;

    ReadinessWatch(ApplicationProcess app) {
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  if (app.status("/health/ready") == 503) {
                    downs.incrementAndGet();
                  }
                  Rush.pause(100);
                }
              },
              "readiness-watch");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(10_000);
    }

    boolean sawDown() {
      return downs.get() > 0;
    }
  }
}

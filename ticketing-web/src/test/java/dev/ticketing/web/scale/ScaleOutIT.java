package dev.ticketing.web.scale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.fault.Rush;
import dev.ticketing.web.fault.Rush.Answer;
import dev.ticketing.web.support.Chromium;
import dev.ticketing.web.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scale-out topology as {@code deploy/topology.sh} runs it, with the committed configs: two
 * runnable jars behind HAProxy, pooled through PgBouncer in transaction mode, on the tests'
 * PostgreSQL, every part a process on loopback. The instances' copies of the counts never age out
 * within the test (ten minutes), so only PostgreSQL's notices carry a booking from one instance to
 * the other. Skipped when HAProxy or PgBouncer is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {
  private static final String INSTANCE_COOKIE = "TICKETING_INSTANCE";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static Topology topology;
  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Topology.installed(),
        "HAProxy and PgBouncer are not installed (Debian: apt-get install -y haproxy pgbouncer):"
            + " the scale-out topology is not tested");
    topology = Topology.start(2, Map.of("TICKETING_CATALOG_MAX_AGE_MILLIS", "600000"));
    playwright = Playwright.create();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (topology != null) {
      topology.close();
    }
  }

  @Test
  @Order(0)
  void theEdgeServesHttpsSendsPlainHttpThereMarksCookiesSecureAndSendsNoHstsWhenSelfSigned()
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(topology.tls())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpResponse<String> plain =
        client.send(
            HttpRequest.newBuilder(topology.plainUri("/api/concerts")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.statusCode()).isIn(301, 308);
    assertThat(plain.headers().firstValue("Location"))
        .hasValue(topology.uri("/api/concerts").toString());

    // The first page makes the instance's session (JSESSIONID) and HAProxy's instance cookie.
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(topology.uri("/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("JSESSIONID="))
        .anyMatch(c -> c.startsWith(INSTANCE_COOKIE + "="))
        .allMatch(c -> c.matches("(?i).*;\\s*secure(;.*|$)"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  @Order(1)
  void aRushThroughTheLoadBalancerIsServedByBothInstancesAndOversellsNothing() throws Exception {
    TestDatabase.Fixture concert = TestDatabase.concert("Two instances rush", Map.of("GA", 300));
    Rush rush =
        new Rush(topology.uri("/api/bookings"), topology.tls(), concert.concertId(), "GA", 32);
    awaitSoldOut(rush, Duration.ofSeconds(60));
    List<Answer> answers = rush.stop();

    List<Answer> booked = answers.stream().filter(a -> a.status() == 201).toList();
    Map<String, Long> perInstance =
        booked.stream()
            .collect(Collectors.groupingBy(Answer::instance, TreeMap::new, Collectors.counting()));
    System.out.printf(
        "[scale] rush of 32 bookers through HAProxy on 300 tickets: answers %s; bookings per"
            + " instance %s%n",
        Rush.byStatus(answers), perInstance);
    assertThat(answers).noneMatch(a -> a.status() >= 500 && a.status() != 503);
    assertThat(perInstance).containsOnlyKeys("app1", "app2");
    assertThat(booked).hasSize(300);
    assertThat(TestDatabase.sold(concert.tier("GA"))).isEqualTo(300);
    assertEveryBookingCommittedWithItsTicket(booked);
    TestDatabase.assertInvariants();
  }

  @Test
  @Order(2)
  void theDatabaseSeesNoMoreConnectionsThanPgbouncersPoolWhateverTheClients() throws Exception {
    int ceiling = Topology.poolSetting("max_db_connections");
    TestDatabase.Fixture concert = TestDatabase.concert("Many clients", Map.of("GA", 100_000));
    Rush rush =
        new Rush(topology.uri("/api/bookings"), topology.tls(), concert.concertId(), "GA", 200);
    AtomicInteger most = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
    while (System.nanoTime() < end) {
      most.accumulateAndGet(Topology.applicationSessions(), Math::max);
      Thread.sleep(50);
    }
    List<Answer> answers = rush.stop();
    long booked = answers.stream().filter(a -> a.status() == 201).count();
    System.out.printf(
        "[scale] 200 bookers, 2 instances with 32 pooled connections each: at most %d sessions"
            + " of the application on PostgreSQL (PgBouncer's max_db_connections %d + 2 LISTEN);"
            + " answers %s%n",
        most.get(), ceiling, Rush.byStatus(answers));
    assertThat(booked).isPositive();
    // PgBouncer's server connections, plus each instance's direct LISTEN connection.
    assertThat(most.get()).isGreaterThan(2).isLessThanOrEqualTo(ceiling + 2);
    assertThat(TestDatabase.sold(concert.tier("GA"))).isEqualTo((int) booked);
    TestDatabase.assertInvariants();
  }

  @Test
  @Order(3)
  void aBrowserOnOneInstanceShowsABookingMadeThroughTheOtherWithinASecond() throws Exception {
    TestDatabase.Fixture concert = TestDatabase.concert("Across instances", Map.of("GA", 100));
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true))) {
      Page page = context.newPage();
      List<String> sockets = new CopyOnWriteArrayList<>();
      page.onWebSocket(socket -> sockets.add(socket.url()));
      openBookingScreen(page, concert.concertId());
      assertThat(page.locator("#left-GA")).hasText("100 left");
      String screenOn = instanceOf(context);
      ApplicationProcess other = topology.instance(screenOn.equals("app1") ? 2 : 1);

      HttpResponse<String> booked = book(other, concert.concertId(), 4);
      long bookedAt = System.nanoTime();
      assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
      assertThat(page.locator("#left-GA"))
          .hasText("96 left", new LocatorAssertions.HasTextOptions().setTimeout(1000));
      long shownAfter = Duration.ofNanos(System.nanoTime() - bookedAt).toMillis();
      System.out.printf(
          "[scale] a booking through the other instance showed on the screen on %s after %d ms"
              + " (push over %s)%n",
          screenOn, shownAfter, sockets);
      // The push connection went through HAProxy as a WebSocket (the upgrade passes).
      assertThat(sockets).anyMatch(url -> url.contains("/VAADIN/push"));
    }
  }

  @Test
  @Order(4)
  void aBrowserWithoutWebSocketsGetsItsCountsByLongPollingThroughTheLoadBalancer()
      throws Exception {
    TestDatabase.Fixture concert = TestDatabase.concert("Long polling", Map.of("GA", 100));
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true))) {
      // A browser (or a proxy on the way) without WebSockets: Vaadin's push falls back to long
      // polling, plain requests that HAProxy keeps on the instance by the same cookie.
      context.addInitScript("window.WebSocket = undefined;");
      Page page = context.newPage();
      List<String> polls = new CopyOnWriteArrayList<>();
      page.onRequest(
          request -> {
            if (request.url().contains("X-Atmosphere-Transport=long-polling")) {
              polls.add(request.url());
            }
          });
      openBookingScreen(page, concert.concertId());
      assertThat(page.locator("#left-GA")).hasText("100 left");
      ApplicationProcess other = topology.instance(instanceOf(context).equals("app1") ? 2 : 1);
      Thread.sleep(3000);

      // A poll is answered when there is news; one that waits longer than HAProxy's server
      // timeout (30 s) is cut, and the browser polls again after Atmosphere's 5 s pause.
      long first = shownAfterBooking(page, other, concert.concertId(), 2, "98 left");
      Thread.sleep(35_000);
      long second = shownAfterBooking(page, other, concert.concertId(), 3, "95 left");
      System.out.printf(
          "[scale] without WebSockets: %d long polls through HAProxy; bookings showed after %d ms"
              + " and, 35 s later, %d ms%n",
          polls.size(), first, second);
      assertThat(polls).isNotEmpty();
    }
  }

  /** Books through {@code instance}; how long until the page shows {@code expected}. */
  private static long shownAfterBooking(
      Page page, ApplicationProcess instance, long concertId, int quantity, String expected)
      throws Exception {
    assertThat(book(instance, concertId, quantity).statusCode()).isEqualTo(201);
    long bookedAt = System.nanoTime();
    assertThat(page.locator("#left-GA"))
        .hasText(expected, new LocatorAssertions.HasTextOptions().setTimeout(40_000));
    return Duration.ofNanos(System.nanoTime() - bookedAt).toMillis();
  }

  @Test
  @Order(5)
  void aWaitingRoomBehindTheLoadBalancerIsOneLineWhicheverInstanceAnswers() throws Exception {
    long concert = TestDatabase.concert("One line, two instances", Map.of("GA", 100)).concertId();
    TestDatabase.update(
        "INSERT INTO waiting_room (concert_id, enabled, active_users, admit_per_minute,"
            + " admission_minutes, opened) VALUES (?, true, 100, 600, 10, true)",
        concert);
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(topology.tls())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    int people = 40;
    List<HttpResponse<String>> joins = new CopyOnWriteArrayList<>();
    List<Thread> joiners = new java.util.ArrayList<>();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < people; i++) {
      // Each from its own address (HAProxy appends the one it sees; the instances trust it).
      String address = "10.25.0." + (i + 1);
      Thread joiner =
          new Thread(
              () -> {
                try {
                  go.await();
                  joins.add(
                      client.send(
                          HttpRequest.newBuilder(
                                  topology.uri("/api/concerts/" + concert + "/queue"))
                              .timeout(Duration.ofSeconds(30))
                              .header("Content-Type", "application/json")
                              .header("X-Forwarded-For", address)
                              .POST(HttpRequest.BodyPublishers.ofString("{}"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString()));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      joiner.start();
      joiners.add(joiner);
    }
    go.countDown();
    for (Thread joiner : joiners) {
      joiner.join(Duration.ofSeconds(40).toMillis());
    }

    assertThat(joins).hasSize(people).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
    Map<String, Long> joinedOn =
        joins.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.headers().firstValue("X-Instance").orElse("?"),
                    TreeMap::new,
                    Collectors.counting()));
    assertThat(joinedOn).containsOnlyKeys("app1", "app2");
    List<jakarta.json.JsonObject> places = joins.stream().map(r -> json(r.body())).toList();
    assertThat(places.stream().map(p -> p.getJsonNumber("position").longValue()).sorted())
        .containsExactlyElementsOf(
            java.util.stream.LongStream.rangeClosed(1, people).boxed().toList());

    // Every place polled through the balancer until let in: ten a second, by one counter.
    Map<String, Long> polledOn = new TreeMap<>();
    for (jakarta.json.JsonObject place : places) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      String state;
      do {
        HttpResponse<String> poll =
            client.send(
                HttpRequest.newBuilder(
                        topology.uri(
                            "/api/concerts/" + concert + "/queue/" + place.getString("ticket")))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        polledOn.merge(poll.headers().firstValue("X-Instance").orElse("?"), 1L, Long::sum);
        state = json(poll.body()).getString("state");
        if (!state.equals("ADMITTED")) {
          Thread.sleep(200);
        }
      } while (!state.equals("ADMITTED") && System.nanoTime() < deadline);
      assertThat(state).as("place %s", place.getJsonNumber("position")).isEqualTo("ADMITTED");
    }
    System.out.printf(
        "[scale] a waiting room through HAProxy: %d joins answered by %s, polls by %s%n",
        people, joinedOn, polledOn);
    assertThat(polledOn).containsKeys("app1", "app2");
    assertThat(TestDatabase.admissionInversions(concert))
        .as("inversions of the order of admission")
        .isZero();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM waiting_admission WHERE concert_id = ?"
                    + " AND through_position > 0",
                concert))
        .as("admissions recorded by one counter")
        .isPositive();
  }

  private static jakarta.json.JsonObject json(String body) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }

  @Test
  @Order(6)
  void anInstanceKilledMidRushIsTakenOutWithinItsChecksAndLosesNoConfirmedBooking()
      throws Exception {
    TestDatabase.Fixture concert = TestDatabase.concert("Instance lost", Map.of("GA", 100_000));
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true))) {
      Page page = context.newPage();
      openBookingScreen(page, concert.concertId());
      String victim = instanceOf(context);
      String survivor = victim.equals("app1") ? "app2" : "app1";
      String sessionBefore = cookie(context, "JSESSIONID");

      Rush rush =
          new Rush(topology.uri("/api/bookings"), topology.tls(), concert.concertId(), "GA", 12);
      Rush.pause(2000);
      topology.instance(Integer.parseInt(victim.substring(3))).kill();
      long killedAt = System.nanoTime();
      while (!topology.state(victim).startsWith("DOWN")) {
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt))
            .as("%s still in HAProxy", victim)
            .isLessThan(Duration.ofSeconds(10));
        Thread.sleep(20);
      }
      long outAfter = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
      long outAt = System.nanoTime();
      Rush.pause(3000);
      List<Answer> answers = rush.stop();

      List<Answer> afterOut = answers.stream().filter(a -> a.atNanos() > outAt).toList();
      List<Answer> booked = answers.stream().filter(a -> a.status() == 201).toList();
      System.out.printf(
          "[scale] kill -9 of %s during a rush of 12 bookers: out of HAProxy after %d ms; answers"
              + " %s, after it was out %s (all from %s)%n",
          victim,
          outAfter,
          Rush.byStatus(answers),
          Rush.byStatus(afterOut),
          afterOut.stream().map(Answer::instance).collect(Collectors.toSet()));
      // Health checks every second, out after two failures.
      assertThat(outAfter).isLessThanOrEqualTo(3000);
      assertThat(afterOut)
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
      assertThat(afterOut.stream().map(Answer::instance).collect(Collectors.toSet()))
          .isEqualTo(Set.of(survivor));
      // Only requests in flight on the killed instance may go unanswered (502 from HAProxy).
      assertThat(answers.stream().filter(a -> a.status() != 201).count()).isLessThanOrEqualTo(12);
      assertThat(answers).noneMatch(a -> a.status() == 500);
      assertEveryBookingCommittedWithItsTicket(booked);
      assertThat(TestDatabase.sold(concert.tier("GA"))).isGreaterThanOrEqualTo(booked.size());
      TestDatabase.assertInvariants();

      // The browser that was on the killed instance lands on the other with a fresh session, and
      // shows what is left now.
      int left = TestDatabase.unsold(concert.tier("GA"));
      long reconnecting = System.nanoTime();
      assertThat(page.locator("#left-GA"))
          .hasText(left + " left", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
      long landedAfter = Duration.ofNanos(System.nanoTime() - reconnecting).toMillis();
      assertThat(instanceOf(context)).isEqualTo(survivor);
      assertThat(cookie(context, "JSESSIONID")).isNotEqualTo(sessionBefore);
      System.out.printf(
          "[scale] the browser on %s showed %d left from %s, %d ms after the rush stopped%n",
          victim, left, survivor, landedAfter);
    }
  }

  private static void openBookingScreen(Page page, long concertId) {
    page.navigate(topology.uri("/concerts/" + concertId).toString());
    assertThat(page.locator("#concert-name"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
  }

  /** The instance HAProxy keeps this browser on (its cookie). */
  private static String instanceOf(BrowserContext context) {
    return cookie(context, INSTANCE_COOKIE);
  }

  private static String cookie(BrowserContext context, String name) {
    return context.cookies().stream()
        .filter(c -> c.name.equals(name))
        .map((Cookie c) -> c.value)
        .findFirst()
        .orElse(null);
  }

  private static HttpResponse<String> book(
      ApplicationProcess instance, long concertId, int quantity) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(instance.uri("/api/bookings"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"concertId\":"
                        + concertId
                        + ",\"items\":[{\"tier\":\"GA\",\"quantity\":"
                        + quantity
                        + "}]}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitSoldOut(Rush rush, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (rush.snapshot().stream().noneMatch(a -> a.status() == 409)) {
      assertThat(System.nanoTime()).as("sold out within %s", limit).isLessThan(deadline);
      Rush.pause(100);
    }
  }

  /** Every booking answered 201 is in the database, held, owning its one ticket. */
  private static void assertEveryBookingCommittedWithItsTicket(List<Answer> booked) {
    for (Answer answer : booked) {
      String id = answer.bookingId();
      assertThat(TestDatabase.status(id)).as("booking %s", id).isEqualTo("HELD");
      assertThat(
              TestDatabase.queryInt("SELECT count(*) FROM ticket WHERE booking_id = ?::uuid", id))
          .as("tickets of booking %s", id)
          .isEqualTo(1);
    }
  }
}

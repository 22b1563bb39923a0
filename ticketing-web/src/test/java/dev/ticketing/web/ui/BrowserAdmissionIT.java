package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.Chromium;
import dev.ticketing.web.support.Metrics;
import dev.ticketing.web.support.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The booking screen and the API pass the same door: a browser booking waits its turn in the
 * booking gate's queue behind API bookings, and is shed like them when the queue is full, told when
 * to try again. A server whose gate is one transaction wide, serving two booking requests at once
 * and queueing one more; the test stalls the API bookings by locking every ticket of their tier, so
 * that the gate stays full for as long as it needs.
 */
class BrowserAdmissionIT {
  private static ApplicationProcess app;
  private static Playwright playwright;
  private static Browser browser;

  private Api api;
  private Screens screens;

  @BeforeAll
  static void start() throws Exception {
    app =
        new ApplicationProcess(
                Map.of(
                    "TICKETING_BOOKING_MAX_CONCURRENT", "1",
                    "TICKETING_BOOKING_BATCH_SIZE", "1",
                    "TICKETING_BOOKING_MAX_WAIT_MILLIS", "60000",
                    "TICKETING_BOOKING_MAX_QUEUED", "1"),
                "browser-admission")
            .start();
    playwright = Playwright.create();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void open(TestInfo test) throws Exception {
    api = new Api(app.uri("/").toURL());
    screens = new Screens(browser, api, test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void close() {
    screens.close();
    TestDatabase.assertInvariants();
  }

  @Test
  void aBrowserBookingWaitsItsTurnBehindApiBookingsAndIsHeldOnceTheyAreDone() throws Exception {
    TestDatabase.Fixture stalled = TestDatabase.concert("Stalled", Map.of("GA", 5));
    TestDatabase.Fixture screen = TestDatabase.concert("Screen", Map.of("GA", 5));
    Page page = screens.newPage(1280, 900);
    screens.open(page, "/concerts/" + screen.concertId());

    List<CompletableFuture<Api.Reply>> apiBookings;
    try (Connection lock = lockEveryTicket(stalled.tier("GA"))) {
      apiBookings = bookEach(stalled.concertId(), 2); // both turns taken, both waiting
      awaitQueued(2);

      page.locator("#quantity-GA input").fill("1");
      page.locator("#book").click();
      awaitQueued(3); // the browser's booking is in the same queue, waiting its turn
      assertThat(page.locator("#book")).hasText("Booking…");
      assertThat(page.getByText("Your tickets are held")).not().isVisible();
      screens.screenshot(page, "waiting");

      lock.rollback();
    }
    for (CompletableFuture<Api.Reply> booking : apiBookings) {
      assertThat(booking.get().status()).isEqualTo(201);
    }
    assertThat(page.getByText("Your tickets are held")).isVisible();
    assertThat(TestDatabase.held(screen.tier("GA"))).isEqualTo(1);
    screens.screenshot(page, "held");
  }

  @Test
  void aBrowserBookingShedAtAFullDoorSaysSoAndWhenToTryAgain() throws Exception {
    TestDatabase.Fixture stalled = TestDatabase.concert("Stalled", Map.of("GA", 5));
    TestDatabase.Fixture screen = TestDatabase.concert("Screen", Map.of("GA", 5));
    Page page = screens.newPage(1280, 900);
    screens.open(page, "/concerts/" + screen.concertId());

    List<CompletableFuture<Api.Reply>> apiBookings;
    try (Connection lock = lockEveryTicket(stalled.tier("GA"))) {
      apiBookings = bookEach(stalled.concertId(), 3); // two served, one queued: the gate is full
      awaitQueued(3);

      page.locator("#quantity-GA input").fill("1");
      page.locator("#book").click();
      assertThat(
              page.getByText(
                  Pattern.compile(
                      "very busy right now\\. Nothing was booked; please"
                          + " try again in (a second|\\d+ seconds)\\.")))
          .isVisible();
      screens.screenshot(page, "shed");
      assertThat(TestDatabase.bookingsOf(screen.concertId())).isZero();

      lock.rollback();
    }
    for (CompletableFuture<Api.Reply> booking : apiBookings) {
      assertThat(booking.get().status()).isEqualTo(201);
    }
  }

  /** An open transaction holding a row lock on every ticket of the tier: claims of it wait. */
  private static Connection lockEveryTicket(long tierId) throws Exception {
    Connection c = TestDatabase.connect();
    c.setAutoCommit(false);
    try (var s = c.prepareStatement("SELECT id FROM ticket WHERE tier_id = ? FOR UPDATE")) {
      s.setLong(1, tierId);
      s.executeQuery().close();
    }
    return c;
  }

  private List<CompletableFuture<Api.Reply>> bookEach(long concertId, int bookings) {
    List<CompletableFuture<Api.Reply>> sent = new ArrayList<>();
    for (int i = 0; i < bookings; i++) {
      sent.add(
          api.postJsonAsync(
              "api/bookings",
              "{\"concertId\":" + concertId + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}"));
    }
    return sent;
  }

  /** Waits until the booking gate holds {@code requests} booking requests, served or queued. */
  private static void awaitQueued(int requests) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long queued = -1;
    while (System.nanoTime() < deadline) {
      queued = Metrics.counter(app.body("/metrics"), "ticketing_booking_gate_queued", Map.of());
      if (queued == requests) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the gate held " + queued + " requests, not " + requests);
  }
}

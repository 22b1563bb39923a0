package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The booking screen in a real browser (Debian's Chromium, headless, through Playwright) against
 * the real WAR on a real Payara Micro and PostgreSQL. Other test classes book from the default
 * concert too, so assertions on it are relative; tests that need exact stock use a concert of their
 * own at {@code /concerts/{id}}. Every test leaves a screenshot in {@code target/screenshots/}.
 */
@TicketingServer
@InChromium
class BookingScreenIT {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String APPROVED_CARD = "4242424242424242";

  /** What the spec promises for live counts; pushes come every 200 ms, so this has headroom. */
  private static final double LIVE_WITHIN_MILLIS = 1000;

  // Set before each test by @TicketingServer and @InChromium.
  private Api api;
  private Screens screens;

  // ---------------------------------------------------------------------------------------------

  @Test
  void theScreenListsTheThreeTiersWithPriceAndWhatIsLeft(Page page) {
    Map<String, Integer> expectedLeft = apiCounts();

    open(page, "concerts");

    assertThat(page).hasTitle("Tickets for Opening Night");
    assertThat(page.locator("#concert-name")).hasText("Opening Night");
    assertThat(page.locator("#concert-details"))
        .hasText("City Arena · Saturday 19 June 2027, 20:00");
    Assertions.assertThat(page.locator("#tiers .tier-name").allTextContents())
        .containsExactly("VIP", "Front Row", "General Admission");
    Assertions.assertThat(page.locator("#tiers .tier-price").allTextContents())
        .containsExactly("$100.00", "$50.00", "$10.00");
    for (String tier : List.of("VIP", "FRONT_ROW", "GA")) {
      assertThat(page.locator("#left-" + tier)).hasText(expectedLeft.get(tier) + " left");
      assertThat(page.getByLabel(displayName(tier) + " tickets")).isEditable();
    }
    assertThat(page.locator("#book")).isDisabled();
    // The screens' stylesheet is applied: each tier is a framed card, sold-out badges read red.
    page.waitForFunction(
        "() => getComputedStyle(document.querySelector('#tier-VIP')).borderTopStyle === 'solid'");
    Assertions.assertThat(
            page.evaluate("() => getComputedStyle(document.querySelector('#tier-VIP')).flexGrow"))
        .isEqualTo("1");
    screenshot(page, "tiers-desktop");
  }

  @Test
  void atPhoneWidthEveryTierFitsWithoutSidewaysScrolling() {
    Page phone = newPage(375, 812);
    open(phone, "concerts");

    assertThat(phone.locator("#tier-GA")).isVisible();
    Assertions.assertThat(
            (Boolean)
                phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .as("page wider than the phone")
        .isTrue();
    double cardWidth = phone.locator("#tier-VIP").boundingBox().width;
    Assertions.assertThat(cardWidth).isLessThanOrEqualTo(375);
    screenshot(phone, "tiers-phone-375");
  }

  @Test
  void bookingTwoGeneralAdmissionConfirmsAndGaDropsByTwo(Page page) {
    open(page, "concerts");
    int gaBefore = left(page, "GA");

    page.locator("#quantity-GA input").fill("2");
    assertThat(page.locator("#order-total")).hasText("Total: 2 tickets, $20.00");
    page.locator("#book").click();

    // Held first: off sale at once, confirmed once paid.
    assertThat(page.locator("#hold-items")).hasText("2 × General Admission at $10.00 = $20.00");
    assertThat(page.locator("#left-GA")).hasText((gaBefore - 2) + " left");
    pay(page, APPROVED_CARD);
    Locator confirmation = page.locator("#confirmation");
    assertThat(confirmation).isVisible();
    assertThat(confirmation).containsText("Booked!");
    assertThat(page.locator("#booked-items")).hasText("2 × General Admission at $10.00 = $20.00");
    assertThat(page.locator("#booked-total")).hasText("Total: $20.00");
    String reference = page.locator("#booking-reference").textContent();
    Assertions.assertThat(reference).matches(UUID_TEXT);
    assertThat(page.locator("#left-GA")).hasText((gaBefore - 2) + " left");
    assertThat(page.locator("#quantity-GA input")).hasValue("0");
    screenshot(page, "booked-2-ga");
    // Ready for the next order at once, its step-up button not left greyed out.
    Locator increaseGa = page.locator("#quantity-GA [part~='increase-button']");
    assertThat(increaseGa).not().hasAttribute("disabled", Pattern.compile(".*"));
    increaseGa.click();
    assertThat(page.locator("#quantity-GA input")).hasValue("1");
    assertThat(page.locator("#order-total")).hasText("Total: 1 ticket, $10.00");

    // The booking is real: the API knows it; made without an account, it names no user.
    Api.Reply booking = api.get("api/bookings/" + reference);
    Assertions.assertThat(booking.status()).isEqualTo(200);
    Assertions.assertThat(booking.json().getString("status")).isEqualTo("CONFIRMED");
    Assertions.assertThat(booking.json().getString("userId", "")).isEmpty();

    // My bookings lists it, in this visit and in a later one (kept in the browser's storage).
    page.getByText("My bookings").first().click();
    assertThat(page).hasTitle("My bookings");
    assertThat(page.locator("#my-bookings")).containsText(reference);
    assertThat(page.locator("#my-bookings")).containsText("2 × General Admission at $10.00");
    assertThat(page.locator("#my-bookings")).containsText("Confirmed");
    page.context().clearCookies();
    open(page, "my-bookings");
    assertThat(page.locator("#my-bookings")).containsText(reference);
    screenshot(page, "my-bookings");
    page.locator("#site-nav").getByText("Concerts").click();
    page.locator("#concerts a").getByText("Opening Night").first().click();
    assertThat(page.locator("#tier-GA")).isVisible();
  }

  @Test
  void theWholeBookingCanBeMadeWithTheKeyboard(Page page) {
    open(page, "concerts");
    int vipBefore = left(page, "VIP");

    page.getByLabel("VIP tickets").focus();
    page.keyboard().press("ArrowUp");
    assertThat(page.locator("#order-total")).hasText("Total: 1 ticket, $100.00");
    for (int i = 0; i < 20 && !"book".equals(page.evaluate("document.activeElement.id")); i++) {
      page.keyboard().press("Tab");
    }
    Assertions.assertThat(page.evaluate("document.activeElement.id")).isEqualTo("book");
    page.keyboard().press("Enter");

    // The hold's card number has the focus; Enter pays.
    assertThat(page.locator("#hold")).isVisible();
    page.waitForFunction("() => document.activeElement.closest('#card-number') !== null");
    page.keyboard().type(APPROVED_CARD);
    page.keyboard().press("Enter");
    assertThat(page.locator("#booked-items")).hasText("1 × VIP at $100.00 = $100.00");
    assertThat(page.locator("#left-VIP")).hasText((vipBefore - 1) + " left");
    screenshot(page, "booked-by-keyboard");
  }

  @Test
  void choosingMoreThanIsLeftIsNotPossible(Page page) {
    Fixture concert = TestDatabase.concert("Few left", tiers("FEW", 3, "MANY", 50));
    open(page, "concerts/" + concert.concertId());
    assertThat(page.locator("#left-FEW")).hasText("3 left");

    // The step button stops at what is left...
    Locator increase = page.locator("#quantity-FEW [part~='increase-button']");
    for (int i = 0; i < 5; i++) {
      increase.click(new Locator.ClickOptions().setForce(true));
    }
    assertThat(page.locator("#quantity-FEW input")).hasValue("3");
    assertThat(page.locator("#book")).isEnabled();

    // ...and a typed number beyond it is refused next to the field, with Book disabled.
    page.locator("#quantity-FEW input").fill("5");
    assertThat(page.locator("#quantity-FEW")).hasAttribute("invalid", "");
    assertThat(page.locator("#quantity-FEW")).containsText("Only 3 left");
    assertThat(page.locator("#book")).isDisabled();
    screenshot(page, "more-than-left-refused");

    // Beyond the per-order limit (10) on a tier with plenty left.
    page.locator("#quantity-FEW input").fill("1");
    page.locator("#quantity-MANY input").fill("11");
    assertThat(page.locator("#quantity-MANY")).containsText("At most 10 per order");
    assertThat(page.locator("#book")).isDisabled();
    Assertions.assertThat(TestDatabase.bookingsOf(concert.concertId())).isZero();
  }

  @Test
  void aTierThatSellsOutShowsSoldOut(Page page) {
    Fixture concert = TestDatabase.concert("Tiny", tiers("TINY", 2, "LARGE", 40));
    open(page, "concerts/" + concert.concertId());

    page.locator("#quantity-TINY input").fill("2");
    page.locator("#book").click();

    // Held tickets are off sale for everyone else.
    assertThat(page.locator("#hold")).isVisible();
    assertThat(page.locator("#left-TINY")).hasText("Sold out");
    assertThat(page.locator("#quantity-TINY")).hasAttribute("disabled", "");
    assertThat(page.locator("#left-LARGE")).hasText("40 left");
    Assertions.assertThat(TestDatabase.unsold(concert.tier("TINY"))).isZero();
    screenshot(page, "sold-out");
  }

  @Test
  void aConcertsPurchaseLimitsShowAboveItsTiersAndAnAnonymousVisitorIsAskedToLogIn(Page page) {
    Fixture plain = TestDatabase.concert("Unlimited", tiers("OPEN", 5));
    open(page, "concerts/" + plain.concertId());
    assertThat(page.locator("#tier-OPEN")).isVisible();
    assertThat(page.locator("#purchase-limits")).isHidden();

    Fixture concert = TestDatabase.concert("Release", tiers("RELEASE", 20));
    TestDatabase.update(
        "UPDATE concert SET max_tickets_per_account = 4, account_required = true WHERE id = ?",
        concert.concertId());
    open(page, "concerts/" + concert.concertId());

    assertThat(page.locator("#purchase-limits"))
        .hasText(
            "At most 4 tickets per account for this concert. Log in or register to book tickets"
                + " for this concert.");
    page.locator("#quantity-RELEASE input").fill("1");
    page.locator("#book").click();
    assertThat(page.locator("#booking-problem"))
        .hasText("Log in or register to book tickets for this concert. Nothing was booked.");
    Assertions.assertThat(TestDatabase.bookingsOf(concert.concertId())).isZero();
    // The choice is bounded by the account's limit, and says so.
    assertThat(page.locator("#quantity-RELEASE")).containsText("Up to 4 per account");
    page.locator("#quantity-RELEASE input").fill("5");
    assertThat(page.locator("#quantity-RELEASE")).containsText("At most 4 per account");
    screenshot(page, "purchase-limits");

    // "Log in or register" leads to the login screen, which comes back to the concert.
    page.locator("#purchase-limits-login").click();
    page.waitForURL(url -> url.contains("/login"));
    Assertions.assertThat(
            java.net.URLDecoder.decode(page.url(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("to=concerts/" + concert.concertId());
  }

  @Test
  void aBookingRefusedForLackOfTicketsSaysWhichTierAndKeepsTheOtherChoices(Page page) {
    Fixture concert = TestDatabase.concert("Short", tiers("SHORT", 5, "OTHER", 20));
    open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-SHORT input").fill("4");
    page.locator("#quantity-OTHER input").fill("1");
    assertThat(page.locator("#book")).isEnabled();

    // Someone else buys 3 and this screen is not told (as if sold by another server).
    UnannouncedSale.sell(concert.concertId(), concert.tier("SHORT"), 3);
    page.locator("#book").click();

    Locator problem = page.locator("#booking-problem");
    assertThat(problem)
        .hasText(
            "Not enough SHORT tickets: you asked for 4, only 2 SHORT tickets are left now."
                + " Nothing was booked. We kept your other choices; please check them and book"
                + " again.");
    assertThat(page.locator("#left-SHORT")).hasText("2 left");
    assertThat(page.locator("#quantity-SHORT input")).hasValue("2");
    assertThat(page.locator("#quantity-SHORT")).containsText("Only 2 left now; changed to 2");
    assertThat(page.locator("#quantity-OTHER input")).hasValue("1");
    assertThat(page.locator("#book")).isEnabled();
    Assertions.assertThat(page.content()).doesNotContain("Exception");
    Assertions.assertThat(TestDatabase.sold(concert.tier("OTHER"))).isZero();
    screenshot(page, "refused-not-enough");

    // The adjusted choice books.
    page.locator("#book").click();
    assertThat(page.locator("#hold-items")).containsText("2 × SHORT");
    assertThat(page.locator("#left-SHORT")).hasText("Sold out");
  }

  @Test
  void aBookingElsewhereUpdatesAnOpenScreenWithoutReload(Page page) {
    Fixture concert = TestDatabase.concert("Live", tiers("LIVE", 100, "SIDE", 10));
    String path = "concerts/" + concert.concertId();
    Page booker = page;
    Page watcher = newPage(1280, 900);
    open(booker, path);
    open(watcher, path);
    watcher.evaluate("() => window.__sameDocument = true");

    // A booking in another browser.
    booker.locator("#quantity-LIVE input").fill("2");
    booker.locator("#book").click();
    assertThat(booker.locator("#hold")).isVisible();
    assertThat(watcher.locator("#left-LIVE"))
        .hasText("98 left", new LocatorAssertions.HasTextOptions().setTimeout(LIVE_WITHIN_MILLIS));

    // Bookings through the JSON API, timed from the API's answer to the count on the screen.
    List<Long> latencies = new ArrayList<>();
    int left = 98;
    for (int i = 0; i < 5; i++) {
      Api.Reply reply =
          api.postJson(
              "api/bookings",
              "{\"concertId\":"
                  + concert.concertId()
                  + ",\"items\":[{\"tier\":\"LIVE\",\"quantity\":3}]}");
      long booked = System.nanoTime();
      Assertions.assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      left -= 3;
      watcher.waitForFunction(
          "expected => document.getElementById('left-LIVE').textContent === expected",
          left + " left",
          new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(5000));
      latencies.add((System.nanoTime() - booked) / 1_000_000);
    }
    Collections.sort(latencies);
    System.out.println(
        "[ui] push latency API booking -> other browser shows the count (ms), sorted: "
            + latencies);
    Assertions.assertThat(latencies.get(latencies.size() - 1))
        .as("slowest push, ms")
        .isLessThan((long) LIVE_WITHIN_MILLIS);
    Assertions.assertThat(watcher.evaluate("() => window.__sameDocument === true"))
        .as("the screen was not reloaded")
        .isEqualTo(true);
    screenshot(watcher, "live-update-other-browser");
  }

  @Test
  void aBurstOfBookingsIsCoalescedIntoFewPushes(Page page) {
    Fixture concert = TestDatabase.concert("Burst", tiers("RUSH", 400));
    open(page, "concerts/" + concert.concertId());
    // Count every change of the number on screen while 60 API bookings land at once.
    page.evaluate(
        "() => { window.__changes = 0; new MutationObserver(() => window.__changes++)"
            + ".observe(document.getElementById('left-RUSH'),"
            + " {childList: true, characterData: true, subtree: true}); }");

    var replies = new ArrayList<java.util.concurrent.CompletableFuture<Api.Reply>>();
    for (int i = 0; i < 60; i++) {
      replies.add(
          api.postJsonAsync(
              "api/bookings",
              "{\"concertId\":"
                  + concert.concertId()
                  + ",\"items\":[{\"tier\":\"RUSH\",\"quantity\":1}]}"));
    }
    replies.forEach(reply -> Assertions.assertThat(reply.join().status()).isEqualTo(201));

    assertThat(page.locator("#left-RUSH")).hasText("340 left");
    page.waitForTimeout(500);
    int changes = ((Number) page.evaluate("() => window.__changes")).intValue();
    System.out.println("[ui] 60 bookings changed the open screen's count " + changes + " times");
    Assertions.assertThat(changes).as("screen updates for 60 bookings").isBetween(1, 20);
    screenshot(page, "burst-coalesced");
  }

  @Test
  void anUnknownConcertSaysSoInPlainWords(Page page) {
    open(page, "concerts/987654321");
    assertThat(page.locator("#concert-details"))
        .containsText("There is no concert at this address");
    Assertions.assertThat(page.content()).doesNotContain("Exception");
    screenshot(page, "unknown-concert");
  }

  @Test
  void anAddressThatIsNoPageAnswers404WhileThePagesAnswer200(Page page) {
    Fixture concert = TestDatabase.concert("Addresses", tiers("ANY", 5));
    for (String path :
        List.of(
            "",
            "concerts",
            "my-bookings",
            "login",
            "register",
            "organiser",
            "concerts/" + concert.concertId(),
            "concert/" + concert.concertId())) {
      Assertions.assertThat(api.get(path).status()).as("GET /%s", path).isEqualTo(200);
    }
    for (String missing : List.of("no-such-page", "concerts/abc", "my-bookings/x", "admin")) {
      Api.Reply reply = api.get(missing);
      Assertions.assertThat(reply.status()).as("GET /%s", missing).isEqualTo(404);
      Assertions.assertThat(reply.body()).contains("Page not found").doesNotContain("Exception");
    }
    open(page, "no-such-page-either");
    assertThat(page.locator("h1")).hasText("Page not found");
    screenshot(page, "page-not-found");
  }

  // ---------------------------------------------------------------------------------------------

  private Page newPage(int width, int height) {
    return screens.newPage(width, height);
  }

  private void open(Page target, String path) {
    screens.open(target, path);
  }

  private static int left(Page target, String tier) {
    return Screens.left(target, tier);
  }

  private void screenshot(Page target, String name) {
    screens.screenshot(target, name);
  }

  private static Map<String, Integer> tiers(Object... codeAndCapacity) {
    return Screens.tiers(codeAndCapacity);
  }

  /** Pays the hold on the screen with a card and waits for the confirmation. */
  private static void pay(Page target, String card) {
    target.locator("#card-number input").fill(card);
    target.locator("#pay").click();
    assertThat(target.locator("#confirmation")).isVisible();
  }

  private Map<String, Integer> apiCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    api.get("api/tickets")
        .jsonArray()
        .forEach(
            value -> {
              var tier = value.asJsonObject();
              counts.put(tier.getString("name"), tier.getInt("quantityAvailable"));
            });
    return counts;
  }

  private static String displayName(String code) {
    return switch (code) {
      case "FRONT_ROW" -> "Front Row";
      case "GA" -> "General Admission";
      default -> code;
    };
  }
}
